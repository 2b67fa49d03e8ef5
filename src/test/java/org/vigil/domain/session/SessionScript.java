package org.vigil.domain.session;

import org.vigil.domain.Route;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Refusal;

/**
 * A session told the way a nurse would tell it: minutes from the first device (or infusion
 * start), events appended only after the engine agrees to them, and the board's due list read
 * back as short strings such as {@code "BP_CHECK@35"} or {@code "SEDATION_CHECK@15 late 3m"}.
 */
final class SessionScript {

    /** Minute 0: the first device (nasal) or the infusion start (IV). */
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final SessionProtocol protocol;
    private final List<SessionEvent> events = new ArrayList<>();

    SessionScript(SessionProtocol protocol) {
        this.protocol = protocol;
    }

    static Instant min(double minutes) {
        return T0.plus(Duration.ofSeconds(Math.round(minutes * 60)));
    }

    /** A checked-in patient with checklist, baseline 128/82 and an authorised dose. */
    static SessionScript authorised(SessionProtocol protocol, int doseMg, Route route, int devices, boolean hepatic) {
        return checkedIn(protocol, hepatic)
                .answerAllSafely(min(-35))
                .then(new SessionEvent.ChecklistCompleted(min(-30)))
                .then(new SessionEvent.BaselineRecorded(min(-20), 128, 82, 72, 98))
                .then(route == Route.IV ? new SessionEvent.DoseAuthorised(min(-10), java.math.BigDecimal.valueOf(doseMg), 40)
                        : new SessionEvent.DoseAuthorised(min(-10), doseMg, route, devices));
    }

    static SessionScript checkedIn(SessionProtocol protocol, boolean hepatic) {
        return new SessionScript(protocol).then(new SessionEvent.CheckedIn(min(-40), hepatic));
    }

    /** PRE-1/PRE-3: every item answered the safe way (last meal and drink well before). */
    SessionScript answerAllSafely(Instant at) {
        for (ChecklistItem item : PreDoseChecklist.items(snapshot())) {
            then(new SessionEvent.ChecklistAnswered(safeAnswer(item, at), at));
        }
        return this;
    }

    static ChecklistAnswer safeAnswer(ChecklistItem item, Instant at) {
        return ChecklistAnswer.clear(item, at.minus(Duration.ofHours(5)), "named");
    }

    /** Appends the event after checking that the engine accepts it with the protocol's rules. */
    SessionScript then(SessionEvent event) {
        assertThat(refusalFor(event)).as("refusal for " + event).isEmpty();
        events.add(event);
        return this;
    }

    Optional<Refusal> refusalFor(SessionEvent event) {
        return SessionTransitions.check(snapshot(), event, protocol);
    }

    SessionScript vitals(double minute, int sbp, int dbp) {
        return then(new SessionEvent.VitalsRecorded(min(minute), sbp, dbp, 80, 97));
    }

    SessionScript moaas(double minute, int score) {
        return then(new SessionEvent.SedationScored(min(minute), score));
    }

    SessionSnapshot snapshot() {
        return SessionReplay.replay(events);
    }

    List<SessionEvent> events() {
        return List.copyOf(events);
    }

    List<DueItem> dueItems(double minute) {
        return DueItems.due(snapshot(), protocol, min(minute));
    }

    /** The due list at this minute, as the board would read it. */
    List<String> due(double minute) {
        return describe(dueItems(minute));
    }

    DischargeGate.Result gate(double minute) {
        return DischargeGate.evaluate(snapshot(), protocol, min(minute));
    }

    static List<String> describe(List<DueItem> items) {
        return items.stream().map(SessionScript::describe).toList();
    }

    static String describe(DueItem item) {
        long at = Duration.between(T0, item.dueAt()).toMinutes();
        String text = item.kind() + "@" + at;
        return item.isOverdue() ? text + " late " + item.lateness().toMinutes() + "m" : text;
    }
}
