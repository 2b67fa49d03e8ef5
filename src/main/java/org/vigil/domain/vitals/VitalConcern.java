package org.vigil.domain.vitals;

/**
 * What a reading or a sedation score means for the nurse at the chair. Recheck is a prompt on
 * the session (BP-4); a rise from baseline is a prompt and a medium alarm to the nurse (BP-6);
 * the rest are high-priority alarms to the prescriber (BP-5, OBS-2).
 */
public enum VitalConcern {
    RECHECK_NEEDED("BP-4", false),
    RISE_FROM_BASELINE("BP-6", false),
    BLOOD_PRESSURE_SUSTAINED_HIGH("BP-5", true),
    BLOOD_PRESSURE_VERY_HIGH("BP-5", true),
    LOW_SPO2("BP-5", true),
    HEART_RATE_SUSTAINED_HIGH("BP-5", true),
    DEEP_SEDATION("OBS-2", true);

    private final String ruleId;
    private final boolean highAlarm;

    VitalConcern(String ruleId, boolean highAlarm) {
        this.ruleId = ruleId;
        this.highAlarm = highAlarm;
    }

    public String ruleId() {
        return ruleId;
    }

    /** Whether it raises a high-priority alarm to the prescriber. */
    public boolean highAlarm() {
        return highAlarm;
    }
}
