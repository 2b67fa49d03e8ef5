package org.vigil.domain.course;

import org.vigil.domain.Route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.course.Walk.day;
import static org.vigil.domain.course.Walk.drChen;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;

/** Creating a course and the prescriber's decisions on it. */
class TreatmentCourseTest {

    private static final TreatmentCourse TRD = TreatmentCourse.planned(Regimen.TRD_NASAL, "", day(0));

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @DisplayName("PAT-5 indications and their routes")
    @CsvSource(delimiter = '|', textBlock = """
            # indication     | route | regimen
            TRD              | NASAL | TRD_NASAL
            TRD              | IV    | TRD_IV
            MDSI             | NASAL | MDSI_NASAL
            MDSI             | IV    |
            PPD_PREVENTION   | IV    | PPD_SINGLE_IV
            PPD_PREVENTION   | NASAL |
            OTHER            | NASAL | OTHER_NASAL
            OTHER            | IV    | OTHER_IV
            """)
    void regimens(Indication indication, Route route, Regimen regimen) {
        assertThat(Regimen.of(indication, route)).isEqualTo(Optional.ofNullable(regimen));
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\" → {3}")
    @DisplayName("PAT-5 the new-course form")
    @CsvSource(delimiter = '|', textBlock = """
            # indication     | route | other text        | planned | problems
            TRD              | NASAL |                   | true    |
            MDSI             | IV    |                   | true    | ROUTE course.route.notForIndication.MDSI
            PPD_PREVENTION   | NASAL |                   | true    | ROUTE course.route.notForIndication.PPD_PREVENTION
            OTHER            | IV    |                   | true    | OTHER_INDICATION course.otherIndication.required
            OTHER            | IV    | chronic pain      | true    |
            TRD              |       |                   | false   | ROUTE course.route.required, PLANNED_START course.plannedStart.required
            """)
    void newCourseForm(Indication indication, Route route, String other, boolean planned, String expected) {
        List<FieldProblem<CourseField>> problems = TreatmentCourse.problems(indication, route, other, planned ? day(0) : null);
        assertThat(problems).extracting(p -> p.field() + " " + p.refusal().messageKey())
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(", ")));
    }

    @Test
    @DisplayName("SCH-1 the week-4 review needs who and why")
    void reviewNeedsReason() {
        Outcome<TreatmentCourse> out = TRD.answerReview(new WeekFourReview(day(24), new ReviewDecision.Continue(), drChen(24, " ")));
        assertThat(out.refusalOrNull()).isEqualTo(Refusal.of("SCH-1", "decision.reason.required"));
    }

    @Test
    @DisplayName("SCH-1 the review is answered once; a second answer is refused")
    void reviewOnce() {
        TreatmentCourse answered = TRD.answerReview(new WeekFourReview(day(24), new ReviewDecision.Continue(), drChen(24, "responding"))).value();
        Outcome<TreatmentCourse> again = answered.answerReview(
                new WeekFourReview(day(25), new ReviewDecision.Stop(EndReason.ADVERSE_EFFECTS), drChen(25, "changed mind")));
        assertThat(again.refusalOrNull()).isEqualTo(Refusal.of("SCH-1", "review.alreadyAnswered"));
        assertThat(answered.review()).map(r -> r.by().reason()).contains("responding");
    }

    @Test
    @DisplayName("SCH-1 stop at the review ends the course that day, with the reason and the prescriber")
    void reviewStopEnds() {
        TreatmentCourse stopped = TRD.answerReview(new WeekFourReview(day(26),
                new ReviewDecision.Stop(EndReason.INSUFFICIENT_RESPONSE), drChen(26, "PHQ-9 unchanged"))).value();
        assertThat(stopped.active()).isFalse();
        assertThat(stopped.end()).hasValueSatisfying(e -> {
            assertThat(e.endedOn()).isEqualTo(day(26));
            assertThat(e.reason()).isEqualTo(EndReason.INSUFFICIENT_RESPONSE);
            assertThat(e.by().prescriberName()).isEqualTo("Dr Chen");
        });
    }

    @Test
    @DisplayName("SCH-4 PPD prevention has no review and no frequency to change")
    void ppdHasNoReview() {
        TreatmentCourse ppd = TreatmentCourse.planned(Regimen.PPD_SINGLE_IV, "", day(0));
        assertThat(ppd.answerReview(new WeekFourReview(day(1), new ReviewDecision.Continue(), drChen(1, "x"))).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-4", "review.notForRegimen"));
        assertThat(ppd.changeFrequency(new FrequencyChange(day(1), SessionFrequency.WEEKLY, drChen(1, "x"))).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-4", "schedule.singleDose.noChange"));
    }

    @Test
    @DisplayName("SCH-5 a frequency change needs a reason, and a course cannot be changed to a single dose")
    void frequencyChangeChecks() {
        assertThat(TRD.changeFrequency(new FrequencyChange(day(60), SessionFrequency.WEEKLY, drChen(60, ""))).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-5", "decision.reason.required"));
        assertThat(TRD.changeFrequency(new FrequencyChange(day(60), SessionFrequency.ONCE, drChen(60, "x"))).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-5", "schedule.change.onceNotAllowed"));
        assertThat(TRD.answerReview(new WeekFourReview(day(24), new ReviewDecision.Change(SessionFrequency.ONCE), drChen(24, "x")))
                .refusalOrNull()).isEqualTo(Refusal.of("SCH-1", "schedule.change.onceNotAllowed"));
    }

    @Test
    @DisplayName("SCH-6 an ended course takes no more decisions")
    void endedCourseIsClosed() {
        TreatmentCourse ended = TRD.endCourse(new CourseEnd(day(9), EndReason.PATIENT_CHOICE, drChen(9, "")), Optional.of(day(7))).value();
        Refusal closed = Refusal.of("SCH-6", "course.ended", day(9));
        assertThat(ended.endCourse(new CourseEnd(day(10), EndReason.COMPLETED, drChen(10, "")), Optional.empty()).refusalOrNull())
                .isEqualTo(closed);
        assertThat(ended.answerReview(new WeekFourReview(day(24), new ReviewDecision.Continue(), drChen(24, "x"))).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-1", "course.ended", day(9)));
        assertThat(ended.changeFrequency(new FrequencyChange(day(20), SessionFrequency.WEEKLY, drChen(20, "x"))).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-5", "course.ended", day(9)));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-6 ending a course: not before a session given in it; \"other\" needs the reason")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                           | end day | reason            | why            | last session | refusal
            after the last session                | 9       | PATIENT_CHOICE    |                | 7            |
            on the day of the last session        | 7       | COMPLETED         |                | 7            |
            before the last session               | 5       | COMPLETED         |                | 7            | course.end.beforeLastSession
            other without a reason                | 9       | OTHER             |                | 7            | decision.reason.required
            other with a reason                   | 9       | OTHER             | moved abroad   | 7            |
            never started                         | 0       | PATIENT_CHOICE    |                |              |
            """)
    void endingCourse(String situation, int endDay, EndReason reason, String why, Integer lastSession, String refusal) {
        Outcome<TreatmentCourse> out = TRD.endCourse(new CourseEnd(day(endDay), reason, drChen(endDay, why)),
                Optional.ofNullable(lastSession).map(Walk::day));
        assertThat(Optional.ofNullable(out.refusalOrNull()).map(Refusal::messageKey)).isEqualTo(Optional.ofNullable(refusal));
    }
}
