package org.vigil.domain.programme;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.DueItems;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;

/**
 * PAT-6: the risk programme's patient monitoring form for one session, filled from what the
 * session recorded. Nothing is typed in: a field the session did not record stays empty and
 * prints as "not recorded", so the prescriber sees what to add on the programme's own form.
 *
 * @param programmeNumber the patient's enrolment number; blank when not recorded
 * @param comedication PRE-1: the sedating drugs the patient named at the chair; empty when they
 *     said none, {@link Comedication#notAsked()} when the checklist was not answered
 * @param monitoringClinician who signed "clinically stable and ready to leave", or who referred the
 *     patient to emergency care
 * @param lots the lots of the devices or vials given, in order, without repeats
 * @param firstTreatment no earlier session of this patient had a dose given
 * @param minutesMonitored from the first device (or the infusion start) to the discharge or referral
 * @param readyToLeaveMinutes DIS-2: from the dose start to the ready-to-leave time
 * @param bpCheckMinutes BP-3's check time in the clinic's protocol (40 by default)
 * @param lowestMoaas OBS-2: the deepest sedation scored; empty when none was scored
 * @param seriousAdverseEvents OBS-4: the serious kinds, in order
 */
public record MonitoringForm(
        long sessionId,
        String programmeNumber,
        String patientName,
        LocalDate dateOfBirth,
        Sex sex,
        Comedication comedication,
        String monitoringClinician,
        String setting,
        LocalDate sessionDate,
        BigDecimal doseMg,
        Route route,
        List<String> lots,
        boolean firstTreatment,
        long minutesMonitored,
        Optional<Long> readyToLeaveMinutes,
        Acceptable vitalsBefore,
        Acceptable vitalsAtEnd,
        Optional<Bp> bpBefore,
        Optional<Bp> bpAtCheck,
        int bpCheckMinutes,
        Optional<Bp> bpAtEnd,
        Optional<Integer> lowestMoaas,
        boolean dissociation,
        boolean respiratoryDepression,
        List<AdverseEventKind> seriousAdverseEvents,
        Outcome outcome) {

    /** One blood pressure as the form asks it: the reading and the minute after the dose start it was taken. */
    public record Bp(int sbp, int dbp, long minute) {}

    /** Were the vital signs acceptable? A prescriber's signed acceptance is said as such, never as a plain yes. */
    public enum Acceptable { YES, ACCEPTED_BY_PRESCRIBER, NO, NOT_RECORDED }

    /** How the session ended. */
    public enum Outcome { DISCHARGED, REFERRED }

    /** PRE-1 "no sedating co-medication": what the patient said at the chair. */
    public record Comedication(boolean asked, String named) {
        public static Comedication notAsked() {
            return new Comedication(false, "");
        }

        /** Said none. */
        public boolean none() {
            return asked && named.isEmpty();
        }
    }

    public MonitoringForm {
        programmeNumber = programmeNumber == null ? "" : programmeNumber;
        lots = List.copyOf(lots);
        seriousAdverseEvents = List.copyOf(seriousAdverseEvents);
        Objects.requireNonNull(outcome);
    }

    /** Who the form is about and where: what the session's replay does not know. */
    public record Header(long sessionId, String programmeNumber, String patientName, LocalDate dateOfBirth, Sex sex, String setting,
                         LocalDate sessionDate, boolean firstTreatment) {}

    /**
     * The form of an ended session in which a dose was given; empty for any other session, which
     * the programme does not ask about.
     *
     * @param clinician the signer of the ready-to-leave signature (or the referral)
     */
    public static Optional<MonitoringForm> of(Header h, SessionSnapshot s, SessionProtocol p, String clinician) {
        Optional<Instant> start = s.doseStart();
        Optional<Instant> end = endedAt(s);
        if (start.isEmpty() || end.isEmpty() || s.route().isEmpty()) {
            return Optional.empty();
        }
        Optional<SessionEvent.Discharged> discharged = s.events().stream().filter(e -> e instanceof SessionEvent.Discharged)
                .map(e -> (SessionEvent.Discharged) e).findFirst();
        long minutes = Duration.between(start.get(), end.get()).toMinutes();
        Optional<Long> ready = discharged.flatMap(d -> Optional.ofNullable(d.readyToLeaveAt()))
                .map(t -> Duration.between(start.get(), t).toMinutes());
        List<SessionEvent.VitalsRecorded> post = s.postDoseReadings();
        Optional<Bp> before = s.baseline().map(b -> new Bp(b.sbp(), b.dbp(), -Duration.between(b.observedAt(), start.get()).toMinutes()));
        Optional<Bp> atCheck = DueItems.bpCheckReading(s, p).map(r -> bp(r, start.get()));
        Optional<Bp> atEnd = post.isEmpty() ? Optional.empty() : Optional.of(bp(post.getLast(), start.get()));
        return Optional.of(new MonitoringForm(h.sessionId(), h.programmeNumber(), h.patientName(), h.dateOfBirth(), h.sex(),
                comedication(s), clinician, h.setting(), h.sessionDate(), s.doseMg(), s.route().get(), lots(s), h.firstTreatment(), minutes,
                ready, vitalsBefore(s, p), vitalsAtEnd(s, p), before, atCheck, (int) p.bpCheckAfter().toMinutes(), atEnd,
                s.scores().stream().map(SessionEvent.SedationScored::moaas).min(Integer::compare), dissociation(s),
                s.adverseEvents().stream().anyMatch(a -> a.kind() == AdverseEventKind.RESPIRATORY_DEPRESSION),
                s.adverseEvents().stream().filter(SessionEvent.AdverseEventOpened::serious).map(SessionEvent.AdverseEventOpened::kind).toList(),
                s.state() == SessionState.REFERRED ? Outcome.REFERRED : Outcome.DISCHARGED));
    }

    /** The end of monitoring: the discharge, or the hand-over to emergency care after a dose. */
    public static Optional<Instant> endedAt(SessionSnapshot s) {
        if (s.state() == SessionState.DISCHARGED) {
            return s.dischargedAt();
        }
        if (s.state() == SessionState.REFERRED && s.doseStart().isPresent()) {
            return s.events().stream().filter(e -> e instanceof SessionEvent.ReferredToEmergency).map(SessionEvent::at).findFirst();
        }
        return Optional.empty();
    }

    private static Bp bp(SessionEvent.VitalsRecorded r, Instant start) {
        return new Bp(r.sbp(), r.dbp(), Duration.between(start, r.observedAt()).toMinutes());
    }

    private static Comedication comedication(SessionSnapshot s) {
        ChecklistAnswered answered = s.checklist().get(ChecklistItem.NO_SEDATING_COMEDICATION);
        if (answered == null) {
            return Comedication.notAsked();
        }
        return new Comedication(true, answered.answer().yes() ? "" : answered.answer().detail());
    }

    private static List<String> lots(SessionSnapshot s) {
        List<String> lots = new ArrayList<>();
        Stream.concat(s.events().stream().filter(e -> e instanceof SessionEvent.DeviceGiven).map(e -> ((SessionEvent.DeviceGiven) e).lot()),
                s.infusion().stream().map(SessionEvent.InfusionStarted::lot)).filter(l -> !l.isEmpty() && !lots.contains(l)).forEach(lots::add);
        return lots;
    }

    /** BP-2: the baseline within the thresholds, or above them and accepted by the prescriber. */
    private static Acceptable vitalsBefore(SessionSnapshot s, SessionProtocol p) {
        if (s.baseline().isEmpty()) {
            return Acceptable.NOT_RECORDED;
        }
        SessionEvent.VitalsRecorded b = s.baseline().get();
        if (!p.baselineNeedsOverride(b.sbp(), b.dbp())) {
            return Acceptable.YES;
        }
        return s.events().stream().anyMatch(e -> e instanceof SessionEvent.BaselineOverridden) ? Acceptable.ACCEPTED_BY_PRESCRIBER
                : Acceptable.NO;
    }

    /** DIS-1: the last reading within the discharge thresholds, or accepted by the prescriber for discharge. */
    private static Acceptable vitalsAtEnd(SessionSnapshot s, SessionProtocol p) {
        Optional<SessionEvent.VitalsRecorded> last = s.latestPostDoseReading();
        if (last.isEmpty()) {
            return Acceptable.NOT_RECORDED;
        }
        SessionEvent.VitalsRecorded r = last.get();
        if (!p.isElevated(r.sbp(), r.dbp()) && r.spo2() >= p.dischargeMinimumSpo2()) {
            return Acceptable.YES;
        }
        return s.dischargeBpOverriddenAt().filter(at -> !at.isBefore(r.observedAt())).isPresent() ? Acceptable.ACCEPTED_BY_PRESCRIBER
                : Acceptable.NO;
    }

    private static boolean dissociation(SessionSnapshot s) {
        return s.events().stream().anyMatch(e -> e instanceof SessionEvent.DissociationNoted d && d.present())
                || s.adverseEvents().stream().anyMatch(a -> a.kind() == AdverseEventKind.DISSOCIATION);
    }
}
