package org.vigil.domain.dose;

import static org.vigil.domain.vitals.VitalSettingKeys.*;

import java.math.BigDecimal;
import org.vigil.domain.Settings;

/**
 * The dose numbers of ADM-3 and ADM-4, from settings.
 *
 * @param mgPerDevice PROD-1: esketamine per nasal device
 * @param nasalMaxDoseMg above this a nasal dose is a hard stop
 * @param firstTrdDoseMg the first session of a TRD nasal course
 * @param firstTrdDoseOlderAdultMg the first TRD dose from {@code olderAdultAgeYears}, where the
 *     clinic has chosen the lower starting dose
 * @param ivWarnAboveMgPerKg an IV dose above this many mg per kg of body weight warns
 * @param ivWeightMaxAgeDays an IV dose needs a weight measured at most this many days before
 */
public record DoseRules(int mgPerDevice, int nasalMaxDoseMg, int firstTrdDoseMg, int firstTrdDoseOlderAdultMg,
        int olderAdultAgeYears, BigDecimal ivWarnAboveMgPerKg, int ivWeightMaxAgeDays) {

    public static DoseRules from(Settings s) {
        return new DoseRules(s.integer(MG_PER_DEVICE), s.integer(NASAL_MAX_DOSE_MG), s.integer(FIRST_TRD_DOSE_MG),
                s.integer(FIRST_TRD_DOSE_ELDERLY_MG), s.integer(ELDERLY_AGE_YEARS), s.decimal(IV_WARN_ABOVE_MG_PER_KG),
                s.integer(IV_WEIGHT_MAX_AGE_DAYS));
    }
}
