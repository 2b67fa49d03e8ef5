package org.vigil.domain.session;

import org.vigil.domain.Route;
import static org.vigil.domain.session.SessionState.ADMINISTERING;
import static org.vigil.domain.session.SessionState.BOOKED;
import static org.vigil.domain.session.SessionState.CHECKED_IN;
import static org.vigil.domain.session.SessionState.DOSE_AUTHORISED;
import static org.vigil.domain.session.SessionState.OBSERVING;
import static org.vigil.domain.session.SessionState.PRE_DOSE_CHECKS_DONE;
import static org.vigil.domain.session.SessionState.READY_FOR_DISCHARGE;
import static org.vigil.domain.session.SessionState.REFERRED;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.BaselineOverridden;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.ChecklistCompleted;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.ReferredToEmergency;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * May this event be appended to this session? The service asks before storing; a refusal is
 * shown next to the button and audited (ROLE-2). The two-argument form is the state machine
 * alone; the three-argument form adds the rules that need protocol numbers (ADM-2, ADM-3, DIS-1).
 */
public final class SessionTransitions {

    private SessionTransitions() {}

    /** Before any esketamine is given: the only states a session may be abandoned from. */
    private static final Set<SessionState> BEFORE_DOSING = EnumSet.of(BOOKED, CHECKED_IN, PRE_DOSE_CHECKS_DONE, DOSE_AUTHORISED);

    public static Optional<Refusal> check(SessionSnapshot s, SessionEvent event) {
        SessionState state = s.state();
        return switch (event) {
            case CheckedIn e -> in(state, e, BOOKED);
            case ChecklistAnswered e -> s.checklistDone() ? Optional.of(Refusal.of("PRE-1", "checklist.refused.alreadyComplete"))
                    : in(state, e, CHECKED_IN).or(() -> asked(s, e.answer().item()));
            case SessionEvent.ChecklistOverridden e -> e.reason().isEmpty() ? Optional.of(Refusal.of(e.item().ruleId(), "reason.required"))
                    : s.checklistDone() ? Optional.of(Refusal.of("PRE-1", "checklist.refused.alreadyComplete")) : in(state, e, CHECKED_IN);
            case ChecklistCompleted e -> s.checklistDone() ? Optional.of(Refusal.of("PRE-1", "checklist.refused.alreadyComplete"))
                    : in(state, e, CHECKED_IN);
            // A new baseline after authorisation would bypass BP-2: re-authorise instead.
            case BaselineRecorded e -> in(state, e, CHECKED_IN, PRE_DOSE_CHECKS_DONE);
            case BaselineOverridden e -> baselineOverride(s, e);
            case DoseAuthorised e -> authorise(s, e);
            case DeviceGiven e -> device(s, e);
            case InfusionStarted e -> infusionStart(s, e);
            case InfusionEnded e -> infusionEnd(s, e);
            // Observations stay possible while waiting for the ambulance after a referral.
            case VitalsRecorded e -> observing(state, e);
            case SedationScored e -> observing(state, e);
            case DissociationNoted e -> observing(state, e);
            // After a referral the nurse still records what happened to the dose before handing over.
            case AdministrationProblem e -> in(state, e, ADMINISTERING, OBSERVING, REFERRED);
            case AdverseEventOpened e -> adverseEvent(s, e);
            case AdverseEventResolved e -> !s.openAdverseEvents().contains(e.eventId())
                    ? Optional.of(Refusal.of("OBS-4", "session.refused.adverseEventUnknown", e.eventId()))
                    : observing(state, e);
            case TransportArrived e -> observing(state, e);
            case AlarmAcknowledged e -> observing(state, e);
            // Derived by the service from the action that removed the cause; it may follow the last event.
            case AlarmResolved e -> Optional.empty();
            case SessionEvent.DischargeBpOverridden e -> e.reason().isEmpty()
                    ? Optional.of(Refusal.of("DIS-1", "reason.required")) : in(state, e, OBSERVING);
            case ReadyToLeaveSigned e -> in(state, e, OBSERVING);
            case Discharged e -> in(state, e, READY_FOR_DISCHARGE);
            // DIS-3: handed over once the dose is in and the patient is on the way out; recorded
            // after the discharge too, when the nurse gave it at the door and records it afterwards.
            case SessionEvent.DischargeAdviceGiven e -> in(state, e, OBSERVING, READY_FOR_DISCHARGE, SessionState.DISCHARGED);
            case Abandoned e -> abandon(state, e);
            // OBS-4: the hand-over to emergency care says why.
            case ReferredToEmergency e -> e.reason().isEmpty() ? Optional.of(Refusal.of("OBS-4", "reason.required"))
                    : state.isFinished() ? wrongState(state, e) : Optional.empty();
        };
    }

