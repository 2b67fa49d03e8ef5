package org.vigil.domain.session;

/** Names of the protocol settings the session engine reads (V2 and V5 migrations). */
public final class SessionSettingKeys {

    private SessionSettingKeys() {}

    public static final String MG_PER_DEVICE = "adm.nasal.mgPerDevice";
    public static final String DEVICE_REST_MINUTES = "adm.deviceRestMinutes";
    public static final String NEXT_DEVICE_OVERDUE_MINUTES = "adm.nextDeviceOverdueMinutes";
    public static final String BP_CHECK_MINUTES = "bp.check.minutesAfterDevice";
    public static final String BP_CHECK_ANCHOR = "bp.check.anchor";
    public static final String BP_CHECK_WINDOW_MINUTES = "bp.check.windowMinutes";
    public static final String RECHECK_SBP_ABOVE = "bp.recheck.sbpAbove";
    public static final String RECHECK_DBP_ABOVE = "bp.recheck.dbpAbove";
    public static final String RECHECK_INTERVAL_MINUTES = "bp.recheck.intervalMinutes";
    public static final String DISCHARGE_READING_WITHIN_MINUTES = "bp.discharge.readingWithinMinutes";
    public static final String OBSERVATION_MINUTES = "obs.minimumMinutes";
    public static final String HEPATIC_EXTRA_MINUTES = "obs.hepaticExtraMinutes";
    public static final String SEDATION_CHECK_MINUTES = "obs.sedationCheckMinutes";
    public static final String SEDATION_CHECK_WINDOW_MINUTES = "obs.sedationCheckWindowMinutes";
    public static final String END_REVIEW_OVERDUE_MINUTES = "obs.endReviewOverdueMinutes";
    public static final String DISCHARGE_MINIMUM_SPO2 = "dis.minimumSpo2";
    public static final String DISCHARGE_REQUIRED_MOAAS = "dis.requiredMoaas";
    public static final String BASELINE_SBP_ABOVE = "bp.baseline.sbpAbove";
    public static final String BASELINE_DBP_ABOVE = "bp.baseline.dbpAbove";
    public static final String FASTING_FOOD_MINUTES = "pre.fastingFoodMinutes";
    public static final String FASTING_LIQUID_MINUTES = "pre.fastingLiquidMinutes";
    public static final String NASAL_SPRAY_MINUTES = "pre.nasalSprayMinutes";
    public static final String INFUSION_MINUTES_MIN = "adm.iv.infusionMinutesMin";
    public static final String INFUSION_MINUTES_MAX = "adm.iv.infusionMinutesMax";
    /** PROD-2: the fastest infusion rate a nurse may record (issue 14: "1e3990" mL/h was stored). */
    public static final String INFUSION_RATE_MAX_ML_PER_HOUR = "adm.iv.infusionRateMaxMlPerHour";
    // The same settings as VitalSettingKeys.RISE_*: this package must not import vitals, which imports it.
    public static final String RISE_SBP_AT_LEAST = "bp.rise.sbpFlag";
    public static final String RISE_DBP_AT_LEAST = "bp.rise.dbpFlag";
}
