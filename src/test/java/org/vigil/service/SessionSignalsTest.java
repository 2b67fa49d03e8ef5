package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmCause;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.text.Messages;

/** Issue 10 points 2, 7 and 8, through the service as the nurse meets them: a rise flagged, a refusal that says why, a late timer noted. */
@DisplayName("Issue 10: BP-6 shown, refusals give the clinical reason, timers state their target")
class SessionSignalsTest {

    private static final org.vigil.domain.Route NASAL = org.vigil.domain.Route.NASAL;

    @TempDir
    Path dir;
    private SessionFloor floor;

    @BeforeEach
    void open() {
        floor = SessionFloor.open(dir);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private SessionEngine engine() {
        return floor.engine();
    }

    /** Baseline as given, 56 mg authorised, both devices given five minutes apart; returns the session and its first device. */
    private long twoDevicesFrom(int baselineSbp, int baselineDbp) {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, baselineSbp, baselineDbp);
        engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        return session;
    }

    @Test
    @DisplayName("BP-6 a patient with a low baseline who climbs by the rise limit under 160/100 gets a medium alarm on the session and the board, and a recheck, until a reading is back under")
    void riseFromLowBaseline() {
        long session = twoDevicesFrom(104, 64);
        SessionProtocol p = engine().view(floor.nurse, session).value().protocol();
        int climbed = 104 + p.riseSbpAtLeast() + 4;
        assertThat(climbed).as("the premise: under the BP-4 threshold, so only BP-6 can flag it").isLessThanOrEqualTo(p.recheckSbpAbove());
        floor.minutes(35);
        Instant risenAt = floor.now();
        SessionView risen = engine().recordVitals(floor.nurse, session, climbed, 78, 80, 98, risenAt, floor.request()).value();

        Alarm alarm = risen.activeAlarms().stream().filter(a -> a.cause().startsWith("BP-6 RISE_FROM_BASELINE ")).findFirst().orElseThrow();
        assertThat(alarm.priority()).as("ALM-1 medium: yellow").isEqualTo(AlarmPriority.MEDIUM);
        assertThat(AlarmCause.parse(alarm.cause()).forPrescriber()).as("the nurse rechecks; not a call to the prescriber").isFalse();
        assertThat(risen.due()).filteredOn(d -> d.kind() == DueItem.Kind.BP_RECHECK).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("BP-6");
            assertThat(d.target()).isEqualTo(risenAt.plus(p.recheckInterval()));
        });
        assertThat(engine().floorWatch()).as("the board and lock screen see it too").singleElement()
                .satisfies(w -> assertThat(w.activeAlarms()).anyMatch(a -> a.cause().equals(alarm.cause())));
        Messages english = Messages.of(Locale.ENGLISH);
        assertThat(english.get("alarm.what." + AlarmCause.parse(alarm.cause()).what())).isEqualTo("BP risen from baseline: recheck");
        assertThat(Messages.of(Messages.CHINESE).get("alarm.what.RISE_FROM_BASELINE")).contains("基线");

        floor.minutes(15);
        SessionView back = engine().recordVitals(floor.nurse, session, 104 + p.riseSbpAtLeast() - 12, 70, 76, 98, floor.now(),
                floor.request()).value();
        assertThat(back.activeAlarms()).noneMatch(a -> a.cause().contains("RISE_FROM_BASELINE"));
        assertThat(back.due()).noneMatch(d -> d.kind() == DueItem.Kind.BP_RECHECK);
        assertThat(back.alarms()).filteredOn(a -> a.cause().equals(alarm.cause()))
                .singleElement().satisfies(a -> assertThat(a.resolution()).as("ALM-2 resolved by the reading back under").isPresent());
    }

    @Test
    @DisplayName("BP-6 with BP-4 as well, one recheck prompt (BP-4) while the BP-6 alarm still names the rise")
    void riseAndRecheckTogether() {
        long session = twoDevicesFrom(104, 64);
        SessionProtocol p = engine().view(floor.nurse, session).value().protocol();
        floor.minutes(35);
        SessionView high = engine().recordVitals(floor.nurse, session, p.recheckSbpAbove() + 5, 80, 84, 98, floor.now(), floor.request())
                .value();
        assertThat(high.due()).filteredOn(d -> d.kind() == DueItem.Kind.BP_RECHECK).singleElement()
                .satisfies(d -> assertThat(d.ruleId()).isEqualTo("BP-4"));
        assertThat(high.activeAlarms()).anyMatch(a -> a.cause().startsWith("BP-6 RISE_FROM_BASELINE ") && a.priority() == AlarmPriority.MEDIUM);
    }

    @Test
    @DisplayName("OBS-1 discharge at 119 min is refused with the observation time and 1 minute to go; at 120 with all else met but unsigned, DIS-1 says the signature is missing")
    void dischargeRefusalsNameTheRule() {
        long session = twoDevicesFrom(128, 82);
        SessionProtocol p = engine().view(floor.nurse, session).value().protocol();
        long observation = p.observation().toMinutes();
        floor.minutes(35);
        engine().recordVitals(floor.nurse, session, 130, 80, 76, 98, floor.now(), floor.request()).value();
        // Five minutes before the end of observation: a fresh reading, full alertness, the driver here.
        floor.minutes(observation - 5 - 40 - 1);
        engine().recordVitals(floor.nurse, session, 126, 80, 74, 98, floor.now(), floor.request()).value();
        engine().scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        engine().transportArrived(floor.nurse, session, floor.request()).value();
        floor.minutes(5);

        Refusal early = engine().discharge(floor.nurse, session, floor.request()).refusalOrNull();
        assertThat(early).isEqualTo(Refusal.of("OBS-1", "session.discharge.observation", observation, 1L));
        assertThat(Messages.of(Locale.ENGLISH).refusal(early)).isEqualTo("Observation must last " + observation + " minutes; 1 minute to go.");
        assertThat(Messages.of(Messages.CHINESE).refusal(early)).contains(String.valueOf(observation)).contains("1 分钟");
        assertThat(floor.clinic.lastEvent()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("SESSION_REFUSED");
            assertThat(e.reason()).as("ROLE-2 audited with its rule").startsWith("OBS-1 session.discharge.observation");
        });

        floor.minutes(1);
        Refusal unsigned = engine().discharge(floor.nurse, session, floor.request()).refusalOrNull();
        assertThat(unsigned).isEqualTo(Refusal.of("DIS-1", "session.discharge.notSigned"));
    }

    @Test
    @DisplayName("ALM-4 reopening the data folder after the 40-min BP went 7 min past its target notes it once, with the target and the lateness, with no extra call")
    void reopeningNotesWhatFellDue() {
        long session = twoDevicesFrom(128, 82);
        Instant firstDevice = floor.now().minus(Duration.ofMinutes(5));
        SessionProtocol p = engine().view(floor.nurse, session).value().protocol();
        // The sedation checks before the BP one are done, so the only timer left running is the 40-minute BP (BP-3).
        for (Duration check : p.sedationChecks().stream().filter(c -> c.compareTo(p.bpCheckAfter()) < 0).toList()) {
            floor.clinic.clock.advance(Duration.between(floor.now(), firstDevice.plus(check)));
            engine().scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        }
        DueItem bp = engine().view(floor.nurse, session).value().due().stream().filter(d -> d.kind() == DueItem.Kind.BP_CHECK)
                .findFirst().orElseThrow();
        assertThat(bp.target()).as("BP-3 the target is the 40th minute, the window around it").isEqualTo(firstDevice.plus(p.bpCheckAfter()));
        Instant sevenLate = bp.target().plus(Duration.ofMinutes(7));
        assertThat(sevenLate).as("the premise: past the window, so overdue").isAfter(bp.overdueAt());

        floor.clinic.close();
        floor.clinic.clock.advance(Duration.between(floor.now(), sevenLate));
        floor.clinic.reopen();

        List<AuditEvent> notes = dueWhileClosed();
        String target = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(bp.target());
        assertThat(notes).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(String.valueOf(session));
            assertThat(e.newValue()).isEqualTo("BP-3 BP check due at " + p.bpCheckAfter().toMinutes() + " min (" + target + " UTC), 7 min late");
            assertThat(e.reason()).startsWith("ALM-4");
        });
        assertThat(engine().view(floor.nurse, session).value().due()).filteredOn(d -> d.kind() == DueItem.Kind.BP_CHECK).singleElement()
                .satisfies(d -> assertThat(d.lateAgainstTarget(floor.now())).isEqualTo(Duration.ofMinutes(7)));

        floor.minutes(1);
        floor.clinic.reopen();
        assertThat(dueWhileClosed()).as("noted once: the mark moved on when the folder was opened").hasSize(1);
    }

    private List<AuditEvent> dueWhileClosed() {
        return floor.clinic.auditTrail().stream().filter(e -> "SESSION_DUE_WHILE_CLOSED".equals(e.action())).toList();
    }
}
