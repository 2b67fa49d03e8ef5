package org.vigil.domain.scale;

/** Names of the settings the outcome rules read. */
public final class ScaleSettingKeys {

    private ScaleSettingKeys() {}

    /** Response: at least this many percent lower than the course baseline. */
    public static final String RESPONSE_REDUCTION_PERCENT = "scale.responseReductionPercent";
    /** PHQ-9 remission: total below this. */
    public static final String PHQ9_REMISSION_BELOW = "scale.phq9.remissionBelow";
    /** MADRS remission: total at or below this. */
    public static final String MADRS_REMISSION_AT_OR_BELOW = "scale.madrs.remissionAtOrBelow";
}
