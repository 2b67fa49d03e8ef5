package org.vigil.domain.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.domain.Route;
import org.vigil.domain.session.DischargeGate.Criterion;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * DIS-1 / DIS-2 for the printed report: since when each discharge criterion has held without a
 * break, as of a moment (the discharge, or the moment of printing). The gate on screen says
 * whether a criterion is met now; the paper must also say when it became met, so a reader sees
 * that the last BP came back under the thresholds at 10:47 and the patient was signed off at 11:05.
 *
 * <p>Judged in clinical-time order, like {@link DischargeGate#readyToLeaveAt}: a relapse (a new
 * high reading, a new adverse event) restarts the criterion's run. BP-7 recency is about the
 * clock between events and is left out here, as it is from DIS-2; the gate's own verdict at the
 * moment says whether it held.
 */
public final class GateTimes {

    private GateTimes() {}

    /** @return for each criterion met at {@code asOf}, the start of its current unbroken run; criteria not met are absent */
    public static Map<Criterion, Instant> metSince(SessionSnapshot s, SessionProtocol p, Instant asOf) {
        List<SessionEvent> inTime = s.events().stream().filter(e -> !e.at().isAfter(asOf))
                .sorted(Comparator.comparing(SessionEvent::at)).toList();
        Running running = new Running();
        Map<Criterion, Instant> runs = new EnumMap<>(Criterion.class);
        for (int i = 0; i < inTime.size(); i++) {
            running.apply(inTime.get(i));
            Instant at = inTime.get(i).at();
            if (i + 1 < inTime.size() && inTime.get(i + 1).at().equals(at)) {
                continue; // simultaneous events are judged together
            }
            for (Criterion c : Criterion.values()) {
                if (c == Criterion.MINIMUM_OBSERVATION) {
                    continue;
                }
                if (running.met(c, p)) {
                    runs.putIfAbsent(c, at);
                } else {
                    runs.remove(c);
                }
            }
        }
        // OBS-1: met by the clock alone, at the end of the minimum observation.
        p.observationEndsAt(s).filter(end -> !end.isAfter(asOf)).ifPresent(end -> runs.put(Criterion.MINIMUM_OBSERVATION, end));
        return runs;
    }

    /** The facts the criteria look at, as events arrive in clinical-time order. */
    private static final class Running {
        private Route route;
        private Instant firstDevice;
        private Instant infusionStart;
        private VitalsRecorded lastReading;
        private SedationScored lastScore;
        private boolean dissociation;
        private final Set<String> openAdverse = new HashSet<>();
        private Instant bpOverriddenAt;
        private boolean transport;
        private boolean signed;

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
                case SessionEvent.AdverseEventOpened e -> {
                    openAdverse.add(e.eventId());
                    signed = false; // a new event after the sign-off voids it, as replay does
                }
                case SessionEvent.AdverseEventResolved e -> openAdverse.remove(e.eventId());
                case SessionEvent.DischargeBpOverridden e -> bpOverriddenAt = e.at();
                case SessionEvent.TransportArrived e -> transport = true;
                case SessionEvent.ReadyToLeaveSigned e -> signed = true;
                default -> { }
            }
        }

        private Instant start() {
            return route == null ? null : route == Route.IV ? infusionStart : firstDevice;
        }

        boolean met(Criterion c, SessionProtocol p) {
            Instant start = start();
            // In time order the latest reading is post-dose exactly when it was taken after the dose began.
            VitalsRecorded reading = start != null && lastReading != null && !lastReading.observedAt().isBefore(start) ? lastReading : null;
            SedationScored score = start != null && lastScore != null && !lastScore.observedAt().isBefore(start) ? lastScore : null;
            return switch (c) {
                case MINIMUM_OBSERVATION -> false;
                case LAST_BP_WITHIN_THRESHOLDS -> reading != null
                        && (!p.isElevated(reading.sbp(), reading.dbp()) || DischargeGate.covers(bpOverriddenAt, reading));
                case SPO2 -> reading != null && reading.spo2() >= p.dischargeMinimumSpo2();
                case MOAAS_FULL -> score != null && score.moaas() >= p.dischargeRequiredMoaas();
                case DISSOCIATION_RESOLVED -> start != null && !dissociation;
                case NO_UNRESOLVED_ADVERSE_EVENT -> start != null && openAdverse.isEmpty();
                case TRANSPORT_PRESENT -> transport;
                case CLINICIAN_SIGNED -> signed;
            };
        }
    }
}
