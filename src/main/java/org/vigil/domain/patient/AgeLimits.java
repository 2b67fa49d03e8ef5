package org.vigil.domain.patient;

import java.time.LocalDate;
import java.time.Period;
import org.vigil.domain.Settings;

/**
 * The ages of PAT-3, from protocol settings: below {@code adultAgeYears} treatment needs the
 * documented consent of patient and guardian; from {@code olderAdultAgeYears} a prescriber
 * confirms and the lower starting dose applies.
 */
public record AgeLimits(int adultAgeYears, int olderAdultAgeYears) {

    public static AgeLimits from(Settings settings) {
        return new AgeLimits(
                settings.integer(PatientSettingKeys.ADULT_AGE_YEARS),
                settings.integer(PatientSettingKeys.OLDER_ADULT_AGE_YEARS));
    }

    /** Whole years between birth and the day (a birthday counts on the day itself). */
    public static int yearsOld(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public AgeBand band(LocalDate dateOfBirth, LocalDate day) {
        int years = yearsOld(dateOfBirth, day);
        if (years < adultAgeYears) {
            return AgeBand.UNDER_ADULT_AGE;
        }
        return years >= olderAdultAgeYears ? AgeBand.OLDER_ADULT : AgeBand.ADULT;
    }
}
