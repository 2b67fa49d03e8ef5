package org.vigil.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * BP-3 after the fact: when a dosed session's post-dose BP check was due and when it was taken.
 * The window and the anchor are the ones the chair's prompt used ({@link DueItems}), so a check
 * the board showed as overdue is the one a report counts as late.
 *
 * @param target the moment the rule names (e.g. 40 min after the first device)
 * @param opens a reading from this moment on is the check
 * @param overdueAt after this moment the check was late
 * @param checkedAt the first reading observed from {@code opens} on; empty when none was taken
 */
public record BpCheckTiming(Instant target, Instant opens, Instant overdueAt, Optional<Instant> checkedAt) {

    /** Empty for a session in which no esketamine was given: it had no BP check to do. */
    public static Optional<BpCheckTiming> of(SessionSnapshot session, SessionProtocol protocol) {
        if (session.doseStart().isEmpty() || session.route().isEmpty()) {
            return Optional.empty();
        }
        Instant target = DueItems.bpCheckAnchor(session, protocol).plus(protocol.bpCheckAfter());
        Instant opens = target.minus(protocol.bpCheckWindow());
        Optional<Instant> checked = session.readings().stream().map(VitalsRecorded::observedAt).filter(t -> !t.isBefore(opens))
                .min(Comparator.naturalOrder());
        return Optional.of(new BpCheckTiming(target, opens, target.plus(protocol.bpCheckWindow()), checked));
    }

    /** Taken after its window closed. */
    public boolean late() {
        return checkedAt.filter(t -> t.isAfter(overdueAt)).isPresent();
    }

    /** How late against the target, as the nurse says it ("due at 40 min, 12 min late"), as ALM-4 words it; zero when on time. */
    public Duration lateness() {
        return late() ? Duration.between(target, checkedAt.orElseThrow()) : Duration.ZERO;
    }

    /** Never taken, although the patient was still in the clinic when the window closed. */
    public boolean missed(Instant sessionEnded) {
        return checkedAt.isEmpty() && sessionEnded.isAfter(overdueAt);
    }
}
