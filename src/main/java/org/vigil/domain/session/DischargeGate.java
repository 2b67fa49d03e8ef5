package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * DIS-1: discharge is a hard stop until every criterion holds. Each criterion is reported on
 * its own so the nurse sees exactly what is still missing, and DIS-2's ready-to-leave time is
 * found by replaying the events.
 */
public final class DischargeGate {

    private DischargeGate() {}

    /** The DIS-1 criteria. {@code clinical} ones decide the DIS-2 ready-to-leave time. */
    public enum Criterion {
        MINIMUM_OBSERVATION("OBS-1", false),
        LAST_BP_WITHIN_THRESHOLDS("DIS-1", true),
        SPO2("DIS-1", true),
        MOAAS_FULL("DIS-1", true),
        DISSOCIATION_RESOLVED("OBS-3", true),
        NO_UNRESOLVED_ADVERSE_EVENT("OBS-4", true),
        TRANSPORT_PRESENT("DIS-1", false),
        CLINICIAN_SIGNED("DIS-1", false);

        private final String ruleId;
        private final boolean clinical;

        Criterion(String ruleId, boolean clinical) {
            this.ruleId = ruleId;
            this.clinical = clinical;
        }

        public String ruleId() {
            return ruleId;
        }

        /** About the patient's condition: not the clock, not logistics, not the signature. */
        public boolean clinical() {
            return clinical;
        }
    }

    /** One criterion: met, or the reason it is not. */
    public record Check(Criterion criterion, Optional<Refusal> reason) {
        public boolean met() {
            return reason.isEmpty();
        }
    }

    /**
     * @param checks every criterion, in DIS-1 order
     * @param readyToLeaveAt DIS-2: since when all clinical criteria have held; empty while they do not
     */
    public record Result(List<Check> checks, Optional<Instant> readyToLeaveAt) {
        public Result {
            checks = List.copyOf(checks);
        }

        public boolean allMet() {
            return checks.stream().allMatch(Check::met);
        }

        /** Met except for the clinician's signature: the moment the sign-off may be offered. */
        public boolean readyToSign() {
            return checks.stream().allMatch(c -> c.met() || c.criterion() == Criterion.CLINICIAN_SIGNED);
        }

        public List<Refusal> refusals() {
            return checks.stream().flatMap(c -> c.reason().stream()).toList();
        }
    }

