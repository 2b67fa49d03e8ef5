package org.vigil.domain.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        int doseMg;
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

        void apply(SessionEvent event) {
            switch (event) {
                case CheckedIn e -> {
                    hepatic = e.hepaticMonitoring();
                    state = SessionState.CHECKED_IN;
                }
                case ChecklistCompleted e -> {
                    checklist = true;
                    preDoseChecksMaybeDone();
                }
                case BaselineRecorded e -> {
                    baseline = e;
                    preDoseChecksMaybeDone();
                }
                case DoseAuthorised e -> {
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
                    infusionStart = e.at();
                    state = SessionState.ADMINISTERING;
                }
                case InfusionEnded e -> {
                    infusionEnd = e.at();
                    state = SessionState.OBSERVING;
                }
                case VitalsRecorded e -> readings.add(e);
                case SedationScored e -> scores.add(e);
                case DissociationNoted e -> dissociation = e.present();
                case AdverseEventOpened e -> {
                    openAdverse.add(e.eventId());
                    signatureVoided();
                }
                case AdverseEventResolved e -> openAdverse.remove(e.eventId());
                case TransportArrived e -> transportAt = e.at();
                case ReadyToLeaveSigned e -> {
                    signedAt = e.at();
                    state = SessionState.READY_FOR_DISCHARGE;
                }
                case Discharged e -> {
                    dischargedAt = e.at();
                    state = SessionState.DISCHARGED;
                }
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
                    Optional.ofNullable(dischargedAt));
        }
    }
}
