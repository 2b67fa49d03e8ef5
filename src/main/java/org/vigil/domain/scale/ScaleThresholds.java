package org.vigil.domain.scale;

import org.vigil.domain.Settings;

/**
 * Response and remission thresholds, from protocol settings.
 *
 * @param responseReductionPercent response: total reduced by at least this percentage of the
 *     course baseline
 * @param phq9RemissionBelow PHQ-9 remission: total below this
 * @param madrsRemissionAtOrBelow MADRS remission: total at or below this
 */
public record ScaleThresholds(int responseReductionPercent, int phq9RemissionBelow, int madrsRemissionAtOrBelow) {

    /** Percentages are out of this. */
    private static final int HUNDRED = 100;

    public static ScaleThresholds from(Settings s) {
        return new ScaleThresholds(
                s.integer(ScaleSettingKeys.RESPONSE_REDUCTION_PERCENT),
                s.integer(ScaleSettingKeys.PHQ9_REMISSION_BELOW),
                s.integer(ScaleSettingKeys.MADRS_REMISSION_AT_OR_BELOW));
    }

    public boolean remission(ScaleScore score) {
        return switch (score) {
            case Phq9 p -> p.total() < phq9RemissionBelow;
            case Madrs m -> m.total() <= madrsRemissionAtOrBelow;
        };
    }

    /**
     * Response: the current total is at least the threshold percentage below the baseline total
     * (exact integer arithmetic, no rounding). A baseline of 0 has no response.
     */
    public boolean response(ScaleScore baseline, ScaleScore current) {
        if (baseline.kind() != current.kind()) {
            throw new IllegalArgumentException("compare like with like: " + baseline.kind() + " vs " + current.kind());
        }
        int base = baseline.total();
        return base > 0 && (long) (base - current.total()) * HUNDRED >= (long) responseReductionPercent * base;
    }
}