    public static Result evaluate(SessionSnapshot s, SessionProtocol p, Instant now) {
        List<Check> checks = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            checks.add(new Check(c, reasonNotMet(c, s, p, now)));
        }
        return new Result(checks, readyToLeaveAt(s, p, now));
    }

    private static Optional<Refusal> reasonNotMet(Criterion c, SessionSnapshot s, SessionProtocol p, Instant now) {
        Optional<VitalsRecorded> last = s.latestPostDoseReading();
        return switch (c) {
            case MINIMUM_OBSERVATION -> minimumObservation(s, p, now);
            case LAST_BP_WITHIN_THRESHOLDS -> lastBp(last, s.dischargeBpOverriddenAt(), p, now);
            case SPO2 -> {
                if (last.isEmpty()) {
                    yield refuse(Refusal.of("DIS-1", "session.discharge.noReading"));
                }
                yield last.get().spo2() >= p.dischargeMinimumSpo2() ? Optional.empty()
                        : refuse(Refusal.of("DIS-1", "session.discharge.spo2", last.get().spo2(), p.dischargeMinimumSpo2()));
            }
            case MOAAS_FULL -> {
                Optional<SedationScored> score = lastScoreAfterDose(s);
                if (score.isEmpty()) {
                    yield refuse(Refusal.of("OBS-2", "session.discharge.noScore"));
                }
                yield score.get().moaas() >= p.dischargeRequiredMoaas() ? Optional.empty()
                        : refuse(Refusal.of("DIS-1", "session.discharge.moaas", score.get().moaas(), p.dischargeRequiredMoaas()));
            }
            case DISSOCIATION_RESOLVED -> s.dissociationPresent() ? refuse(Refusal.of("OBS-3", "session.discharge.dissociation")) : Optional.empty();
            case NO_UNRESOLVED_ADVERSE_EVENT -> s.openAdverseEvents().isEmpty() ? Optional.empty()
                    : refuse(Refusal.of("OBS-4", "session.discharge.adverseEvent", s.openAdverseEvents().size()));
            case TRANSPORT_PRESENT -> s.transportArrivedAt().isPresent() ? Optional.empty()
                    : refuse(Refusal.of("DIS-1", "session.discharge.transport"));
            case CLINICIAN_SIGNED -> s.readyToLeaveSignedAt().isPresent() ? Optional.empty()
                    : refuse(Refusal.of("DIS-1", "session.discharge.notSigned"));
        };
    }

    private static Optional<Refusal> minimumObservation(SessionSnapshot s, SessionProtocol p, Instant now) {
        Duration required = p.observationFor(s);
        Optional<Instant> ends = p.observationEndsAt(s);
        if (ends.isPresent() && !now.isBefore(ends.get())) {
            return Optional.empty();
        }
        // Rounded up: with 30 s left the nurse must still wait, so "0 minutes to go" would mislead.
        long minutesLeft = ends.map(t -> (Duration.between(now, t).toSeconds() + 59) / 60).orElse(required.toMinutes());
        return refuse(Refusal.of("OBS-1", "session.discharge.observation", required.toMinutes(), Math.max(1, minutesLeft)));
    }

    /** DIS-1 "last BP within thresholds" together with BP-7 "taken within the last minutes". */
    private static Optional<Refusal> lastBp(Optional<VitalsRecorded> last, Optional<Instant> overriddenAt, SessionProtocol p,
                                            Instant now) {
        if (last.isEmpty() || last.get().observedAt().plus(p.dischargeReadingWithin()).isBefore(now)) {
            return refuse(Refusal.of("BP-7", "session.discharge.bpNotRecent", p.dischargeReadingWithin().toMinutes()));
        }
        VitalsRecorded r = last.get();
        return p.isElevated(r.sbp(), r.dbp()) && !covers(overriddenAt.orElse(null), r)
                ? refuse(Refusal.of("DIS-1", "session.discharge.bpHigh", r.sbp(), r.dbp(), p.recheckSbpAbove(), p.recheckDbpAbove()))
                : Optional.empty();
    }

    /** A prescriber's DIS-1 override covers the readings observed up to its moment, not later ones. */
    static boolean covers(Instant overriddenAt, VitalsRecorded reading) {
        return overriddenAt != null && !overriddenAt.isBefore(reading.observedAt());
    }

    private static Optional<SedationScored> lastScoreAfterDose(SessionSnapshot s) {
        Optional<Instant> start = s.doseStart();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        return s.scores().stream().filter(x -> !x.observedAt().isBefore(start.get())).reduce((a, b) -> b);
    }

    /**
     * DIS-2: replays the events in clinical-time order and returns the start of the current
     * uninterrupted run in which every clinical criterion held. A relapse (a new high BP, a new
     * adverse event) restarts the run, so the printed time is when the patient became, and stayed,
     * ready. BP-7 recency is about the clock and is left out here.
     */
    static Optional<Instant> readyToLeaveAt(SessionSnapshot s, SessionProtocol p, Instant now) {
        List<SessionEvent> inTime = s.events().stream().filter(e -> !e.at().isAfter(now))
                .sorted(Comparator.comparing(SessionEvent::at)).toList();
        // One pass, keeping only what the clinical criteria look at: replaying every prefix made
        // each action cost the square of the session's length.
        ClinicalCondition condition = new ClinicalCondition();
        Instant runStart = null;
        for (int i = 0; i < inTime.size(); i++) {
            condition.apply(inTime.get(i));
            Instant at = inTime.get(i).at();
            if (i + 1 < inTime.size() && inTime.get(i + 1).at().equals(at)) {
                continue; // judge simultaneous events together
            }
            if (!condition.met(p)) {
                runStart = null;
            } else if (runStart == null) {
                runStart = at;
            }
        }
        return Optional.ofNullable(runStart);
    }

    /**
     * The clinical criteria of DIS-1 as events arrive in clinical-time order: the same facts the
     * snapshot holds (latest post-dose reading and sedation score, dissociation, open adverse
     * events), kept as running values.
     */
    private static final class ClinicalCondition {
        private Route route;
        private Instant firstDevice;
        private Instant infusionStart;
        private VitalsRecorded lastReading;
        private SedationScored lastScore;
        private boolean dissociation;
        private final Set<String> openAdverse = new java.util.HashSet<>();
        private Instant bpOverriddenAt;

        void apply(SessionEvent event) {
            switch (event) {
                case SessionEvent.DoseAuthorised e -> route = e.route();
                case SessionEvent.DeviceGiven e -> {
                    if (firstDevice == null) {
                        firstDevice = e.at();
                    }
                }
                case SessionEvent.InfusionStarted e -> infusionStart = e.at();
                case VitalsRecorded e -> lastReading = e;
                case SedationScored e -> lastScore = e;
                case SessionEvent.DissociationNoted e -> dissociation = e.present();
                case SessionEvent.AdverseEventOpened e -> openAdverse.add(e.eventId());
                case SessionEvent.AdverseEventResolved e -> openAdverse.remove(e.eventId());
                case SessionEvent.DischargeBpOverridden e -> bpOverriddenAt = e.at();
                default -> { }
            }
        }

        boolean met(SessionProtocol p) {
            Instant start = route == null ? null : route == Route.IV ? infusionStart : firstDevice;
            if (start == null || lastReading == null || lastScore == null) {
                return false;
            }
            // Events come in time order, so the last reading is post-dose exactly when it was taken after the dose began.
            boolean readingAfterDose = !lastReading.observedAt().isBefore(start);
            boolean scoreAfterDose = !lastScore.observedAt().isBefore(start);
            return readingAfterDose && scoreAfterDose
                    && (!p.isElevated(lastReading.sbp(), lastReading.dbp()) || covers(bpOverriddenAt, lastReading))
                    && lastReading.spo2() >= p.dischargeMinimumSpo2()
                    && lastScore.moaas() >= p.dischargeRequiredMoaas()
                    && !dissociation
                    && openAdverse.isEmpty();
        }
    }

    private static Optional<Refusal> refuse(Refusal refusal) {
        return Optional.of(refusal);
    }
}
