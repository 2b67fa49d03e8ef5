package org.vigil.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened in a session. A session is nothing but its append-only list of these
 * (principle "append, don't overwrite"): its state, readings and timers are all derived by
 * {@link SessionReplay}. Each event carries the clinical moment it describes, so a reading
 * entered late still counts at the time it was observed (BP-9).
 *
 * <p>Vital signs are carried as plain numbers here on purpose: range checks and alarms on them
 * belong to {@code org.vigil.domain.vitals}; this package only needs what was observed and when.
 */
public sealed interface SessionEvent {

    /** The clinical moment this event describes. */
    Instant at();

    /** @param hepaticMonitoring PAT-2 moderate hepatic impairment: observation is extended (OBS-1) */
    record CheckedIn(Instant at, boolean hepaticMonitoring) implements SessionEvent {}

    /** PRE-1: every checklist item answered (the answers themselves are stored by the service). */
    record ChecklistCompleted(Instant at) implements SessionEvent {}

    /** BP-1: baseline BP, heart rate and SpO2 before the first device. */
    record BaselineRecorded(Instant at, int sbp, int dbp, int heartRate, int spo2) implements SessionEvent {}

    /** PRE-2: the prescriber's authorisation. {@code devices} is 0 for IV. */
    record DoseAuthorised(Instant at, int doseMg, Route route, int devices) implements SessionEvent {
        public DoseAuthorised {
            Objects.requireNonNull(route);
        }
    }

    /**
     * ADM-2/ADM-3: one nasal device given.
     *
     * @param number 1 for the first device of the session
     * @param restOverrideReason ADM-2 override reason when given before the rest ended; blank if none
     */
    record DeviceGiven(int number, Instant at, String restOverrideReason) implements SessionEvent {
        public DeviceGiven {
            restOverrideReason = restOverrideReason == null ? "" : restOverrideReason.strip();
        }

        public DeviceGiven(int number, Instant at) {
            this(number, at, "");
        }
    }

    record InfusionStarted(Instant at) implements SessionEvent {}

    record InfusionEnded(Instant at) implements SessionEvent {}

    /** A set of vital signs as observed (BP-9). */
    record VitalsRecorded(Instant observedAt, int sbp, int dbp, int heartRate, int spo2) implements SessionEvent {
        @Override
        public Instant at() {
            return observedAt;
        }
    }

    /** OBS-2: MOAA/S 5 (responds readily to name) … 0 (no response to trapezius squeeze). */
    record SedationScored(Instant observedAt, int moaas) implements SessionEvent {
        public SedationScored {
            if (moaas < 0 || moaas > 5) {
                throw new IllegalArgumentException("MOAA/S is 0 to 5, not " + moaas);
            }
        }

        @Override
        public Instant at() {
            return observedAt;
        }
    }

    /** OBS-3: onset ({@code present}) or resolution ({@code !present}) of dissociation. */
    record DissociationNoted(boolean present, Instant at) implements SessionEvent {}

    /** OBS-4. {@code eventId} links the later resolution to this opening. */
    record AdverseEventOpened(String eventId, String kind, boolean serious, Instant at) implements SessionEvent {}

    record AdverseEventResolved(String eventId, Instant at) implements SessionEvent {}

    /** DIS-1: the named driver has arrived to take the patient home. */
    record TransportArrived(Instant at) implements SessionEvent {}

    /** DIS-1: a clinician signed "clinically stable and ready to leave". */
    record ReadyToLeaveSigned(Instant at) implements SessionEvent {}

    record Discharged(Instant at) implements SessionEvent {}

    /** Session stopped before dosing (e.g. BP-2 baseline too high, no transport). */
    record Abandoned(String reason, Instant at) implements SessionEvent {}

    /** OBS-4: serious event, handed to emergency care. Allowed at any point. */
    record ReferredToEmergency(String reason, Instant at) implements SessionEvent {}
}
