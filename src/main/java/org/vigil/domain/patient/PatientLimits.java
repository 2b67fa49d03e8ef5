package org.vigil.domain.patient;

import java.math.BigDecimal;
import org.vigil.domain.Settings;

/**
 * What the registration form accepts, from settings: the weight range (BP-8), the clinic's
 * country for the ID-number format, and whether the ID number is required.
 */
public record PatientLimits(BigDecimal minWeightKg, BigDecimal maxWeightKg, ClinicCountry country, boolean idNumberRequired) {

    public static PatientLimits from(Settings settings) {
        return new PatientLimits(
                settings.decimal(PatientSettingKeys.WEIGHT_MIN_KG),
                settings.decimal(PatientSettingKeys.WEIGHT_MAX_KG),
                ClinicCountry.valueOf(settings.text(PatientSettingKeys.CLINIC_COUNTRY)),
                PatientSettingKeys.YES.equals(settings.text(PatientSettingKeys.ID_NUMBER_REQUIRED)));
    }

    public IdNumberFormat idFormat() {
        return country.idFormat();
    }
}