    /** The state machine plus the rules that need the protocol's numbers. */
    public static Optional<Refusal> check(SessionSnapshot s, SessionEvent event, SessionProtocol p) {
        Optional<Refusal> refusal = check(s, event);
        if (refusal.isPresent()) {
            return refusal.map(r -> clinicalReason(s, event, p, r));
        }
        return switch (event) {
            case ChecklistCompleted e -> PreDoseChecklist.incomplete(s, p);
            case SessionEvent.ChecklistOverridden e -> PreDoseChecklist.refuseOverride(s, e.item(), p);
            case BaselineOverridden e -> s.baseline().filter(b -> p.baselineNeedsOverride(b.sbp(), b.dbp())).isEmpty()
                    ? Optional.of(Refusal.of("BP-2", "session.refused.baselineNoOverrideNeeded")) : Optional.empty();
            case DoseAuthorised e -> authoriseUnderProtocol(s, e, p);
            case SessionEvent.DischargeBpOverridden e -> s.latestPostDoseReading().filter(r -> p.isElevated(r.sbp(), r.dbp())).isEmpty()
                    ? Optional.of(Refusal.of("DIS-1", "session.refused.bpNoOverrideNeeded")) : Optional.empty();
            case DeviceGiven e -> deviceRest(s, e, p);
            // DIS-1: the sign-off is offered only when everything but the signature holds.
            case ReadyToLeaveSigned e -> firstUnmet(DischargeGate.evaluate(s, p, e.at()), DischargeGate.Criterion.CLINICIAN_SIGNED);
            case Discharged e -> firstUnmet(DischargeGate.evaluate(s, p, e.at()), null);
            default -> Optional.empty();
        };
    }

    private static Optional<Refusal> authorise(SessionSnapshot s, DoseAuthorised e) {
        if (s.state() == CHECKED_IN && !s.checklistDone()) {
            return Optional.of(Refusal.of("PRE-1", "session.refused.checklistFirst"));
        }
        if (s.state() == CHECKED_IN && s.baseline().isEmpty()) {
            return Optional.of(Refusal.of("BP-1", "session.refused.baselineFirst"));
        }
        boolean devicesMatchRoute = e.route() == Route.NASAL ? e.devices() > 0 : e.devices() == 0;
        if (!devicesMatchRoute || e.doseMg().signum() <= 0) {
            return Optional.of(Refusal.of("ADM-3", "session.refused.devicesForRoute", e.route().name(), e.devices()));
        }
        return in(s.state(), e, PRE_DOSE_CHECKS_DONE);
    }

    /** SCH-4: a question this session does not ask (pregnancy after delivery) cannot be answered. */
    private static Optional<Refusal> asked(SessionSnapshot s, ChecklistItem item) {
        return PreDoseChecklist.items(s).contains(item) ? Optional.empty()
                : Optional.of(Refusal.of("PRE-1", "checklist.refused.notAsked", item.name()));
    }

    private static Optional<Refusal> baselineOverride(SessionSnapshot s, BaselineOverridden e) {
        if (e.reason().isEmpty()) {
            return Optional.of(Refusal.of("BP-2", "reason.required"));
        }
        if (s.baseline().isEmpty()) {
            return Optional.of(Refusal.of("BP-1", "session.refused.baselineFirst"));
        }
        return in(s.state(), e, CHECKED_IN, PRE_DOSE_CHECKS_DONE);
    }

