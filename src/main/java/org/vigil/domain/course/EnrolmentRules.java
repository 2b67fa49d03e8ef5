package org.vigil.domain.course;

import org.vigil.domain.Settings;
import org.vigil.domain.patient.AgeLimits;
import org.vigil.domain.patient.PatientSettingKeys;

/**
 * Protocol numbers that enrolment in a course depends on.
 *
 * @param ages PAT-3
 * @param riskProgrammeRequired PAT-6: the clinic's jurisdiction requires enrolment
 * @param contraceptionWeeksAfterLastDose PAT-4
 * @param firstTrdNasalDoseMg ADM-4: first TRD nasal dose
 * @param firstTrdNasalDoseOlderAdultMg ADM-4/PAT-3: first TRD nasal dose from the older-adult age
 * @param hepaticExtraObservationMinutes OBS-1: longer observation for moderate hepatic impairment
 */
public record EnrolmentRules(
        AgeLimits ages,
        boolean riskProgrammeRequired,
        int contraceptionWeeksAfterLastDose,
        int firstTrdNasalDoseMg,
        int firstTrdNasalDoseOlderAdultMg,
        int hepaticExtraObservationMinutes) {

    public static EnrolmentRules from(Settings s) {
        return new EnrolmentRules(
                AgeLimits.from(s),
                PatientSettingKeys.YES.equals(s.text(CourseSettingKeys.RISK_PROGRAMME_REQUIRED)),
                s.integer(CourseSettingKeys.CONTRACEPTION_WEEKS_AFTER_LAST_DOSE),
                s.integer(CourseSettingKeys.FIRST_TRD_NASAL_DOSE_MG),
                s.integer(CourseSettingKeys.FIRST_TRD_NASAL_DOSE_OLDER_ADULT_MG),
                s.integer(CourseSettingKeys.HEPATIC_EXTRA_OBSERVATION_MINUTES));
    }
}
