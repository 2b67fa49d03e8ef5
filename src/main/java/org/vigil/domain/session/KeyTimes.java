package org.vigil.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * The moments a session is summed up by on paper — arrival, dose start, the BP-3 check,
 * ready to leave (DIS-2), discharge — and the minutes it was monitored. Read from the events
 * the same way the screen and the discharge read them, so the daily log and the session report
 * agree with what the nurse saw.
 *
 * @param arrival check-in
 * @param doseStart OBS-1: the first device, or the infusion start
 * @param bpCheck BP-3: the first reading taken once the check's window opened
 * @param readyToLeave DIS-2: as stored with the discharge; for a session not discharged, as replayed now
 * @param end the discharge, the referral or the stop; empty while the session runs
 * @param monitoredMinutes from the dose start to the discharge (as stored with it) or to the end or {@code asOf}
 */
public record KeyTimes(Optional<Instant> arrival, Optional<Instant> doseStart, Optional<VitalsRecorded> bpCheck,
                       Optional<Instant> readyToLeave, Optional<Instant> end, Optional<Long> monitoredMinutes) {

    public static KeyTimes of(SessionSnapshot s, SessionProtocol p, Instant asOf) {
        Optional<Instant> arrival = s.events().stream().filter(e -> e instanceof SessionEvent.CheckedIn).map(SessionEvent::at).findFirst();
        Optional<SessionEvent.Discharged> discharged = s.events().stream().filter(e -> e instanceof SessionEvent.Discharged)
                .map(e -> (SessionEvent.Discharged) e).reduce((a, b) -> b);
        Optional<Instant> end = discharged.<Instant>map(SessionEvent.Discharged::at).or(() -> s.events().stream()
                .filter(e -> e instanceof SessionEvent.ReferredToEmergency || e instanceof SessionEvent.Abandoned)
                .map(SessionEvent::at).reduce((a, b) -> b));
        // DIS-2: the time stored at discharge is the record; a replay is only for a session not yet discharged.
        Optional<Instant> ready = discharged.isPresent() ? discharged.flatMap(d -> Optional.ofNullable(d.readyToLeaveAt()))
                : DischargeGate.readyToLeaveAt(s, p, asOf);
        Optional<Long> minutes = s.doseStart().map(start -> discharged.filter(d -> d.monitoredMinutes() > 0)
                .map(SessionEvent.Discharged::monitoredMinutes)
                .orElseGet(() -> Duration.between(start, end.orElse(asOf)).toMinutes()));
        return new KeyTimes(arrival, s.doseStart(), DueItems.bpCheckReading(s, p), ready, end, minutes);
    }

    /** BP-3: when the post-dose BP check fell due, from the anchor the protocol names; empty before a dose. */
    public static Optional<Instant> bpCheckDue(SessionSnapshot s, SessionProtocol p) {
        return s.doseStart().map(start -> DueItems.bpCheckAnchor(s, p).plus(p.bpCheckAfter()));
    }

    /** Whole minutes from the dose start to a moment, as the report prints them ("ready to leave at 118 min"). */
    public Optional<Long> minutesAfterDose(Instant at) {
        return doseStart.map(start -> Duration.between(start, at).toMinutes());
    }
}
