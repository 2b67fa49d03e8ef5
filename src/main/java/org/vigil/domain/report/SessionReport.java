package org.vigil.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.domain.Route;
import org.vigil.domain.course.Phase;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.KeyTimes;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.vitals.AssessmentRules;

/**
 * One session as its printed report says it: a read-only projection of the stored events, the
 * register entries the session wrote and the protocol in force, read in one transaction with the
 * audit chain's head (SIG-4). Nothing here is computed again on paper that the screen computed
 * differently: the gate, DIS-2 and the key times come from the same domain functions.
 *
 * @param entries every event with when it was recorded and by whom (BP-9), in the order stored
 * @param supplies the register entries written by this session (CD-3, CD-5) with their signatures
 * @param weight the patient's latest weight on or before the session's day, for a nasal dose's mg/kg
 * @param protocol the session's protocol as in force at {@code asOf}: thresholds of BP-2, BP-4, BP-6, OBS-1 for the chart
 * @param rules BP-5 alarm thresholds in force then
 * @param gate DIS-1 as it stood at {@code asOf}
 * @param metSince since when each criterion met at {@code asOf} had held (GateTimes)
 * @param asOf the discharge, the referral or the stop; for a running session the moment of printing
 * @param state where the session ended or stands: the events' state, or the slot's own for a session
 *     recorded without chair-side events (history entered afterwards, as the demo's past days are)
 */
public record SessionReport(ReportHeading heading, long sessionId, LocalDate date, int chair, PatientLine patient,
                            Optional<CourseLine> course, SessionSnapshot snapshot, List<Recorded> entries, List<Supply> supplies,
                            Optional<Weight> weight, SessionProtocol protocol, AssessmentRules rules, DischargeGate.Result gate,
                            Map<DischargeGate.Criterion, Instant> metSince, KeyTimes times, Instant asOf,
                            SessionState state) {

    /** The patient as identified on paper. */
    public record PatientLine(String name, LocalDate dateOfBirth, String mrn, String idNumber, Sex sex) {}

    /** The course the session belongs to, with the phase and course week of the session's day. */
    public record CourseLine(Regimen regimen, Phase phase, int week) {}

    /**
     * A stored event with when it was recorded and who recorded it (BP-9).
     *
     * @param by the full name of the user who recorded it
     */
    public record Recorded(SessionEvent event, Instant recordedAt, String by) {

        /** BP-9: entered after the minute it describes, so paper shows both times. */
        public boolean enteredLate() {
            return recordedAt.truncatedTo(ChronoUnit.MINUTES).isAfter(event.at().truncatedTo(ChronoUnit.MINUTES));
        }
    }

    /** One register entry of the session, with its signatures and whether they still hold for it (SIG-3). */
    public record Supply(RegisterEntry entry, String product, List<EntrySignature> signatures) {
        public Supply {
            signatures = List.copyOf(signatures);
        }

        public boolean signaturesHold() {
            return signatures.stream().allMatch(s -> s.holdsFor(entry));
        }
    }

    public SessionReport {
        Objects.requireNonNull(heading);
        entries = List.copyOf(entries);
        supplies = List.copyOf(supplies);
        metSince = Map.copyOf(metSince);
    }

    /** Whether the session was run at the chair in Vigil: without its events only the register's entries tell of it. */
    public boolean chairSide() {
        return !entries.isEmpty();
    }

    /** SIG-1: the session's signatures, in the order they were given. */
    public List<SessionSignature> signatures() {
        return SessionSignature.of(entries);
    }

    /** When and by whom an event of this report's snapshot was recorded. */
    public Optional<Recorded> recorded(SessionEvent event) {
        return Optional.ofNullable(byEvent().get(event));
    }

    private Map<SessionEvent, Recorded> byEvent() {
        Map<SessionEvent, Recorded> map = new IdentityHashMap<>();
        entries.forEach(r -> map.put(r.event(), r));
        return map;
    }

    /**
     * PROD-2: mg/kg of the authorised dose. IV: as computed at signing, stored with the
     * authorisation; nasal: over the latest weight on record on the day, when there is one.
     */
    public Optional<BigDecimal> mgPerKg() {
        Optional<SessionEvent.DoseAuthorised> authorised = snapshot.authorisation();
        if (authorised.isEmpty()) {
            return Optional.empty();
        }
        Optional<SessionEvent.IvBasis> basis = authorised.get().ivBasis();
        if (basis.isPresent()) {
            return Optional.of(basis.get().mgPerKg());
        }
        return authorised.get().route() == Route.NASAL ? weight.filter(w -> w.kg().signum() > 0)
                .map(w -> authorised.get().doseMg().divide(w.kg(), 2, RoundingMode.HALF_UP)) : Optional.empty();
    }

    /** The weight the mg/kg is over: the IV basis's, else the latest on record. */
    public Optional<Weight> weightUsed() {
        return snapshot.authorisation().flatMap(SessionEvent.DoseAuthorised::ivBasis)
                .map(b -> new Weight(b.weightKg(), b.weighedOn())).or(this::weight);
    }
}
