package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.vigil.domain.Refusal;

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

    /**
     * @param hepaticMonitoring PAT-2 moderate hepatic impairment: observation is extended (OBS-1)
     * @param postpartum SCH-4 the single PPD dose after delivery: the checklist asks about cord
     *     clamping and breastfeeding instead of pregnancy (fixed at check-in, so replay asks the same)
     */
    record CheckedIn(Instant at, boolean hepaticMonitoring, boolean postpartum) implements SessionEvent {

        public CheckedIn(Instant at, boolean hepaticMonitoring) {
            this(at, hepaticMonitoring, false);
        }
    }

    /** PRE-1/PRE-3: one checklist item answered; a later answer to the same item replaces it. */
    record ChecklistAnswered(ChecklistAnswer answer, Instant at) implements SessionEvent {
        public ChecklistAnswered {
            Objects.requireNonNull(answer);
        }
    }

    /**
     * PAT-2/PAT-4: a prescriber's signed override (SIG-2) of a relative contraindication answered
     * at the chair, for this session only. It covers the answer it was given for; a new answer to
     * the same item needs a new override.
     *
     * @param prescriberName the signer's full name as it was at signing (SIG-1)
     */
    record ChecklistOverridden(ChecklistItem item, String reason, long prescriberId, String prescriberName, Instant at)
            implements SessionEvent {
        public ChecklistOverridden {
            Objects.requireNonNull(item);
            reason = reason == null ? "" : reason.strip();
            prescriberName = prescriberName == null ? "" : prescriberName.strip();
        }
    }

    /** PRE-1: every checklist item answered and none stops the session. */
    record ChecklistCompleted(Instant at) implements SessionEvent {}

    /** BP-1: baseline BP, heart rate and SpO2 before the first device. */
    record BaselineRecorded(Instant at, int sbp, int dbp, int heartRate, int spo2) implements SessionEvent {}

    /** BP-2: the prescriber accepts a raised baseline, with a reason; a new baseline voids it. */
    record BaselineOverridden(String reason, Instant at) implements SessionEvent {
        public BaselineOverridden {
            reason = reason == null ? "" : reason.strip();
        }
    }

    /**
     * PRE-2: the prescriber's authorisation.
     *
     * @param doseMg nasal: whole devices' worth; IV: mg to one decimal, as prescribed (issue 10)
     * @param devices nasal devices the dose needs; 0 for IV
     * @param infusionMinutes IV infusion duration; 0 for nasal
     * @param warnings ADM-4 warnings shown to the prescriber, as "RULE key args"; blank if none
     * @param warningAcknowledgement the prescriber's reason for going ahead despite the warnings;
     *     blank when there were none (a warning is never signed through silently)
     * @param ivBasis IV: the mg/kg and the weight it was computed from, as they stood at signing
     */
    record DoseAuthorised(Instant at, BigDecimal doseMg, Route route, int devices, int infusionMinutes, String warnings,
                          String warningAcknowledgement, Optional<IvBasis> ivBasis) implements SessionEvent {
        public DoseAuthorised {
            Objects.requireNonNull(doseMg);
            Objects.requireNonNull(route);
            warnings = warnings == null ? "" : warnings.strip();
            warningAcknowledgement = warningAcknowledgement == null ? "" : warningAcknowledgement.strip();
            ivBasis = ivBasis == null ? Optional.empty() : ivBasis;
        }

        public DoseAuthorised(Instant at, int doseMg, Route route, int devices) {
            this(at, BigDecimal.valueOf(doseMg), route, devices, 0, "", "", Optional.empty());
        }

        /** An IV authorisation as a transition probe, before its weight basis is looked up. */
        public DoseAuthorised(Instant at, BigDecimal doseMg, int infusionMinutes) {
            this(at, doseMg, Route.IV, 0, infusionMinutes, "", "", Optional.empty());
        }
    }

    /**
     * PROD-2 / ADM-4: what an IV dose was computed from, stored with the authorisation so the
     * report prints the basis the prescriber saw, whatever the patient's record says later.
     *
     * @param mgPerKg the dose over the weight, to two decimals
     * @param weightKg the weight used
     * @param weighedOn the day it was measured
     */
    record IvBasis(BigDecimal mgPerKg, BigDecimal weightKg, LocalDate weighedOn) {
        public IvBasis {
            Objects.requireNonNull(mgPerKg);
            Objects.requireNonNull(weightKg);
            Objects.requireNonNull(weighedOn);
        }
    }

    /**
     * ADM-2/ADM-3: one nasal device given.
     *
     * @param number 1 for the first device of the session
     * @param restOverrideReason the prescriber's reason when the device is given before the rest
     *     ended (ADM-2) or as a re-dose after vomiting or an incomplete administration (ADM-5);
     *     blank if none
     * @param lot the device's lot (ADM-3; typed until the register supplies stock); blank when not recorded
     * @param dotsChecked ADM-1: the nurse checked the device's indicator dots
     */
    record DeviceGiven(int number, Instant at, String restOverrideReason, String lot, boolean dotsChecked) implements SessionEvent {
        public DeviceGiven {
            restOverrideReason = restOverrideReason == null ? "" : restOverrideReason.strip();
            lot = lot == null ? "" : lot.strip();
        }

    }

    /**
     * ADM-1 IV: the infusion starts at this rate, prepared from vials of this lot (ADM-3, CD-3).
     *
     * @param lot blank only in sessions recorded before the register existed
     */
    record InfusionStarted(Instant at, BigDecimal rateMlPerHour, String lot) implements SessionEvent {
        public InfusionStarted {
            Objects.requireNonNull(rateMlPerHour);
            lot = lot == null ? "" : lot.strip();
        }
    }

    /**
     * IV: the infusion ends; what was drawn and not given (the residual, and what was left in the
     * vials) goes to waste in the register, witnessed (CD-5).
     *
     * @param wasteWitnessId the user who witnessed the waste; 0 when nothing was left to waste, or
     *     in sessions recorded before the register existed
     * @param wasteMethod how the waste was destroyed
     */
    record InfusionEnded(Instant at, BigDecimal volumeGivenMl, BigDecimal residualMl, long wasteWitnessId, String wasteMethod)
            implements SessionEvent {
        public InfusionEnded {
            Objects.requireNonNull(volumeGivenMl);
            Objects.requireNonNull(residualMl);
            wasteMethod = wasteMethod == null ? "" : wasteMethod.strip();
        }
    }

    /** ADM-5: vomiting or an incomplete administration, with its time and what happened. */
    record AdministrationProblem(Problem problem, String note, Instant at) implements SessionEvent {
        public enum Problem {
            VOMITED,
            INCOMPLETE
        }

        public AdministrationProblem {
            Objects.requireNonNull(problem);
            note = note == null ? "" : note.strip();
        }
    }

    /** A set of vital signs as observed (BP-9). */
    record VitalsRecorded(Instant observedAt, int sbp, int dbp, int heartRate, int spo2) implements SessionEvent {
        @Override
        public Instant at() {
            return observedAt;
        }
    }

    /** OBS-2: MOAA/S 5 (responds readily to name) … 0 (no response to trapezius squeeze). */
    record SedationScored(Instant observedAt, int moaas) implements SessionEvent {
        /** The scale's own range: not a clinic setting, the instrument has six levels. */
        public static final int LOWEST = 0;
        public static final int HIGHEST = 5;

        public SedationScored {
            if (outOfScale(moaas).isPresent()) {
                throw new IllegalArgumentException("MOAA/S is " + LOWEST + " to " + HIGHEST + ", not " + moaas);
            }
        }

        /** OBS-2: why a typed score cannot be a MOAA/S score, said before an event is made of it. */
        public static Optional<Refusal> outOfScale(int moaas) {
            return moaas < LOWEST || moaas > HIGHEST ? Optional.of(Refusal.of("OBS-2", "session.refused.moaasRange", moaas))
                    : Optional.empty();
        }

        @Override
        public Instant at() {
            return observedAt;
        }
    }

    /** OBS-3: onset ({@code present}) or resolution ({@code !present}) of dissociation. */
    record DissociationNoted(boolean present, Instant at) implements SessionEvent {}

    /**
     * OBS-4: an adverse event from its onset. {@code eventId} links the later resolution to it.
     * A serious kind refers the patient to emergency care (state REFERRED).
     *
     * @param description what was seen; required for {@link AdverseEventKind#OTHER}
     * @param action what was done about it
     */
    record AdverseEventOpened(String eventId, AdverseEventKind kind, Severity severity, String description, String action,
                              Instant at) implements SessionEvent {
        public enum Severity {
            MILD,
            MODERATE,
            SEVERE
        }

        public AdverseEventOpened {
            Objects.requireNonNull(eventId);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(severity);
            description = description == null ? "" : description.strip();
            action = action == null ? "" : action.strip();
        }

        public boolean serious() {
            return kind.serious();
        }
    }

    /** OBS-4: the event is over; {@code resolution} says how. */
    record AdverseEventResolved(String eventId, String resolution, Instant at) implements SessionEvent {
        public AdverseEventResolved {
            resolution = resolution == null ? "" : resolution.strip();
        }
    }

    /** ALM-2: a user silenced an alarm for the pause; the alarm stays until its cause is resolved. */
    record AlarmAcknowledged(String cause, long userId, Instant at) implements SessionEvent {
        public AlarmAcknowledged {
            Objects.requireNonNull(cause);
        }
    }

    /**
     * ALM-2: the cause of an alarm went away with the action recorded at the same time (the BP
     * was taken, the score came back up). Stored so the alarm's history survives its cause.
     */
    record AlarmResolved(String cause, AlarmPriority priority, Instant raisedAt, long userId, Instant at)
            implements SessionEvent {
        public AlarmResolved {
            Objects.requireNonNull(cause);
            Objects.requireNonNull(priority);
            Objects.requireNonNull(raisedAt);
        }
    }

    /** DIS-1: the named driver has arrived to take the patient home. */
    record TransportArrived(Instant at) implements SessionEvent {}

    /**
     * DIS-1: the prescriber accepts the last BP above the thresholds for discharge, with a reason.
     * It covers the readings taken up to its moment; a later high reading needs a new one.
     */
    record DischargeBpOverridden(String reason, Instant at) implements SessionEvent {
        public DischargeBpOverridden {
            reason = reason == null ? "" : reason.strip();
        }
    }

    /** DIS-1: a clinician signed "clinically stable and ready to leave". */
    record ReadyToLeaveSigned(Instant at) implements SessionEvent {}

    /**
     * DIS-1 … DIS-2: the patient left.
     *
     * @param readyToLeaveAt DIS-2 as computed at the moment of discharge, kept so the printed form
     *     never depends on a later replay; null when not known
     * @param monitoredMinutes from the dose start to discharge, as the monitoring form asks
     */
    record Discharged(Instant at, Instant readyToLeaveAt, long monitoredMinutes) implements SessionEvent {

        /** A discharge as a transition probe, before its figures are known. */
        public Discharged(Instant at) {
            this(at, null, 0);
        }
    }

    /**
     * DIS-3: the discharge advice (no driving or machinery until the next day after a restful sleep;
     * whom to call) was handed over, printed or told and acknowledged by the patient.
     *
     * @param userId who gave it
     * @param userName their full name as it was then (SIG-1), for the printed session
     * @param language the language it was given in: the patient's, or the clinic's
     */
    record DischargeAdviceGiven(Instant at, long userId, String userName, AdviceHandover handover, org.vigil.domain.Language language)
            implements SessionEvent {
        /** How the advice reached the patient. */
        public enum AdviceHandover {
            /** The handout was printed and handed over. */
            PRINTED,
            /** Told, or a handout given otherwise, and the patient said they understood. */
            ACKNOWLEDGED
        }

        public DischargeAdviceGiven {
            Objects.requireNonNull(handover);
            Objects.requireNonNull(language);
            userName = userName == null ? "" : userName.strip();
        }
    }

    /** Session stopped before dosing (e.g. BP-2 baseline too high, no transport). */
    record Abandoned(String reason, Instant at) implements SessionEvent {
        // Stored as text: a missing reason must read as none, not as the word "null".
        public Abandoned {
            reason = reason == null ? "" : reason.strip();
        }
    }

    /** OBS-4: serious event, handed to emergency care. Allowed at any point, with a reason. */
    record ReferredToEmergency(String reason, Instant at) implements SessionEvent {
        public ReferredToEmergency {
            reason = reason == null ? "" : reason.strip();
        }
    }
}
