package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.course.Walk.course;
import static org.vigil.domain.course.Walk.day;
import static org.vigil.domain.course.Walk.days;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.Refusal;

/** The parts of a course's status beside the next session: review task, prompts, day list. */
class ScheduleStatusTest {

    private static final ScheduleRules RULES = ScheduleWalkTest.DEFAULTS;
    private static final String INDUCTION = "0 3 7 10 14 17 21 24";
    private static final String TO_WEEK_9 = INDUCTION + " 31 38 45 52 59";

    private static ScheduleStatus status(Regimen regimen, String decisions, String sessions, int today) {
        return Schedule.status(course(regimen, decisions, today), days(sessions), RULES, day(today));
    }

    @ParameterizedTest(name = "day {0}: {2}")
    @DisplayName("SCH-1 the week-4 review task shows from the start of week 4 and is due on its last day")
    @CsvSource(delimiter = '|', textBlock = """
            # today | decisions            | task
            20      |                      | none
            21      |                      | due 27 late 0
            27      |                      | due 27 late 0
            29      |                      | due 27 late 2
            29      | review continue @28  | none
            """)
    void reviewTask(int today, String decisions, String task) {
        Optional<ReviewTask> review = status(Regimen.TRD_NASAL, decisions, INDUCTION, today).review();
        String shown = review.map(r -> "due " + Walk.dayNumber(r.dueOn()) + " late " + r.daysOverdue()).orElse("none");
        assertThat(shown).isEqualTo(task);
        review.ifPresent(r -> assertThat(r.ruleId()).isEqualTo("SCH-1"));
    }

    @Test
    @DisplayName("SCH-2 the MDSI review task cites SCH-2")
    void mdsiReviewRule() {
        assertThat(status(Regimen.MDSI_NASAL, "", INDUCTION, 26).review()).map(ReviewTask::ruleId).contains("SCH-2");
    }

    @Test
    @DisplayName("No review task for PPD prevention or other indications")
    void noReviewTask() {
        assertThat(status(Regimen.OTHER_IV, "", INDUCTION, 27).review()).isEmpty();
        assertThat(status(Regimen.PPD_SINGLE_IV, "", "0", 27).review()).isEmpty();
    }

    @ParameterizedTest(name = "day {0}: week {1} {2}")
    @DisplayName("SCH-6 today's course week and phase, by date")
    @CsvSource(delimiter = '|', textBlock = """
            # today | week | phase
            0       | 1    | INDUCTION
            27      | 4    | INDUCTION
            28      | 5    | OPTIMISATION
            55      | 8    | OPTIMISATION
            56      | 9    | MAINTENANCE
            """)
    void weekAndPhaseToday(int today, int week, Phase phase) {
        ScheduleStatus s = status(Regimen.TRD_NASAL, "review continue @24", "0", today);
        assertThat(s.weekToday()).isEqualTo(week);
        assertThat(s.phaseToday()).isEqualTo(phase);
    }

    @Test
    @DisplayName("SCH-6 before the first session the course is in week 0, phase of week 1")
    void notStartedWeek() {
        ScheduleStatus s = status(Regimen.TRD_NASAL, "", "", 0);
        assertThat(s.weekToday()).isZero();
        assertThat(s.phaseToday()).isEqualTo(Phase.INDUCTION);
    }

    @Test
    @DisplayName("SCH-5 missed maintenance session: prompt to step back from weekly to twice weekly")
    void maintenancePrompt() {
        ScheduleStatus s = status(Regimen.TRD_NASAL, "review continue @24", TO_WEEK_9, 74);
        assertThat(s.prescriberPrompt()).isPresent();
        MissedSession missed = s.prescriberPrompt().get();
        assertThat(missed.phase()).isEqualTo(Phase.MAINTENANCE);
        assertThat(missed.stepBackTo()).contains(SessionFrequency.TWICE_WEEKLY);
        assertThat(missed.guidance()).isEqualTo(Refusal.of("SCH-5", "schedule.missed.stepBack.TWICE_WEEKLY", 1));
        assertThat(Walk.dayNumber(missed.from())).isEqualTo(63);
        assertThat(Walk.dayNumber(missed.to())).isEqualTo(69);
    }