    /** BP-2 override present when needed; IV infusion duration within the protocol (ADM-4). */
    private static Optional<Refusal> authoriseUnderProtocol(SessionSnapshot s, DoseAuthorised e, SessionProtocol p) {
        boolean raised = s.baseline().filter(b -> p.baselineNeedsOverride(b.sbp(), b.dbp())).isPresent();
        if (raised && s.baselineOverride().isEmpty()) {
            VitalsRecorded b = s.baseline().get();
            return Optional.of(Refusal.of("BP-2", "vitals.baseline.high", b.sbp() + "/" + b.dbp(), p.baselineSbpAbove(),
                    p.baselineDbpAbove()));
        }
        if (e.route() == Route.NASAL && e.doseMg().compareTo(BigDecimal.valueOf((long) e.devices() * p.mgPerDevice())) != 0) {
            return Optional.of(Refusal.of("ADM-3", "session.refused.devicesForDose", e.doseMg(), e.devices(), p.mgPerDevice()));
        }
        boolean durationOk = e.infusionMinutes() >= p.infusionMin().toMinutes() && e.infusionMinutes() <= p.infusionMax().toMinutes();
        if (e.route() == Route.IV && !durationOk) {
            return Optional.of(Refusal.of("ADM-4", "session.refused.infusionMinutes", p.infusionMin().toMinutes(),
                    p.infusionMax().toMinutes()));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> infusionStart(SessionSnapshot s, InfusionStarted e) {
        if (s.route().orElse(null) != Route.IV) {
            return Optional.of(Refusal.of("PRE-2", "session.refused.notAuthorisedForRoute", Route.IV.name()));
        }
        if (e.rateMlPerHour().signum() <= 0) {
            return Optional.of(Refusal.of("ADM-1", "session.refused.infusionRate"));
        }
        if (e.lot().isEmpty()) {
            return Optional.of(Refusal.of("ADM-3", "session.refused.lotRequired"));
        }
        return in(s.state(), e, DOSE_AUTHORISED);
    }

    private static Optional<Refusal> adverseEvent(SessionSnapshot s, AdverseEventOpened e) {
        if (s.openAdverseEvents().contains(e.eventId())) {
            return Optional.of(Refusal.of("OBS-4", "session.refused.adverseEventOpen", e.eventId()));
        }
        if (e.kind() == AdverseEventKind.OTHER && e.description().isEmpty()) {
            return Optional.of(Refusal.of("OBS-4", "session.refused.adverseEventKind"));
        }
        return observing(s.state(), e);
    }

    /** First whether a device may be given now at all, then whether this one is recorded as ADM-1/ADM-3 ask. */
    private static Optional<Refusal> device(SessionSnapshot s, DeviceGiven e) {
        Optional<Refusal> now = deviceNow(s, e);
        if (now.isPresent()) {
            return now;
        }
        if (e.lot().isEmpty()) {
            return Optional.of(Refusal.of("ADM-3", "session.refused.lotRequired"));
        }
        return e.dotsChecked() ? Optional.empty() : Optional.of(Refusal.of("ADM-1", "session.refused.dotsNotChecked"));
    }

    private static Optional<Refusal> deviceNow(SessionSnapshot s, DeviceGiven e) {
        if (s.baseline().isEmpty()) {
            return Optional.of(Refusal.of("BP-1", "session.refused.baselineFirst"));
        }
        if (s.route().orElse(null) != Route.NASAL && s.route().isPresent()) {
            return Optional.of(Refusal.of("PRE-2", "session.refused.notAuthorisedForRoute", Route.NASAL.name()));
        }
        if (s.state() == OBSERVING && s.redoseConsidered() && !e.restOverrideReason().isEmpty()) {
            // ADM-5: a re-dose after vomiting or an incomplete dose, on a prescriber's recorded reason.
            return e.number() != s.devicesGiven() + 1
                    ? Optional.of(Refusal.of("ADM-3", "session.refused.deviceNumber", s.devicesGiven() + 1, e.number()))
                    : Optional.empty();
        }
        if (s.state() == OBSERVING || s.state() == READY_FOR_DISCHARGE) {
            return Optional.of(s.redoseConsidered() ? Refusal.of("ADM-5", "session.refused.redoseNeedsOverride")
                    : Refusal.of("ADM-5", "session.refused.allDevicesGiven", s.devicesAuthorised()));
        }
        if (s.state() != DOSE_AUTHORISED && s.state() != ADMINISTERING) {
            return s.state().isFinished() ? wrongState(s.state(), e) : Optional.of(Refusal.of("PRE-2", "session.refused.notAuthorised"));
        }
        if (s.route().orElse(null) != Route.NASAL) {
            return Optional.of(Refusal.of("PRE-2", "session.refused.notAuthorisedForRoute", Route.NASAL.name()));
        }
        if (e.number() != s.devicesGiven() + 1) {
            return Optional.of(Refusal.of("ADM-3", "session.refused.deviceNumber", s.devicesGiven() + 1, e.number()));
        }
        if (s.lastDevice().filter(last -> e.at().isBefore(last)).isPresent()) {
            return Optional.of(Refusal.of("BP-8", "session.refused.beforePrevious"));
        }
        return Optional.empty();
    }

    /** ADM-2: the next device is locked until the rest ends, unless overridden with a reason. */
    private static Optional<Refusal> deviceRest(SessionSnapshot s, DeviceGiven e, SessionProtocol p) {
        Optional<Instant> unlocks = p.restEndsAt(s);
        if (unlocks.isEmpty() || !e.at().isBefore(unlocks.get()) || !e.restOverrideReason().isEmpty()) {
            return Optional.empty();
        }
        long secondsLeft = Duration.between(e.at(), unlocks.get()).toSeconds();
        return Optional.of(Refusal.of("ADM-2", "session.refused.deviceRest", p.deviceRest().toMinutes(), (secondsLeft + 59) / 60));
    }

    private static Optional<Refusal> infusionEnd(SessionSnapshot s, InfusionEnded e) {
        if (s.infusionStart().isEmpty() || s.infusionEnd().isPresent()) {
            return wrongState(s.state(), e);
        }
        if (e.volumeGivenMl().signum() < 0 || e.residualMl().signum() < 0) {
            return Optional.of(Refusal.of("ADM-1", "session.refused.infusionVolume"));
        }
        if (e.at().isBefore(s.infusionStart().get())) {
            return Optional.of(Refusal.of("BP-8", "session.refused.beforePrevious"));
        }
        // A referral mid-infusion still needs the volume given and the residual for the register (CD-5).
        return in(s.state(), e, ADMINISTERING, REFERRED);
    }

    private static Optional<Refusal> abandon(SessionState state, Abandoned e) {
        if (e.reason().isEmpty()) {
            return Optional.of(Refusal.of("SESSION", "reason.required"));
        }
        if (BEFORE_DOSING.contains(state)) {
            return Optional.empty();
        }
        // Once esketamine is in, the patient must be observed to discharge or referred.
        return state.isDosed() ? Optional.of(Refusal.of("OBS-1", "session.refused.abandonAfterDose")) : wrongState(state, e);
    }

    private static Optional<Refusal> observing(SessionState state, SessionEvent e) {
        return state == BOOKED || (state.isFinished() && state != REFERRED) ? wrongState(state, e) : Optional.empty();
    }

    private static Optional<Refusal> in(SessionState state, SessionEvent e, SessionState... allowed) {
        for (SessionState a : allowed) {
            if (a == state) {
                return Optional.empty();
            }
        }
        return wrongState(state, e);
    }

    private static Optional<Refusal> wrongState(SessionState state, SessionEvent e) {
        return Optional.of(Refusal.of("SESSION", WRONG_STATE, new Refusal.Phrase("session.action." + e.getClass().getSimpleName()),
                new Refusal.Phrase("session.state." + state.name())));
    }

    private static final String WRONG_STATE = "session.refused.state";

    /**
     * DIS-1: leaving is refused for a clinical reason, even when the state machine is what says
     * no first, so a nurse at 119 minutes reads "1 minute to go" (OBS-1) rather than a state name.
     * Before any dose there is no observation to complete: the way out is abandoning the session.
     */
    private static Refusal clinicalReason(SessionSnapshot s, SessionEvent event, SessionProtocol p, Refusal byState) {
        boolean discharge = event instanceof Discharged;
        boolean signing = event instanceof ReadyToLeaveSigned;
        if (!byState.messageKey().equals(WRONG_STATE) || !(discharge || signing) || s.state().isFinished()) {
            return byState;
        }
        if (!s.state().isDosed()) {
            return Refusal.of("OBS-1", "session.refused.notDosed", p.observation().toMinutes());
        }
        if (s.state() == READY_FOR_DISCHARGE) {
            return byState; // signing twice: the signature is already there
        }
        return firstUnmet(DischargeGate.evaluate(s, p, event.at()), signing ? DischargeGate.Criterion.CLINICIAN_SIGNED : null)
                .orElse(byState);
    }

    private static Optional<Refusal> firstUnmet(DischargeGate.Result result, DischargeGate.Criterion ignored) {
        return result.checks().stream().filter(c -> c.criterion() != ignored).flatMap(c -> c.reason().stream()).findFirst();
    }
}
