package org.vigil.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Settings;
import org.vigil.domain.course.CourseEnd;
import org.vigil.domain.course.CourseField;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Enrolment;
import org.vigil.domain.course.EnrolmentCheck;
import org.vigil.domain.course.EnrolmentRules;
import org.vigil.domain.course.Finding;
import org.vigil.domain.course.FrequencyChange;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.MonitoringPlan;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.MonitoringRules;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.Route;
import org.vigil.domain.course.Schedule;
import org.vigil.domain.course.ScheduleRules;
import org.vigil.domain.course.ScheduleStatus;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.course.Suspension;
import org.vigil.domain.course.TreatmentCourse;
import org.vigil.domain.course.WeekFourReview;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.scale.ScaleAssessment;
import org.vigil.store.CourseStore.StoredCourse;
import org.vigil.store.CourseStore;
import org.vigil.store.FollowUpStore;
import org.vigil.store.PatientStore;
import org.vigil.store.ScreeningStore;
import org.vigil.store.SessionStore;
import org.vigil.store.Transaction;

/**
 * Treatment courses: started by a prescriber after screening (PAT-1…6), moved through their
 * phases by date and by the prescriber's decisions (SCH-1…5), ended with a reason.
 */
public final class Courses {

    /** A course that was started; its warnings were shown and are kept in the audit trail. */
    public record Started(CourseView course, List<Finding> warnings) {}

    private final ClinicalContext ctx;
    private final CourseStore courses;
    private final SessionStore sessions;
    private final FollowUpStore followUp;

    Courses(ClinicalContext ctx, CourseStore courses, SessionStore sessions, FollowUpStore followUp) {
        this.ctx = ctx;
        this.courses = courses;
        this.sessions = sessions;
        this.followUp = followUp;
    }

