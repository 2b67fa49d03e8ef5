package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.BaselineOverridden;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
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
 * Folds a session's events into a {@link SessionSnapshot}. Replay does not judge: events were
 * checked by {@link SessionTransitions} before they were stored, so replay accepts whatever the
 * store holds and never loses a stored fact. Because it is a pure function of the events, a
 * restart rebuilds exactly the session the nurse left (ALM-4).
 */
public final class SessionReplay {

    private SessionReplay() {}

    public static SessionSnapshot replay(List<SessionEvent> events) {
        Fold f = new Fold();
        for (SessionEvent e : events) {
            f.apply(e);
        }
        return f.snapshot(events);
    }

    /** The mutable working state of one replay; never escapes this class. */
    private static final class Fold {
        SessionState state = SessionState.BOOKED;
        boolean hepatic;
        boolean checklist;
        BaselineRecorded baseline;
        Route route;
        BigDecimal doseMg = BigDecimal.ZERO;
        int devicesAuthorised;
        final List<Instant> devices = new ArrayList<>();
        Instant infusionStart;
        Instant infusionEnd;
        final List<VitalsRecorded> readings = new ArrayList<>();
        final List<SedationScored> scores = new ArrayList<>();
        boolean dissociation;
        final Set<String> openAdverse = new LinkedHashSet<>();
        Instant transportAt;
        Instant signedAt;
        Instant dischargedAt;
        final Map<ChecklistItem, ChecklistAnswered> checklistAnswers = new EnumMap<>(ChecklistItem.class);
        String baselineOverride;
        DoseAuthorised authorisation;
        InfusionStarted infusion;
        InfusionEnded infusionStop;
        final List<AdministrationProblem> problems = new ArrayList<>();
        final List<AdverseEventOpened> adverse = new ArrayList<>();
        final List<AdverseEventResolved> adverseResolved = new ArrayList<>();
        final List<AlarmAcknowledged> acks = new ArrayList<>();
        final List<AlarmResolved> alarmsResolved = new ArrayList<>();
        Instant dischargeBpOverriddenAt;

        void apply(SessionEvent event) {
            switch (event) {
                case CheckedIn e -> {
                    hepatic = e.hepaticMonitoring();
                    state = SessionState.CHECKED_IN;
                }
                case ChecklistAnswered e -> checklistAnswers.put(e.answer().item(), e);
                // PAT-2/PAT-4: read back by SessionSnapshot.checklistOverrides, in event order.
                case SessionEvent.ChecklistOverridden e -> { }
                case ChecklistCompleted e -> {
                    checklist = true;
                    preDoseChecksMaybeDone();
                }
                case BaselineRecorded e -> {
                    baseline = e;
                    baselineOverride = null; // BP-2: an override covers the baseline it was given for
                    preDoseChecksMaybeDone();
                }
                case BaselineOverridden e -> baselineOverride = e.reason();
                case DoseAuthorised e -> {
                    authorisation = e;
                    route = e.route();
                    doseMg = e.doseMg();
                    devicesAuthorised = e.devices();
                    state = SessionState.DOSE_AUTHORISED;
                }
                case DeviceGiven e -> {
                    devices.add(e.at());
                    state = devices.size() >= devicesAuthorised ? SessionState.OBSERVING : SessionState.ADMINISTERING;
                }
                case InfusionStarted e -> {
                    infusion = e;
                    infusionStart = e.at();
                    state = SessionState.ADMINISTERING;
                }
                case InfusionEnded e -> {
                    infusionStop = e;
                    infusionEnd = e.at();
                    state = SessionState.OBSERVING;
                }
                case VitalsRecorded e -> readings.add(e);
                case SedationScored e -> scores.add(e);
                case DissociationNoted e -> dissociation = e.present();
                case AdministrationProblem e -> problems.add(e);
                case AdverseEventOpened e -> {
                    adverse.add(e);
                    openAdverse.add(e.eventId());
                    signatureVoided();
                    if (e.serious()) {
                        state = SessionState.REFERRED; // OBS-4: a serious event is the referral
                    }
                }
                case AdverseEventResolved e -> {
                    adverseResolved.add(e);
                    openAdverse.remove(e.eventId());
                }
                case AlarmAcknowledged e -> acks.add(e);
                case AlarmResolved e -> alarmsResolved.add(e);
                case SessionEvent.DischargeBpOverridden e -> dischargeBpOverriddenAt = e.at();
                case TransportArrived e -> transportAt = e.at();
                case ReadyToLeaveSigned e -> {
                    signedAt = e.at();
                    state = SessionState.READY_FOR_DISCHARGE;
                }
                case Discharged e -> {
                    dischargedAt = e.at();
                    state = SessionState.DISCHARGED;
                }
                // DIS-3: read back by SessionSnapshot.dischargeAdvice; it changes nothing the gate decides.
                case SessionEvent.DischargeAdviceGiven e -> { }
                case Abandoned e -> state = SessionState.ABANDONED;
                case ReferredToEmergency e -> state = SessionState.REFERRED;
            }
        }

        private void preDoseChecksMaybeDone() {
            if (checklist && baseline != null && state == SessionState.CHECKED_IN) {
                state = SessionState.PRE_DOSE_CHECKS_DONE;
            }
        }

        /** A new adverse event after the sign-off means the patient is no longer "ready to leave". */
        private void signatureVoided() {
            if (state == SessionState.READY_FOR_DISCHARGE) {
                state = SessionState.OBSERVING;
                signedAt = null;
            }
        }

        SessionSnapshot snapshot(List<SessionEvent> events) {
            Optional<VitalsRecorded> baselineReading = Optional.ofNullable(baseline)
                    .map(b -> new VitalsRecorded(b.at(), b.sbp(), b.dbp(), b.heartRate(), b.spo2()));
            return new SessionSnapshot(events, state, hepatic, checklist, baselineReading, Optional.ofNullable(route), doseMg,
                    devicesAuthorised, devices, Optional.ofNullable(infusionStart), Optional.ofNullable(infusionEnd),
                    readings.stream().sorted(Comparator.comparing(VitalsRecorded::observedAt)).toList(),
                    scores.stream().sorted(Comparator.comparing(SedationScored::observedAt)).toList(), dissociation,
                    List.copyOf(openAdverse), Optional.ofNullable(transportAt), Optional.ofNullable(signedAt),
                    Optional.ofNullable(dischargedAt), checklistAnswers, Optional.ofNullable(baselineOverride),
                    Optional.ofNullable(authorisation), Optional.ofNullable(infusion), Optional.ofNullable(infusionStop), problems, adverse,
                    adverseResolved, acks, alarmsResolved, Optional.ofNullable(dischargeBpOverriddenAt));
        }
    }
}
