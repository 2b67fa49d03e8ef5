package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.course.Walk.course;
import static org.vigil.domain.course.Walk.day;
import static org.vigil.domain.course.Walk.days;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.patient.PatientSettingKeys;
import org.vigil.domain.patient.Patients;
import org.vigil.domain.patient.ProtocolDefaults;

/** What the rules say when a session is planned on a day. */
class PlannedSessionCheckTest {

    private static final String INDUCTION = "0 3 7 10 14 17 21 24";

    @ParameterizedTest(name = "{0}")
    @DisplayName("SCH-1/2/4/6, PAT-6 planning a session")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                                          | regimen        | decisions              | sessions   | day | risk programme | findings
            TRD week 3: nothing to say                           | TRD_NASAL      |                        | 0 3 7 10   | 14  | enrolled       |
            TRD week 5 with the review open: hard stop           | TRD_NASAL      |                        | 0 3 7 10 14 17 21 24 | 28 | enrolled | HardStop SCH-1 schedule.review.answerFirst
            TRD week 5 after the review                          | TRD_NASAL      | review continue @24    | 0 3 7 10 14 17 21 24 | 28 | enrolled |
            MDSI week 4: no warning                              | MDSI_NASAL     |                        | 0 3 7 10 14 17 | 21 | enrolled |
            MDSI week 5 after review: warn                       | MDSI_NASAL     | review continue @24    | 0 3 7 10 14 17 21 24 | 28 | enrolled | Warning SCH-2 schedule.mdsi.beyondWeeks
            PPD second dose: hard stop                           | PPD_SINGLE_IV  |                        | 0          | 1   | enrolled       | HardStop SCH-4 schedule.singleDose.given
            ended course: hard stop                              | TRD_NASAL      | end PATIENT_CHOICE @8  | 0 3 7      | 10  | enrolled       | HardStop SCH-6 course.ended
            first outpatient session without enrolment: stop     | TRD_NASAL      |                        |            | 0   | none           | HardStop PAT-6 schedule.riskProgramme.required
            later session without enrolment is not PAT-6         | TRD_NASAL      |                        | 0          | 3   | none           |
            PPD on the ward needs no risk programme              | PPD_SINGLE_IV  |                        |            | 0   | none           |
            """)
    void plan(String situation, Regimen regimen, String decisions, String sessions, int day, String riskProgramme, String findings) {
        ScheduleRules schedule = ScheduleWalkTest.DEFAULTS;
        EnrolmentRules enrolment = EnrolmentRules.from(ProtocolDefaults.with(CourseSettingKeys.RISK_PROGRAMME_REQUIRED, PatientSettingKeys.YES));
        var patient = "enrolled".equals(riskProgramme) ? Patients.adultWoman().withRiskProgramme(Patients.REMS) : Patients.adultWoman();
        List<Finding> found = PlannedSessionCheck.check(patient, course(regimen, decisions, day), days(sessions), day(day), schedule, enrolment);
        assertThat(found).extracting(f -> f.getClass().getSimpleName() + " " + f.refusal().ruleId() + " " + f.refusal().messageKey())
                .containsExactlyElementsOf(findings == null ? List.of() : List.of(findings));
    }
}
