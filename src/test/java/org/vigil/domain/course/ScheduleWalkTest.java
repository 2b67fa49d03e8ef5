package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.course.Walk.assertRow;
import static org.vigil.domain.course.Walk.course;
import static org.vigil.domain.course.Walk.day;
import static org.vigil.domain.course.Walk.days;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.patient.ProtocolDefaults;

/**
 * Each regimen walked week by week with the protocol defaults. Day 0 is the first session
 * (a Monday); see {@link Walk} for the notation.
 */
class ScheduleWalkTest {

    static final ScheduleRules DEFAULTS = ScheduleRules.from(ProtocolDefaults.settings());

    private static ScheduleStatus status(Regimen regimen, String decisions, String sessions, int today, ScheduleRules rules) {
        return Schedule.status(course(regimen, decisions, today), days(sessions), rules, day(today));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-1 TRD nasal: twice weekly weeks 1–4, review, weekly weeks 5–8, weekly maintenance from week 9")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                              | sessions given                                   | today | next       | late | week | phase        | frequency    | missed
            not started, planned for day 0           |                                                  | -3    | due 0      | 0    | 1    | INDUCTION    | TWICE_WEEKLY |
            not started, 2 days past planned start   |                                                  | 2     | due 0      | 2    | 1    | INDUCTION    | TWICE_WEEKLY |
            week 1 Monday                            | 0                                                | 0     | due 3      | 0    | 1    | INDUCTION    | TWICE_WEEKLY |
            week 1 Thursday                          | 0 3                                              | 3     | due 7      | 0    | 2    | INDUCTION    | TWICE_WEEKLY |
            week 2 Monday                            | 0 3 7                                            | 7     | due 10     | 0    | 2    | INDUCTION    | TWICE_WEEKLY |
            week 2 Thursday                          | 0 3 7 10                                         | 10    | due 14     | 0    | 3    | INDUCTION    | TWICE_WEEKLY |
            week 3 Monday                            | 0 3 7 10 14                                      | 14    | due 17     | 0    | 3    | INDUCTION    | TWICE_WEEKLY |
            week 3 Thursday                          | 0 3 7 10 14 17                                   | 17    | due 21     | 0    | 4    | INDUCTION    | TWICE_WEEKLY |
            week 4 Monday                            | 0 3 7 10 14 17 21                                | 21    | due 24     | 0    | 4    | INDUCTION    | TWICE_WEEKLY |
            week 4 Thursday, review not answered     | 0 3 7 10 14 17 21 24                             | 24    | review 27  | 0    |      |              |              |
            review answered continue on day 24       | 0 3 7 10 14 17 21 24                             | 24    | due 31     | 0    | 5    | OPTIMISATION | WEEKLY       |
            week 5                                   | 0 3 7 10 14 17 21 24 31                          | 31    | due 38     | 0    | 6    | OPTIMISATION | WEEKLY       |
            week 6                                   | 0 3 7 10 14 17 21 24 31 38                       | 38    | due 45     | 0    | 7    | OPTIMISATION | WEEKLY       |
            week 7                                   | 0 3 7 10 14 17 21 24 31 38 45                    | 45    | due 52     | 0    | 8    | OPTIMISATION | WEEKLY       |
            week 8, last of optimisation             | 0 3 7 10 14 17 21 24 31 38 45 52                 | 52    | due 59     | 0    | 9    | MAINTENANCE  | WEEKLY       |
            week 9, maintenance by date              | 0 3 7 10 14 17 21 24 31 38 45 52 59              | 59    | due 66     | 0    | 10   | MAINTENANCE  | WEEKLY       |
            week 10                                  | 0 3 7 10 14 17 21 24 31 38 45 52 59 66           | 66    | due 73     | 0    | 11   | MAINTENANCE  | WEEKLY       |
            """)
    void trdNasal(String situation, String sessions, int today, String next, long late, Integer week, Phase phase,
            SessionFrequency frequency, String missed) {
        String decisions = situation.contains("not answered") ? "" : "review continue @24";
        assertRow(status(Regimen.TRD_NASAL, decisions, sessions, today, DEFAULTS), next, late, week, phase, frequency, missed);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-5 TRD nasal missed sessions: induction continues the schedule, maintenance prompts a step back")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                                      | decisions                                          | sessions given                              | today | next      | late | week | phase        | frequency       | missed
            Thursday of week 1 not yet come, Sunday          |                                                    | 0                                           | 6     | due 3     | 3    | 1    | INDUCTION    | TWICE_WEEKLY    |
            week 1 ended one short: continue, not make up    |                                                    | 0                                           | 7     | due 7     | 0    | 2    | INDUCTION    | TWICE_WEEKLY    | w1x1
            week 2 Thursday missed                           |                                                    | 0 3 7                                       | 14    | due 14    | 0    | 3    | INDUCTION    | TWICE_WEEKLY    | w2x1
            all of week 2 missed, Sunday of week 3           |                                                    | 0 3                                         | 20    | due 14    | 6    | 3    | INDUCTION    | TWICE_WEEKLY    | w2x2
            came Saturday of week 1: Monday's spacing kept   |                                                    | 0 5                                         | 5     | due 8     | 0    | 2    | INDUCTION    | TWICE_WEEKLY    |
            late in week 3, second cannot fit: week 4        |                                                    | 0 3 7 10 20                                 | 20    | due 23    | 0    | 4    | INDUCTION    | TWICE_WEEKLY    |
            week 3 ended one short after a late visit        |                                                    | 0 3 7 10 20                                 | 21    | due 23    | 0    | 4    | INDUCTION    | TWICE_WEEKLY    | w3x1
            optimisation week 6 missed: continue             | review continue @24                                | 0 3 7 10 14 17 21 24 31                     | 42    | due 42    | 0    | 7    | OPTIMISATION | WEEKLY          | w6x1
            maintenance week 10 missed: step back prompted   | review continue @24                                | 0 3 7 10 14 17 21 24 31 38 45 52 59         | 74    | due 70    | 4    | 11   | MAINTENANCE  | WEEKLY          | w10x1
            prescriber steps back to twice weekly on day 74  | review continue @24; freq TWICE_WEEKLY @74         | 0 3 7 10 14 17 21 24 31 38 45 52 59         | 74    | due 70    | 4    | 11   | MAINTENANCE  | TWICE_WEEKLY    | w10x1
            twice weekly again in maintenance                | review continue @24; freq TWICE_WEEKLY @74         | 0 3 7 10 14 17 21 24 31 38 45 52 59 74      | 74    | due 77    | 0    | 12   | MAINTENANCE  | TWICE_WEEKLY    | w10x1
            """)
    void trdNasalMissed(String situation, String decisions, String sessions, int today, String next, long late, Integer week,
            Phase phase, SessionFrequency frequency, String missed) {
        assertRow(status(Regimen.TRD_NASAL, decisions, sessions, today, DEFAULTS), next, late, week, phase, frequency, missed);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-1 TRD nasal phase changes by decision: review change, every two weeks in maintenance, review late")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                                        | decisions                                      | sessions given                                          | today | next      | late | week | phase        | frequency       | missed
            review: keep twice weekly through optimisation     | review change TWICE_WEEKLY @24                 | 0 3 7 10 14 17 21 24                                    | 24    | due 28    | 0    | 5    | OPTIMISATION | TWICE_WEEKLY    |
            the change ends with optimisation: week 9 weekly   | review change TWICE_WEEKLY @24                 | 0 3 7 10 14 17 21 24 28 31 35 38 42 45 49 52            | 52    | due 59    | 0    | 9    | MAINTENANCE  | WEEKLY          |
            maintenance every two weeks from week 9            | review continue @24; freq EVERY_TWO_WEEKS @56  | 0 3 7 10 14 17 21 24 31 38 45 52                        | 56    | due 66    | 0    | 10   | MAINTENANCE  | EVERY_TWO_WEEKS |
            every two weeks: next block                        | review continue @24; freq EVERY_TWO_WEEKS @56  | 0 3 7 10 14 17 21 24 31 38 45 52 66                     | 66    | due 80    | 0    | 12   | MAINTENANCE  | EVERY_TWO_WEEKS |
            late in the block is not missed                    | review continue @24; freq EVERY_TWO_WEEKS @56  | 0 3 7 10 14 17 21 24 31 38 45 52 66                     | 82    | due 80    | 2    | 12   | MAINTENANCE  | EVERY_TWO_WEEKS |
            the two-week block ends empty: missed              | review continue @24; freq EVERY_TWO_WEEKS @56  | 0 3 7 10 14 17 21 24 31 38 45 52 66                     | 84    | due 84    | 0    | 13   | MAINTENANCE  | EVERY_TWO_WEEKS | w11-12x1
            review answered late: week 5 was held, not missed  | review continue @40                            | 0 3 7 10 14 17 21 24                                    | 40    | due 40    | 0    | 6    | OPTIMISATION | WEEKLY          |
            review overdue by 3 days                           |                                                | 0 3 7 10 14 17 21 24                                    | 30    | review 27 | 3    |      |              |                 |
            review stops the course                            | review stop INSUFFICIENT_RESPONSE @24          | 0 3 7 10 14 17 21 24                                    | 30    | ended 24  | 0    |      |              |                 |
            course ended by the prescriber in week 2           | end PATIENT_CHOICE @9                          | 0 3 7                                                   | 20    | ended 9   | 0    |      |              |                 |
            """)
    void trdNasalDecisions(String situation, String decisions, String sessions, int today, String next, long late, Integer week,
            Phase phase, SessionFrequency frequency, String missed) {
        assertRow(status(Regimen.TRD_NASAL, decisions, sessions, today, DEFAULTS), next, late, week, phase, frequency, missed);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-2 MDSI nasal: twice weekly for 4 weeks, review, then every later session warns")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                             | decisions                           | sessions given           | today | next      | late | week | frequency    | warns
            week 1 Monday                           |                                     | 0                        | 0     | due 3     | 0    | 1    | TWICE_WEEKLY | false
            week 4 Monday                           |                                     | 0 3 7 10 14 17 21        | 21    | due 24    | 0    | 4    | TWICE_WEEKLY | false
            after week 4 the review comes first     |                                     | 0 3 7 10 14 17 21 24     | 24    | review 27 | 0    |      |              | false
            continued past week 4: warn             | review continue @24                 | 0 3 7 10 14 17 21 24     | 24    | due 28    | 0    | 5    | TWICE_WEEKLY | true
            still warns in week 6                   | review continue @24                 | 0 3 7 10 14 17 21 24 28 31 | 31  | due 35    | 0    | 6    | TWICE_WEEKLY | true
            stopped at the review                   | review stop COMPLETED @24           | 0 3 7 10 14 17 21 24     | 24    | ended 24  | 0    |      |              | false
            """)
    void mdsiNasal(String situation, String decisions, String sessions, int today, String next, long late, Integer week,
            SessionFrequency frequency, boolean warns) {
        ScheduleStatus status = status(Regimen.MDSI_NASAL, decisions, sessions, today, DEFAULTS);
        assertRow(status, next, late, week, Phase.INDUCTION, frequency, "");
        List<String> warnings = status.next() instanceof NextSession.Due due
                ? due.warnings().stream().map(r -> r.ruleId() + " " + r.messageKey()).toList() : List.of();
        assertThat(warnings).isEqualTo(warns ? List.of("SCH-2 schedule.mdsi.beyondWeeks") : List.of());
    }

