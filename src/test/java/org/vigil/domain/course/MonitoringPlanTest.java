package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.course.Walk.course;
import static org.vigil.domain.course.Walk.day;
import static org.vigil.domain.course.Walk.days;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.patient.ProtocolDefaults;

/** SCH-7 monitoring tasks and their due dates, with the default intervals (90/180/180/90 days, 14-day follow-up, 7-day checks). */
class MonitoringPlanTest {

    private static final MonitoringRules RULES = MonitoringRules.from(ProtocolDefaults.settings());

    private static List<MonitoringTask> tasks(Regimen regimen, String decisions, String sessions, int today,
            Map<MonitoringKind, LocalDate> lastDone) {
        TreatmentCourse c = course(regimen, decisions, today);
        List<LocalDate> given = days(sessions);
        ScheduleStatus status = Schedule.status(c, given, ScheduleWalkTest.DEFAULTS, day(today));
        return MonitoringPlan.tasks(c, status, given.stream().findFirst(), lastDone, RULES, day(today));
    }

    private static String describe(List<MonitoringTask> tasks) {
        return tasks.stream().map(t -> t.kind() + "@" + Walk.dayNumber(t.dueOn()) + (t.overdue() ? "+" + t.daysOverdue() : ""))
                .collect(Collectors.joining(" "));
    }

    @Test
    @DisplayName("SCH-7 a new course: baseline checks due at the start, substance use at the next session")
    void baseline() {
        assertThat(describe(tasks(Regimen.TRD_NASAL, "", "0", 0, Map.of()))).isEqualTo(
                "DRUG_SCREEN@0 LIVER_FUNCTION_TESTS@0 COGNITIVE_ASSESSMENT@0 URINARY_SYMPTOMS@0 SUBSTANCE_USE_QUESTION@3");
    }

    @Test
    @DisplayName("SCH-7 periodic checks fall due their interval after the last one done")
    void periodic() {
        Map<MonitoringKind, LocalDate> done = new EnumMap<>(MonitoringKind.class);
        done.put(MonitoringKind.DRUG_SCREEN, day(0));
        done.put(MonitoringKind.LIVER_FUNCTION_TESTS, day(0));
        done.put(MonitoringKind.COGNITIVE_ASSESSMENT, day(0));
        done.put(MonitoringKind.URINARY_SYMPTOMS, day(10));
        String sessions = "0 3 7 10 14 17 21 24 31 38 45 52 59 66 73 80 87 94";
        assertThat(describe(tasks(Regimen.TRD_NASAL, "review continue @24", sessions, 94, done))).isEqualTo(
                "DRUG_SCREEN@90+4 URINARY_SYMPTOMS@100 SUBSTANCE_USE_QUESTION@101 LIVER_FUNCTION_TESTS@180 COGNITIVE_ASSESSMENT@180");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-7 withdrawal follow-up for 2 weeks after a course stops, and nothing else")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                         | today | follow-up done on | tasks
            the day the course stops            | 30    |                   | WITHDRAWAL_FOLLOW_UP@37
            first check overdue                 | 39    |                   | WITHDRAWAL_FOLLOW_UP@37+2
            first check done on day 37          | 38    | 37                | WITHDRAWAL_FOLLOW_UP@44
            early check: the last is still due  | 42    | 41                | WITHDRAWAL_FOLLOW_UP@44
            last check done: follow-up complete | 44    | 44                |
            a check from before the stop        | 31    | 20                | WITHDRAWAL_FOLLOW_UP@37
            """)
    void withdrawal(String situation, int today, Integer doneOn, String expected) {
        Map<MonitoringKind, LocalDate> done = doneOn == null ? Map.of() : Map.of(MonitoringKind.WITHDRAWAL_FOLLOW_UP, day(doneOn));
        assertThat(describe(tasks(Regimen.TRD_NASAL, "review continue @24; end ADVERSE_EFFECTS @30", "0 3 7 10 14 17 21 24", today, done)))
                .isEqualTo(expected == null ? "" : expected);
    }

    @Test
    @DisplayName("SCH-7 a follow-up period that is not a whole number of check intervals ends with a check on its last day")
    void uneven() {
        MonitoringRules tenDays = MonitoringRules.from(ProtocolDefaults.with(CourseSettingKeys.WITHDRAWAL_FOLLOW_UP_DAYS, "10"));
        TreatmentCourse c = course(Regimen.TRD_NASAL, "end PATIENT_CHOICE @5", 5);
        ScheduleStatus status = Schedule.status(c, days("0 3"), ScheduleWalkTest.DEFAULTS, day(13));
        assertThat(MonitoringPlan.tasks(c, status, Optional.of(day(0)), Map.of(MonitoringKind.WITHDRAWAL_FOLLOW_UP, day(12)), tenDays, day(13)))
                .extracting(t -> Walk.dayNumber(t.dueOn())).containsExactly(15);
    }

    @Test
    @DisplayName("SCH-7 no long-term monitoring for a single PPD dose")
    void ppd() {
        assertThat(tasks(Regimen.PPD_SINGLE_IV, "", "0", 1, Map.of())).isEmpty();
        assertThat(tasks(Regimen.PPD_SINGLE_IV, "end COMPLETED @0", "0", 1, Map.of())).isEmpty();
    }

    @Test
    @DisplayName("SCH-7 while awaiting the week-4 review there is no next session to ask the substance-use question at")
    void awaitingReview() {
        assertThat(tasks(Regimen.TRD_NASAL, "", "0 3 7 10 14 17 21 24", 25, Map.of()))
                .extracting(MonitoringTask::kind).doesNotContain(MonitoringKind.SUBSTANCE_USE_QUESTION);
    }

    @Test
    @DisplayName("SCH-7 tasks cite their rule and message key")
    void keys() {
        MonitoringTask t = new MonitoringTask(MonitoringKind.URINARY_SYMPTOMS, day(0), 0);
        assertThat(t.ruleId()).isEqualTo("SCH-7");
        assertThat(t.messageKey()).isEqualTo("monitoring.URINARY_SYMPTOMS");
    }
}
