package org.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.alarm.AlarmCause;
import org.vigil.service.LoginResult;
import org.vigil.service.Services;
import org.vigil.service.SessionEngine;
import org.vigil.service.SessionView;
import org.vigil.testing.MutableClock;
import org.vigil.testing.TestServices;

@DisplayName("The demo clinic opens with a morning in progress (issue 5)")
class DemoMorningTest {

    /** A Monday morning, as in the other demo tests. */
    private static final Instant MONDAY = Instant.parse("2025-03-03T08:00:00Z");

    @Test
    @DisplayName("every chair is at its own point of a session, with past events only, and the audit chain is intact")
    void board(@TempDir Path dir) {
        try (Services services = seeded(dir, MONDAY)) {
            Map<Integer, SessionView> chairs = board(services);

            assertThat(chairs).containsOnlyKeys(1, 2, 3, 4, 5, 6);
            assertThat(chairs.values()).allSatisfy(v -> assertThat(v.snapshot().events())
                    .allSatisfy(e -> assertThat(e.at()).isBeforeOrEqualTo(MONDAY)));

            SessionView one = chairs.get(1);
            assertThat(one.snapshot().state()).isEqualTo(SessionState.CHECKED_IN);
            assertThat(one.snapshot().events().getFirst().at()).isEqualTo(MONDAY.minus(Duration.ofMinutes(10)));
            assertThat(one.snapshot().checklist()).isNotEmpty().hasSizeLessThan(ChecklistItem.values().length);
            assertThat(one.snapshot().checklistDone()).isFalse();

            assertThat(chairs.get(2).snapshot().state()).as("PRE-2: waiting for the prescriber")
                    .isEqualTo(SessionState.PRE_DOSE_CHECKS_DONE);
            assertThat(chairs.get(2).snapshot().baseline()).isPresent();

            SessionView three = chairs.get(3);
            assertThat(three.snapshot().state()).isEqualTo(SessionState.ADMINISTERING);
            assertThat(three.snapshot().devicesGiven()).isEqualTo(2);
            assertThat(three.due()).as("ADM-2: device 3 unlocks in 3 min").anySatisfy(d -> {
                assertThat(d.kind()).isEqualTo(DueItem.Kind.NEXT_DEVICE);
                assertThat(d.dueAt()).isEqualTo(MONDAY.plus(Duration.ofMinutes(3)));
                assertThat(d.isOverdue()).isFalse();
            });

            SessionView four = chairs.get(4);
            assertThat(four.snapshot().state()).isEqualTo(SessionState.OBSERVING);
            assertThat(four.activeAlarms()).as("BP-3: the 40-min BP is overdue").singleElement()
                    .satisfies(a -> assertThat(AlarmCause.parse(a.cause()).ruleId()).isEqualTo("BP-3"));
            assertThat(four.due()).anySatisfy(d -> assertThat(d.kind()).isEqualTo(DueItem.Kind.BP_CHECK))
                    .filteredOn(DueItem::isOverdue).extracting(DueItem::kind).containsExactly(DueItem.Kind.BP_CHECK);

            SessionView five = chairs.get(5);
            assertThat(five.snapshot().state()).isEqualTo(SessionState.OBSERVING);
            assertThat(five.due()).as("BP-4: the next recheck counts down").anySatisfy(d -> {
                assertThat(d.kind()).isEqualTo(DueItem.Kind.BP_RECHECK);
                assertThat(d.dueAt()).isAfter(MONDAY);
                assertThat(d.isOverdue()).isFalse();
            });
            assertThat(five.snapshot().events()).filteredOn(e -> e instanceof SessionEvent.DissociationNoted).hasSize(2);
            assertThat(five.snapshot().dissociationPresent()).as("OBS-3: resolved").isFalse();

            SessionView six = chairs.get(6);
            assertThat(six.gate().checks()).as("DIS-1: everything but the signature")
                    .filteredOn(c -> !c.met()).extracting(DischargeGate.Check::criterion)
                    .containsExactly(DischargeGate.Criterion.CLINICIAN_SIGNED);
            assertThat(six.gate().readyToSign()).isTrue();
            assertThat(six.gate().readyToLeaveAt()).as("DIS-2").isPresent();

            assertThat(chairs.values()).as("ALM-5: no alarm noise on the other chairs")
                    .filteredOn(v -> v.chair() != 4).allSatisfy(v -> assertThat(v.activeAlarms()).isEmpty());

            Actor manager = login(services, "manager");
            List<AuditEvent> audit = services.integrity().latest(manager, Integer.MAX_VALUE).value();
            assertThat(audit).filteredOn(e -> e.action().equals("DEMO_SESSION_SEEDED")).extracting(AuditEvent::entityId)
                    .as("SIG-4: one audit event per session started").containsExactlyInAnyOrderElementsOf(
                            chairs.values().stream().map(v -> String.valueOf(v.sessionId())).toList());
            assertThat(services.integrity().verify("test").intact()).isTrue();
        }
    }

