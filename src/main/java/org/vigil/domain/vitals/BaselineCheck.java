package org.vigil.domain.vitals;

import java.util.Optional;
import org.vigil.domain.Refusal;
import org.vigil.domain.Settings;
import org.vigil.domain.course.Finding;
import org.vigil.domain.patient.PrescriberDecision;

/**
 * BP-2: a raised baseline blood pressure does not forbid the dose, but the label says to
 * consider delaying it, so dosing waits for a prescriber who overrides with a reason.
 *
 * @param systolicAbove baseline systolic strictly above this needs an override
 * @param diastolicAbove baseline diastolic strictly above this needs an override
 */
public record BaselineCheck(int systolicAbove, int diastolicAbove) {

    public static BaselineCheck from(Settings s) {
        return new BaselineCheck(s.integer(VitalSettingKeys.BASELINE_SBP_ABOVE), s.integer(VitalSettingKeys.BASELINE_DBP_ABOVE));
    }

    /**
     * Empty when the baseline is within the thresholds; otherwise an override still needed, or
     * the override given (only one with a reason counts: the reason goes on the session report).
     */
    public Optional<Finding> evaluate(VitalSigns baseline, Optional<PrescriberDecision> override) {
        if (baseline.systolic() <= systolicAbove && baseline.diastolic() <= diastolicAbove) {
            return Optional.empty();
        }
        Refusal refusal = Refusal.of("BP-2", "vitals.baseline.high", baseline.bloodPressure(), systolicAbove, diastolicAbove);
        return Optional.of(override.filter(PrescriberDecision::hasReason)
                .<Finding>map(by -> new Finding.Overridden(refusal, by))
                .orElseGet(() -> new Finding.NeedsOverride(refusal)));
    }
}