    public Outcome<Started> start(Actor actor, long patientId, Indication indication, Route route, String otherIndication,
                                LocalDate plannedStart) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.PRESCRIBE, "courses.start");
            if (refused != null) {
                return Outcome.<Started>refused(refused);
            }
            Optional<PatientStore.StoredPatient> patient = ctx.patients.byId(tx, patientId);
            if (patient.isEmpty() || !patient.get().active()) {
                return Outcome.<Started>refused(Refusal.of("REG", "patient.notFound"));
            }
            List<FieldProblem<CourseField>> problems = TreatmentCourse.problems(indication, route, otherIndication, plannedStart);
            if (!problems.isEmpty()) {
                return Outcome.invalid(problems);
            }
            Optional<ScreeningStore.StoredScreening> screening = ctx.screenings.latest(tx, patientId);
            if (screening.isEmpty()) {
                return Outcome.<Started>refused(Refusal.of("PAT-1", "course.screening.required"));
            }
            TreatmentCourse proposed = TreatmentCourse.planned(Regimen.of(indication, route).orElseThrow(), otherIndication, plannedStart);
            List<TreatmentCourse> others = courses.ofPatient(tx, patientId).stream().map(StoredCourse::course).toList();
            EnrolmentCheck check = Enrolment.check(patient.get().patient(), screening.get().screening(), proposed, others,
                    EnrolmentRules.from(ctx.settings(tx)), ctx.today());
            // A hard stop (PAT-1, …) or a finding that needs a prescriber's override first.
            Optional<Refusal> notAllowed = check.refusal();
            if (notAllowed.isPresent()) {
                ctx.audit.record(tx, actor, "COURSE_REFUSED", "patient", patientId, null, proposed.regimen().name(),
                        check.findings().stream().filter(Finding::blocks).map(f -> f.refusal().ruleId() + " " + f.refusal().messageKey())
                                .toList().toString());
                return Outcome.<Started>refused(notAllowed.get());
            }
            long id = courses.insert(tx, patientId, proposed, screening.get().id(), actor.userId(), ctx.clock.instant());
            ctx.audit.record(tx, actor, "COURSE_STARTED", "course", id, null, "patient=" + patientId + "; regimen=" + proposed.regimen()
                    + "; other=" + proposed.otherIndication() + "; plannedStart=" + plannedStart + "; screening=" + screening.get().id(),
                    check.findings().isEmpty() ? null : "findings: " + check.findings().stream()
                            .map(f -> f.refusal().ruleId() + " " + f.refusal().messageKey()).toList());
            return Outcome.done(new Started(view(tx, courses.byId(tx, id).orElseThrow()), check.warnings()));
        });
    }

    public Outcome<List<CourseView>> ofPatient(Actor actor, long patientId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "courses.ofPatient");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        // Issue 16: all of them together, as the day list reads them; one by one a patient with years of courses cost seven statements each.
        return Outcome.done(ctx.database.read(tx -> views(tx, courses.ofPatient(tx, patientId))));
    }

    /** The answer to the week-4 review (SCH-1, SCH-2): continue, change the frequency, or stop. */
    public Outcome<CourseView> answerReview(Actor actor, long courseId, LocalDate answeredOn, ReviewDecision decision, String reason) {
        return decide(actor, courseId, "courses.review", reason, (course, by) -> course.answerReview(new WeekFourReview(answeredOn, decision, by)),
                (tx, by) -> courses.addReview(tx, courseId, new WeekFourReview(answeredOn, decision, by)), "COURSE_REVIEWED",
                "decision=" + decision + "; on=" + answeredOn);
    }

    /** A change of session frequency, e.g. stepping back after missed maintenance sessions (SCH-5). */
    public Outcome<CourseView> changeFrequency(Actor actor, long courseId, LocalDate effectiveFrom, SessionFrequency frequency,
                                               String reason) {
        return decide(actor, courseId, "courses.changeFrequency", reason,
                (course, by) -> course.changeFrequency(new FrequencyChange(effectiveFrom, frequency, by)),
                (tx, by) -> courses.addFrequencyChange(tx, courseId, new FrequencyChange(effectiveFrom, frequency, by)),
                "COURSE_FREQUENCY_CHANGED", "frequency=" + frequency + "; from=" + effectiveFrom);
    }

    public Outcome<CourseView> end(Actor actor, long courseId, LocalDate endedOn, EndReason reason, String explanation) {
        return ctx.database.write(tx -> {
            List<LocalDate> given = sessions.dosesGiven(tx, courseId);
            Optional<LocalDate> last = given.isEmpty() ? Optional.empty() : Optional.of(given.getLast());
            return decideIn(tx, actor, courseId, "courses.end", explanation,
                    (course, by) -> course.endCourse(new CourseEnd(endedOn, reason, by), last),
                    (same, by) -> courses.addEnd(same, courseId, new CourseEnd(endedOn, reason, by)),
                    "COURSE_ENDED", "reason=" + reason + "; on=" + endedOn);
        });
    }

    private interface Decision {
        Outcome<TreatmentCourse> apply(TreatmentCourse course, PrescriberDecision by);
    }

    private interface Write {
        void apply(Transaction tx, PrescriberDecision by);
    }

    private Outcome<CourseView> decide(Actor actor, long courseId, String action, String reason, Decision decision, Write write,
                                       String auditAction, String newValue) {
        return ctx.database.write(tx -> decideIn(tx, actor, courseId, action, reason, decision, write, auditAction, newValue));
    }

    /** A prescriber's decision on a course: checked by the domain, written with its audit event. */
    private Outcome<CourseView> decideIn(Transaction tx, Actor actor, long courseId, String action, String reason, Decision decision,
                                         Write write, String auditAction, String newValue) {
        Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.PRESCRIBE, action);
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Optional<StoredCourse> stored = courses.byId(tx, courseId);
        if (stored.isEmpty()) {
            return Outcome.refused(Refusal.of("SCH-6", "course.notFound"));
        }
        PrescriberDecision by = new PrescriberDecision(actor.userId(), actor.fullName(), ctx.clock.instant(), reason);
        Outcome<TreatmentCourse> decided = decision.apply(stored.get().course(), by);
        if (!decided.isDone()) {
            return decided.notDone();
        }
        write.apply(tx, by);
        ctx.audit.record(tx, actor, auditAction, "course", courseId, null, newValue, by.reason());
        return Outcome.done(view(tx, courses.byId(tx, courseId).orElseThrow()));
    }

    CourseView view(Transaction tx, StoredCourse stored) {
        return views(tx, List.of(stored)).getFirst();
    }

    /** For the day list: each active course's schedule today. */
    List<CourseView> activeViews(Transaction tx) {
        return views(tx, courses.active(tx));
    }

    /**
     * The courses with their schedule, monitoring, scales and suspension, read for all of them
     * together: a query per kind of fact, not per course (the day list reads every active course).
     */
    private List<CourseView> views(Transaction tx, List<StoredCourse> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Settings settings = ctx.settings(tx);
        LocalDate today = ctx.today();
        List<Long> ids = stored.stream().map(StoredCourse::id).toList();
        Map<Long, List<LocalDate>> given = sessions.dosesGiven(tx, ids);
        Map<Long, List<MonitoringResult>> monitoring = followUp.monitoring(tx, ids);
        Map<Long, List<ScaleAssessment>> scales = followUp.scales(tx, ids);
        Map<Long, ScreeningStore.StoredScreening> screenings = ctx.screenings.latest(tx,
                stored.stream().map(StoredCourse::patientId).distinct().toList());
        List<CourseView> views = new ArrayList<>();
        for (StoredCourse course : stored) {
            List<LocalDate> doses = given.getOrDefault(course.id(), List.of());
            List<MonitoringResult> results = monitoring.getOrDefault(course.id(), List.of());
            ScheduleStatus status = Schedule.status(course.course(), doses, ScheduleRules.from(settings), today);
            var tasks = MonitoringPlan.tasks(course.course(), status, doses.stream().findFirst(), MonitoringResult.lastDone(results),
                    MonitoringRules.from(settings), today);
            views.add(new CourseView(course.id(), course.patientId(), course.course(), status, doses, tasks, results,
                    scales.getOrDefault(course.id(), List.of()),
                    Suspension.of(course.course(), Optional.ofNullable(screenings.get(course.patientId()))
                            .map(ScreeningStore.StoredScreening::screening))));
        }
        return views;
    }

    /** The regimens of several courses in one query. */
    Map<Long, org.vigil.domain.course.Regimen> regimens(Transaction tx, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : courses.regimens(tx, ids);
    }

    Optional<StoredCourse> stored(Transaction tx, long courseId) {
        return courses.byId(tx, courseId);
    }
}