    @Test
    @DisplayName("the seeded sessions are live: the engine takes the next action on each")
    void live(@TempDir Path dir) {
        try (Services services = seeded(dir, MONDAY)) {
            Map<Integer, SessionView> chairs = board(services);
            Actor nurse = login(services, "nurse.li");
            Actor chen = login(services, "drchen");
            SessionEngine engine = services.sessions();

            // ADM-2: device 3 is still locked for the rest.
            Outcome<SessionView> early = engine.giveDevice(nurse, chairs.get(3).sessionId(), "LOT-A1", true, null, "t-device");
            assertThat(early.isDone()).isFalse();
            assertThat(early.refusalOrNull().ruleId()).isEqualTo("ADM-2");

            // ALM-2: taking the BP resolves chair 4's alarm.
            SessionView four = engine.recordVitals(nurse, chairs.get(4).sessionId(), 126, 80, 72, 98, null, "t-bp").value();
            assertThat(four.activeAlarms()).isEmpty();
            assertThat(four.alarms()).singleElement().satisfies(a -> assertThat(a.resolution()).isPresent());

            // DIS-1: the prescriber signs chair 6, then the nurse discharges.
            long six = chairs.get(6).sessionId();
            assertThat(engine.signReadyToLeave(chen, six, DemoClinic.PASSWORD, "t-sign").value().snapshot().state())
                    .isEqualTo(SessionState.READY_FOR_DISCHARGE);
            assertThat(engine.discharge(nurse, six, "t-discharge").value().snapshot().state()).isEqualTo(SessionState.DISCHARGED);
            assertThat(services.integrity().verify("test").intact()).isTrue();
        }
    }

    @Test
    @DisplayName("opened just after midnight, the chairs whose story began yesterday stay booked")
    void afterMidnight(@TempDir Path dir) {
        Instant early = Instant.parse("2025-03-04T00:30:00Z");
        try (Services services = seeded(dir, early)) {
            Map<Integer, SessionView> chairs = board(services);
            assertThat(chairs).containsOnlyKeys(1, 2, 3, 4, 5, 6);
            assertThat(chairs.get(1).snapshot().state()).isEqualTo(SessionState.CHECKED_IN);
            assertThat(chairs.values()).filteredOn(v -> v.snapshot().state() == SessionState.BOOKED)
                    .as("nothing checked in before the session's own day").isNotEmpty()
                    .allSatisfy(v -> assertThat(v.snapshot().events()).isEmpty());
            assertThat(chairs.values()).allSatisfy(v -> assertThat(v.snapshot().events())
                    .allSatisfy(e -> assertThat(e.at()).isAfterOrEqualTo(Instant.parse("2025-03-04T00:00:00Z"))));
            assertThat(services.integrity().verify("test").intact()).isTrue();
        }
    }

    private static Map<Integer, SessionView> board(Services services) {
        Actor nurse = login(services, "nurse.jones");
        return services.sessions().today(nurse).value().stream().collect(Collectors.toMap(SessionView::chair, Function.identity()));
    }

    private static Services seeded(Path dir, Instant now) {
        Services services = TestServices.open(dir, new MutableClock(now));
        new DemoClinic(services).seedIfEmpty();
        return services;
    }

    private static Actor login(Services services, String username) {
        return ((LoginResult.Granted) services.accounts().login(username, DemoClinic.PASSWORD)).actor();
    }
}