    @Test
    @DisplayName("SCH-5 every two weeks steps back to weekly")
    void everyTwoWeeksStepsBackToWeekly() {
        ScheduleStatus s = status(Regimen.TRD_NASAL, "review continue @24; freq EVERY_TWO_WEEKS @56",
                INDUCTION + " 31 38 45 52 66", 84);
        assertThat(s.prescriberPrompt()).map(MissedSession::stepBackTo).contains(Optional.of(SessionFrequency.WEEKLY));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-5 a frequency decision after the missed block answers the prompt; one before it does not")
    @CsvSource(delimiter = '|', textBlock = """
            # decisions                                    | prompted
            review continue @24                            | true
            review continue @24; freq WEEKLY @66           | true
            review continue @24; freq WEEKLY @72           | false
            review continue @24; freq TWICE_WEEKLY @70     | false
            """)
    void promptAnswered(String decisions, boolean prompted) {
        assertThat(status(Regimen.TRD_NASAL, decisions, TO_WEEK_9, 74).prescriberPrompt().isPresent()).isEqualTo(prompted);
    }

    @Test
    @DisplayName("SCH-5 a missed induction session continues the schedule and does not prompt a step back")
    void inductionNoPrompt() {
        ScheduleStatus s = status(Regimen.TRD_NASAL, "", "0 3 7", 14);
        assertThat(s.missed()).singleElement().satisfies(m -> {
            assertThat(m.guidance()).isEqualTo(Refusal.of("SCH-5", "schedule.missed.continue", 1));
            assertThat(m.stepBackTo()).isEmpty();
        });
        assertThat(s.prescriberPrompt()).isEmpty();
    }

    @Test
    @DisplayName("SCH-5 missing three-times-weekly maintenance cannot step back further: review prompted")
    void noLevelAbove() {
        ScheduleStatus s = status(Regimen.TRD_NASAL, "review continue @24; freq THREE_TIMES_WEEKLY @56", INDUCTION + " 31 38 45 52 56 58 60", 74);
        assertThat(s.prescriberPrompt()).map(MissedSession::guidance)
                .contains(Refusal.of("SCH-5", "schedule.missed.review", 3));
    }

    @Test
    @DisplayName("SCH-6 the day list: due and overdue courses, oldest first; ended and single-dose courses left out")
    void dayList() {
        Map<Long, NextSession> next = new LinkedHashMap<>();
        next.put(1L, status(Regimen.TRD_NASAL, "", "0 3", 7).next());             // due day 7
        next.put(2L, status(Regimen.TRD_NASAL, "", "0", 7).next());               // due day 7 (week 1 missed)
        next.put(3L, status(Regimen.TRD_NASAL, "", "0", 5).next());               // due day 3, overdue
        next.put(4L, status(Regimen.TRD_NASAL, "", "0 3 7", 7).next());           // due day 10: not today
        next.put(5L, status(Regimen.TRD_NASAL, "", INDUCTION, 27).next());        // awaiting review due 27
        next.put(6L, status(Regimen.PPD_SINGLE_IV, "", "0", 7).next());           // single dose given
        next.put(7L, status(Regimen.TRD_NASAL, "end PATIENT_CHOICE @2", "0", 7).next());
        List<DayListEntry> list = DayList.on(day(7), next);
        assertThat(list).extracting(DayListEntry::courseId).containsExactly(3L, 1L, 2L);
        assertThat(DayList.on(day(27), Map.of(5L, next.get(5L)))).extracting(DayListEntry::courseId).containsExactly(5L);
    }

    @Test
    @DisplayName("SCH-6 sessions given after today are ignored (typed ahead by mistake)")
    void futureSessionsIgnored() {
        assertThat(Walk.describe(status(Regimen.TRD_NASAL, "", "0 3 7", 3).next())).isEqualTo("due 7");
    }
}
