package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.course.CourseEnd;
import org.vigil.domain.course.CourseField;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringTask;
import org.vigil.domain.course.NextSession;
import org.vigil.domain.course.Phase;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.course.ReviewTask;
import org.vigil.domain.Route;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;

@DisplayName("A prescriber starts and steers a treatment course")
class CoursesTest {

    /** Monday 3 March 2025: the clinic's day when the test starts, and the TRD course's first session. */
    private static final LocalDate DAY0 = PatientForm.TODAY;
    /** SCH-1: twice weekly in weeks 1–4, counted from the first session. */
    private static final int[] INDUCTION_DAYS = {0, 3, 7, 10, 14, 17, 21, 24};

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Actor nurse;
    private Actor prescriber;
    private long david;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        prescriber = clinic.person("drchen", "ginger tea before the first session", Role.PRESCRIBER);
        david = ((Registration.Saved) clinic.services().patients().register(nurse, PatientForm.david().patient(), false).value())
                .patient().id();
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private Courses courses() {
        return clinic.services().courses();
    }

    private static LocalDate day(int n) {
        return DAY0.plusDays(n);
    }

    /** Moves the clinic's clock to 08:00 on a course day. */
    private void goTo(int n) {
        clinic.clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), day(n))));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clinic.clock.instant(), clinic.clock.getZone());
    }

    private void screen(Actor who, Screening screening) {
        clinic.services().screenings().record(who, david, screening).value();
    }

    private static Screening found(Contraindication c, Map<Contraindication, PrescriberDecision> overrides) {
        return new Screening(DAY0, Set.of(c), PregnancyStatus.NOT_ASKED, false, overrides, Optional.empty(), Optional.empty());
    }

    private Outcome<Courses.Started> startTrdNasal(Actor who, LocalDate plannedStart) {
        return courses().start(who, david, Indication.TRD, Route.NASAL, "", plannedStart);
    }

    private CourseView started(LocalDate plannedStart) {
        return startTrdNasal(prescriber, plannedStart).value().course();
    }

    /** The refusal of a course that may not start: every blocking finding, one per line, under the first one's rule ID. */
    private static Refusal notAllowed(Refusal... lines) {
        return Refusal.of(lines[0].ruleId(), "course.notAllowed", List.of(lines));
    }

    private static Refusal hardStop(String ruleId, String messageKey) {
        return Refusal.of(ruleId, "course.finding.hardStop", Refusal.of(ruleId, messageKey), ruleId);
    }

    private static Refusal needsOverride(String ruleId, String messageKey) {
        return Refusal.of(ruleId, "course.finding.needsOverride", Refusal.of(ruleId, messageKey), ruleId);
    }

    private CourseView course(long id) {
        return courses().ofPatient(nurse, david).value().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private List<CourseView> davidsCourses() {
        return courses().ofPatient(nurse, david).value();
    }

    /** A TRD nasal course whose eight induction doses were given; the clock is on day 28, the review one day late. */
    private long inductionGiven() {
        screen(nurse, Screening.clear(DAY0));
        long id = started(DAY0).id();
        GivenDoses.given(clinic, id, nurse.userId(), Arrays.stream(INDUCTION_DAYS).mapToObj(CoursesTest::day)
                .toArray(LocalDate[]::new));
        goTo(28);
        return id;
    }

    @Test
    @DisplayName("ROLE-2 a nurse cannot start a course; the attempt is audited and no course is stored")
    void nurseCannotStart() {
        screen(nurse, Screening.clear(DAY0));

        assertThat(courses().start(nurse, david, Indication.TRD, Route.NASAL, "", DAY0).refusalOrNull())
                .isEqualTo(Refusal.of("ROLE-2", "refused.role", "PRESCRIBE"));

        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("REFUSED");
        assertThat(event.newValue()).isEqualTo("courses.start");
        assertThat(davidsCourses()).isEmpty();
    }

    @Test
    @DisplayName("PAT-1 a course cannot start before the patient is screened")
    void screeningRequired() {
        assertThat(courses().start(prescriber, david, Indication.TRD, Route.NASAL, "", DAY0).refusalOrNull())
                .isEqualTo(Refusal.of("PAT-1", "course.screening.required"));
        assertThat(davidsCourses()).isEmpty();
    }

    @Test
    @DisplayName("PAT-1 an aortic aneurysm is a hard stop: not allowed, audited as COURSE_REFUSED, no course stored")
    void absoluteContraindication() {
        screen(nurse, found(Contraindication.AORTIC_ANEURYSM, Map.of()));

        Outcome<Courses.Started> start = startTrdNasal(prescriber, DAY0);

        assertThat(start.refusalOrNull()).isEqualTo(notAllowed(hardStop("PAT-1", "contraindication.AORTIC_ANEURYSM.refusal")));
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("COURSE_REFUSED");
        assertThat(event.userId()).isEqualTo(prescriber.userId());
        assertThat(event.entityType()).isEqualTo("patient");
        assertThat(event.entityId()).isEqualTo(String.valueOf(david));
        assertThat(event.newValue()).isEqualTo("TRD_NASAL");
        assertThat(event.reason()).contains("PAT-1 contraindication.AORTIC_ANEURYSM.refusal");
        assertThat(davidsCourses()).isEmpty();
    }

    @Test
    @DisplayName("PAT-2 psychotic symptoms need a prescriber's override; with it in the screening the course starts")
    void relativeContraindicationNeedsOverride() {
        screen(nurse, found(Contraindication.PSYCHOTIC_SYMPTOMS, Map.of()));

        assertThat(startTrdNasal(prescriber, DAY0).refusalOrNull())
                .isEqualTo(notAllowed(needsOverride("PAT-2", "contraindication.PSYCHOTIC_SYMPTOMS.refusal")));
        assertThat(davidsCourses()).isEmpty();

        PrescriberDecision form = new PrescriberDecision(0, "", TestClinic.MORNING, "single episode in 2019, stable since");
        screen(prescriber, found(Contraindication.PSYCHOTIC_SYMPTOMS, Map.of(Contraindication.PSYCHOTIC_SYMPTOMS, form)));
        Outcome<Courses.Started> start = startTrdNasal(prescriber, DAY0);

        assertThat(start).isInstanceOfSatisfying(Outcome.Done.class, s ->
                assertThat(start.value().course().course().regimen()).isEqualTo(Regimen.TRD_NASAL));
        assertThat(davidsCourses()).hasSize(1);
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("COURSE_STARTED");
        assertThat(event.reason()).contains("PAT-2 contraindication.PSYCHOTIC_SYMPTOMS.refusal");
    }

    @Test
    @DisplayName("SCH-1 SCH-6 a TRD nasal course starts with its first session due on the planned day, and is audited")
    void trdNasalStarted() {
        screen(nurse, Screening.clear(DAY0));
        LocalDate wednesday = DAY0.plusDays(2);

        Outcome<Courses.Started> start = startTrdNasal(prescriber, wednesday);

        assertThat(start).isInstanceOf(Outcome.Done.class);
        CourseView view = start.value().course();
        assertThat(start.value().warnings()).isEmpty();
        assertThat(view.patientId()).isEqualTo(david);
        assertThat(view.course().plannedStart()).isEqualTo(wednesday);
        assertThat(view.course().active()).isTrue();
        assertThat(view.status().weekToday()).isZero();
        assertThat(view.status().next()).isEqualTo(new NextSession.Due(wednesday, 1, Phase.INDUCTION, SessionFrequency.TWICE_WEEKLY, 0, List.of()));
        assertThat(view.status().review()).isEmpty();
        assertThat(view.dosesGiven()).isEmpty();
        // SCH-7: every task first due when the course starts.
        assertThat(view.monitoringDue()).extracting(MonitoringTask::dueOn).containsOnly(wednesday);
        assertThat(view.monitoringDue()).extracting(MonitoringTask::kind).contains(MonitoringKind.SUBSTANCE_USE_QUESTION,
                MonitoringKind.DRUG_SCREEN);
        assertThat(davidsCourses()).containsExactly(view);
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("COURSE_STARTED");
        assertThat(event.entityType()).isEqualTo("course");
        assertThat(event.entityId()).isEqualTo(String.valueOf(view.id()));
        assertThat(event.newValue()).contains("patient=" + david, "regimen=TRD_NASAL", "plannedStart=2025-03-05");
    }

    @Test
    @DisplayName("PAT-5 MDSI by IV is not a regimen; the form is returned and nothing is stored")
    void invalidForm() {
        screen(nurse, Screening.clear(DAY0));

        assertThat(courses().start(prescriber, david, Indication.MDSI, Route.IV, "", DAY0)).isEqualTo(Outcome.invalid(
                List.of(FieldProblem.of(CourseField.ROUTE, "PAT-5", "course.route.notForIndication.MDSI"))));
        assertThat(davidsCourses()).isEmpty();
    }

    @Test
    @DisplayName("PAT-5 one active course at a time")
    void oneActiveCourse() {
        screen(nurse, Screening.clear(DAY0));
        started(DAY0);

        assertThat(startTrdNasal(prescriber, DAY0.plusDays(7)).refusalOrNull())
                .isEqualTo(notAllowed(hardStop("PAT-5", "enrolment.activeCourse")));
        assertThat(davidsCourses()).hasSize(1);
    }

    @Test
    @DisplayName("a course cannot start for a patient marked inactive")
    void inactivePatient() {
        screen(nurse, Screening.clear(DAY0));
        clinic.services().patients().deactivate(nurse, david, "transferred to another clinic").value();

        assertThat(courses().start(prescriber, david, Indication.TRD, Route.NASAL, "", DAY0).refusalOrNull())
                .isEqualTo(Refusal.of("REG", "patient.notFound"));
    }

    @Test
    @DisplayName("SCH-1 four weeks of twice-weekly doses: each next session due on time, the review task from week 4, then awaiting review")
    void inductionWalk() {
        screen(nurse, Screening.clear(DAY0));
        long id = started(DAY0).id();

        for (int n : INDUCTION_DAYS) {
            goTo(n);
            CourseView before = course(id);
            assertThat(before.status().next()).as("day %d", n).isInstanceOfSatisfying(NextSession.Due.class, due -> {
                assertThat(due.date()).isEqualTo(day(n));
                assertThat(due.phase()).isEqualTo(Phase.INDUCTION);
                assertThat(due.frequency()).isEqualTo(SessionFrequency.TWICE_WEEKLY);
                assertThat(due.overdue()).isFalse();
            });
            // SCH-1: the review task shows from the first day of week 4 (day 21), due on its last day.
            if (n < 21) {
                assertThat(before.status().review()).as("day %d", n).isEmpty();
            } else {
                assertThat(before.status().review()).as("day %d", n).contains(new ReviewTask(day(27), 0, "SCH-1"));
            }
            long session = clinic.services().clinicDay().book(nurse, id, today(), 1).value().sessionId();
            GivenDoses.discharged(clinic, session);
        }

        CourseView afterInduction = course(id);
        assertThat(afterInduction.dosesGiven()).hasSize(8).first().isEqualTo(DAY0);
        assertThat(afterInduction.status().weekToday()).isEqualTo(4);
        assertThat(afterInduction.status().missed()).isEmpty();
        assertThat(afterInduction.status().next()).isEqualTo(new NextSession.AwaitingReview(day(27), 0));

        goTo(28);
        CourseView late = course(id);
        assertThat(late.status().next()).isEqualTo(new NextSession.AwaitingReview(day(27), 1));
        assertThat(late.status().review()).contains(new ReviewTask(day(27), 1, "SCH-1"));
    }

    @Test
    @DisplayName("SCH-1 the prescriber answers the review CONTINUE: signed, audited, and the next session is due weekly")
    void reviewContinue() {
        long id = inductionGiven();
        assertThat(courses().answerReview(prescriber, id, today(), new ReviewDecision.Continue(), " ").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-1", "decision.reason.required"));

        CourseView view = courses().answerReview(prescriber, id, today(), new ReviewDecision.Continue(), "PHQ-9 from 21 to 9").value();

        assertThat(view.course().review()).hasValueSatisfying(r -> {
            assertThat(r.answeredOn()).isEqualTo(day(28));
            assertThat(r.decision()).isEqualTo(new ReviewDecision.Continue());
            assertThat(r.by()).isEqualTo(new PrescriberDecision(prescriber.userId(), "Person drchen", clinic.clock.instant(),
                    "PHQ-9 from 21 to 9"));
        });
        assertThat(view.status().review()).isEmpty();
        // SCH-1: weeks 5–8 weekly, a week after the last induction dose (day 24).
        assertThat(view.status().next()).isEqualTo(new NextSession.Due(day(31), 5, Phase.OPTIMISATION, SessionFrequency.WEEKLY, 0, List.of()));
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("COURSE_REVIEWED");
        assertThat(event.userId()).isEqualTo(prescriber.userId());
        assertThat(event.entityType()).isEqualTo("course");
        assertThat(event.entityId()).isEqualTo(String.valueOf(id));
        assertThat(event.newValue()).contains("Continue", "on=2025-03-31");
        assertThat(event.reason()).isEqualTo("PHQ-9 from 21 to 9");

        assertThat(courses().answerReview(prescriber, id, today(), new ReviewDecision.Continue(), "again").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-1", "review.alreadyAnswered"));
    }

    @Test
    @DisplayName("SCH-1 SCH-5 a change of frequency after the review moves the next session, and is audited")
    void changeFrequency() {
        long id = inductionGiven();
        courses().answerReview(prescriber, id, today(), new ReviewDecision.Continue(), "responding").value();

        CourseView view = courses().changeFrequency(prescriber, id, today(), SessionFrequency.TWICE_WEEKLY, "PHQ-9 rising again").value();

        assertThat(view.course().frequencyChanges()).singleElement().satisfies(c -> {
            assertThat(c.effectiveFrom()).isEqualTo(day(28));
            assertThat(c.frequency()).isEqualTo(SessionFrequency.TWICE_WEEKLY);
            assertThat(c.by().prescriberId()).isEqualTo(prescriber.userId());
        });
        assertThat(view.status().next()).isEqualTo(new NextSession.Due(day(28), 5, Phase.OPTIMISATION, SessionFrequency.TWICE_WEEKLY, 0,
                List.of()));
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("COURSE_FREQUENCY_CHANGED");
        assertThat(event.newValue()).isEqualTo("frequency=TWICE_WEEKLY; from=2025-03-31");
        assertThat(event.reason()).isEqualTo("PHQ-9 rising again");

        assertThat(courses().changeFrequency(prescriber, id, today(), SessionFrequency.ONCE, "one more").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-5", "schedule.change.onceNotAllowed"));
    }

    @Test
    @DisplayName("SCH-6 ending a course: not before its last dose, OTHER needs a reason; once ended, every decision is refused")
    void endCourse() {
        long id = inductionGiven();

        assertThat(courses().end(prescriber, id, day(20), EndReason.PATIENT_CHOICE, "").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-6", "course.end.beforeLastSession", day(24)));
        assertThat(courses().end(prescriber, id, today(), EndReason.OTHER, " ").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-6", "decision.reason.required"));
        assertThat(course(id).course().active()).isTrue();

        CourseView ended = courses().end(prescriber, id, today(), EndReason.PATIENT_CHOICE, "moving to another city").value();

        CourseEnd end = new CourseEnd(day(28), EndReason.PATIENT_CHOICE,
                new PrescriberDecision(prescriber.userId(), "Person drchen", clinic.clock.instant(), "moving to another city"));
        assertThat(ended.course().end()).contains(end);
        assertThat(ended.status().next()).isEqualTo(new NextSession.CourseEnded(end));
        // SCH-7: only the withdrawal follow-up is left, a week after the end.
        assertThat(ended.monitoringDue()).containsExactly(new MonitoringTask(MonitoringKind.WITHDRAWAL_FOLLOW_UP, day(35), 0));
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("COURSE_ENDED");
        assertThat(event.newValue()).isEqualTo("reason=PATIENT_CHOICE; on=2025-03-31");
        assertThat(event.reason()).isEqualTo("moving to another city");

        assertThat(courses().answerReview(prescriber, id, today(), new ReviewDecision.Continue(), "late answer").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-1", "course.ended", day(28)));
        assertThat(courses().changeFrequency(prescriber, id, today(), SessionFrequency.WEEKLY, "keep weekly").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-5", "course.ended", day(28)));
        assertThat(courses().end(prescriber, id, today(), EndReason.COMPLETED, "twice").refusalOrNull())
                .isEqualTo(Refusal.of("SCH-6", "course.ended", day(28)));
        assertThat(clinic.actions().stream().filter("COURSE_ENDED"::equals)).hasSize(1);

        // PAT-5: with the course ended, the patient may start another.
        screen(nurse, Screening.clear(today()));
        assertThat(startTrdNasal(prescriber, today().plusDays(7))).isInstanceOf(Outcome.Done.class);
    }

    @Test
    @DisplayName("SCH-1 a review answered STOP ends the course on the day of the answer")
    void reviewStop() {
        long id = inductionGiven();

        CourseView view = courses().answerReview(prescriber, id, today(), new ReviewDecision.Stop(EndReason.INSUFFICIENT_RESPONSE),
                "no change in PHQ-9").value();

        assertThat(view.course().active()).isFalse();
        assertThat(view.status().next()).isInstanceOfSatisfying(NextSession.CourseEnded.class, e -> {
            assertThat(e.end().endedOn()).isEqualTo(day(28));
            assertThat(e.end().reason()).isEqualTo(EndReason.INSUFFICIENT_RESPONSE);
        });
    }

    @Test
    @DisplayName("SCH-6 after a restart the course is rebuilt the same from its appended decisions")
    void restartRebuildsCourse() {
        long id = inductionGiven();
        courses().answerReview(prescriber, id, today(), new ReviewDecision.Change(SessionFrequency.TWICE_WEEKLY), "keep induction pace")
                .value();
        goTo(35);
        courses().changeFrequency(prescriber, id, today(), SessionFrequency.WEEKLY, "settled").value();
        CourseView before = course(id);
        assertThat(before.course().review()).isPresent();
        assertThat(before.course().frequencyChanges()).hasSize(1);

        clinic.reopen();

        assertThat(course(id)).isEqualTo(before);

        courses().end(prescriber, id, today(), EndReason.COMPLETED, "remission").value();
        CourseView ended = course(id);
        clinic.reopen();

        assertThat(course(id)).isEqualTo(ended);
        assertThat(course(id).course().end()).hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(EndReason.COMPLETED));
    }
}
