package org.vigil.domain.vitals;

/** Names of the protocol settings the vital-sign, dose and alarm rules read (seeded by V2). */
public final class VitalSettingKeys {

    private VitalSettingKeys() {}

    // BP-8: hard input limits
    public static final String SBP_MIN = "limits.sbp.min";
    public static final String SBP_MAX = "limits.sbp.max";
    public static final String DBP_MIN = "limits.dbp.min";
    public static final String DBP_MAX = "limits.dbp.max";
    public static final String HEART_RATE_MIN = "limits.heartRate.min";
    public static final String HEART_RATE_MAX = "limits.heartRate.max";
    public static final String SPO2_MIN = "limits.spo2.min";
    public static final String SPO2_MAX = "limits.spo2.max";
    public static final String TEMPERATURE_MIN_C = "limits.temperatureC.min";
    public static final String TEMPERATURE_MAX_C = "limits.temperatureC.max";
    public static final String READING_FUTURE_MINUTES = "limits.readingFutureMinutes";

    // BP-2
    public static final String BASELINE_SBP_ABOVE = "bp.baseline.sbpAbove";
    public static final String BASELINE_DBP_ABOVE = "bp.baseline.dbpAbove";
    // BP-4
    public static final String RECHECK_SBP_ABOVE = "bp.recheck.sbpAbove";
    public static final String RECHECK_DBP_ABOVE = "bp.recheck.dbpAbove";
    // BP-5
    public static final String SUSTAINED_SBP_AT_LEAST = "bp.alarm.sustained.sbpAtLeast";
    public static final String SUSTAINED_DBP_AT_LEAST = "bp.alarm.sustained.dbpAtLeast";
    public static final String SUSTAINED_MINUTES_APART = "bp.alarm.sustained.minutesApart";
    public static final String SINGLE_SBP_AT_LEAST = "bp.alarm.single.sbpAtLeast";
    public static final String SINGLE_DBP_AT_LEAST = "bp.alarm.single.dbpAtLeast";
    public static final String SPO2_BELOW = "vitals.alarm.spo2Below";
    public static final String HEART_RATE_ABOVE = "vitals.alarm.heartRateAbove";
    public static final String HEART_RATE_SUSTAINED_MINUTES = "vitals.alarm.heartRateSustainedMinutes";
    // BP-6
    public static final String RISE_SBP_FLAG = "bp.rise.sbpFlag";
    public static final String RISE_DBP_FLAG = "bp.rise.dbpFlag";
    // OBS-2
    public static final String SEDATION_ALARM_AT_OR_BELOW = "obs.sedationAlarmAtOrBelow";

    // ADM-3, ADM-4, PAT-3
    public static final String MG_PER_DEVICE = "adm.nasal.mgPerDevice";
    public static final String NASAL_MAX_DOSE_MG = "adm.nasal.maxDoseMg";
    public static final String FIRST_TRD_DOSE_MG = "adm.nasal.firstTrdDoseMg";
    public static final String FIRST_TRD_DOSE_ELDERLY_MG = "adm.nasal.firstTrdDoseElderlyMg";
    public static final String ELDERLY_AGE_YEARS = "adm.elderlyAgeYears";
    public static final String IV_WARN_ABOVE_MG_PER_KG = "adm.iv.warnAboveMgPerKg";
    public static final String IV_WEIGHT_MAX_AGE_DAYS = "adm.iv.weightMaxAgeDays";

    // ALM-2, ALM-3
    public static final String ACK_PAUSE_MINUTES = "alm.ackPauseMinutes";
    public static final String MEDIUM_ESCALATE_MINUTES = "alm.mediumEscalateMinutes";
}