    @ParameterizedTest(name = "{0} per week: {1}")
    @DisplayName("SCH-3 TRD IV: induction at the configured sessions per week, then weekly")
    @CsvSource(delimiter = '|', textBlock = """
            # per week | decisions             | sessions given                     | today | next      | week | phase        | frequency
            3          |                       | 0                                  | 0     | due 2     | 1    | INDUCTION    | THREE_TIMES_WEEKLY
            3          |                       | 0 2                                | 2     | due 4     | 1    | INDUCTION    | THREE_TIMES_WEEKLY
            3          |                       | 0 2 4                              | 4     | due 7     | 2    | INDUCTION    | THREE_TIMES_WEEKLY
            3          |                       | 0 2 4 7 9 11 14 16 18 21 23 25     | 25    | review 27 |      |              |
            3          | review continue @25   | 0 2 4 7 9 11 14 16 18 21 23 25     | 25    | due 32    | 5    | OPTIMISATION | WEEKLY
            2          |                       | 0                                  | 0     | due 3     | 1    | INDUCTION    | TWICE_WEEKLY
            1          |                       | 0                                  | 0     | due 7     | 2    | INDUCTION    | WEEKLY
            """)
    void trdIv(int perWeek, String decisions, String sessions, int today, String next, Integer week, Phase phase,
            SessionFrequency frequency) {
        ScheduleRules rules = ScheduleRules.from(ProtocolDefaults.with(CourseSettingKeys.IV_INDUCTION_SESSIONS_PER_WEEK, "" + perWeek));
        assertRow(status(Regimen.TRD_IV, decisions, sessions, today, rules), next, 0, week, phase, frequency, "");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-4 PPD prevention: one dose, no follow-on schedule")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                      | decisions       | sessions | today | next      | late
            planned for day 0                |                 |          | 0     | due 0     | 0
            not given by day 2               |                 |          | 2     | due 0     | 2
            given: nothing more is due       |                 | 0        | 0     | single 0  | 0
            weeks later, still nothing       |                 | 0        | 40    | single 0  | 0
            course completed                 | end COMPLETED @0 | 0       | 1     | ended 0   | 0
            """)
    void ppdSingleDose(String situation, String decisions, String sessions, int today, String next, long late) {
        assertRow(status(Regimen.PPD_SINGLE_IV, decisions, sessions, today, DEFAULTS), next, late, 1, Phase.SINGLE_DOSE,
                SessionFrequency.ONCE, "");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("Other indication: the default frequency until the prescriber sets one")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                         | decisions                 | sessions | today | next   | week | frequency
            weekly by default                   |                           | 0        | 0     | due 7  | 2    | WEEKLY
            twice weekly from week 2            | freq TWICE_WEEKLY @7      | 0 7      | 7     | due 10 | 2    | TWICE_WEEKLY
            """)
    void otherIndication(String situation, String decisions, String sessions, int today, String next, Integer week,
            SessionFrequency frequency) {
        assertRow(status(Regimen.OTHER_NASAL, decisions, sessions, today, DEFAULTS), next, 0, week, Phase.INDIVIDUAL, frequency, "");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-6 a patient who comes on every due day: sessions per course week for each regimen")
    @CsvSource(delimiter = '|', textBlock = """
            # regimen        | sessions in weeks 1..12
            TRD_NASAL        | 2 2 2 2 1 1 1 1 1 1 1 1
            MDSI_NASAL       | 2 2 2 2 2 2 2 2 2 2 2 2
            TRD_IV           | 2 2 2 2 1 1 1 1 1 1 1 1
            PPD_SINGLE_IV    | 1 0 0 0 0 0 0 0 0 0 0 0
            OTHER_IV         | 1 1 1 1 1 1 1 1 1 1 1 1
            """)
    void perfectAttendance(Regimen regimen, String perWeek) {
        List<Integer> expected = Arrays.stream(perWeek.split(" ")).map(Integer::valueOf).toList();
        assertThat(Walk.attendEveryDueSession(regimen, DEFAULTS, "", expected.size())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-1 settings shape the walk: optimisation 3 weeks every two weeks (the short last block needs none), then every two weeks")
    @CsvSource(delimiter = '|', textBlock = """
            # regimen   | sessions in weeks 1..12
            TRD_NASAL   | 2 2 2 2 0 1 0 1 0 1 0 1
            """)
    void settingsShapeTheWalk(Regimen regimen, String perWeek) {
        ScheduleRules rules = ScheduleRules.from(ProtocolDefaults.with(Map.of(
                CourseSettingKeys.TRD_OPTIMISATION_WEEKS, "3",
                CourseSettingKeys.TRD_OPTIMISATION_FREQUENCY, "EVERY_TWO_WEEKS",
                CourseSettingKeys.TRD_MAINTENANCE_FREQUENCY, "EVERY_TWO_WEEKS")));
        List<Integer> expected = Arrays.stream(perWeek.split(" ")).map(Integer::valueOf).toList();
        assertThat(Walk.attendEveryDueSession(regimen, rules, "", expected.size())).isEqualTo(expected);
    }
}
