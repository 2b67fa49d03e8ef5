package org.vigil.domain.vitals;

import static org.vigil.domain.vitals.VitalSettingKeys.*;

import java.time.Duration;
import org.vigil.domain.Settings;

/**
 * The thresholds that turn a reading into a prompt or an alarm (BP-4, BP-5, BP-6, OBS-2), from
 * settings. "Above" is strict, "at least" and "at or below" include the number, as the rules say.
 */
public record AssessmentRules(
        int recheckSystolicAbove,
        int recheckDiastolicAbove,
        int riseSystolicAtLeast,
        int riseDiastolicAtLeast,
        int sustainedSystolicAtLeast,
        int sustainedDiastolicAtLeast,
        Duration sustainedApart,
        int singleSystolicAtLeast,
        int singleDiastolicAtLeast,
        int spo2Below,
        int heartRateAbove,
        Duration heartRateSustainedFor,
        int sedationAlarmAtOrBelow) {

    public static AssessmentRules from(Settings s) {
        return new AssessmentRules(
                s.integer(RECHECK_SBP_ABOVE), s.integer(RECHECK_DBP_ABOVE),
                s.integer(RISE_SBP_FLAG), s.integer(RISE_DBP_FLAG),
                s.integer(SUSTAINED_SBP_AT_LEAST), s.integer(SUSTAINED_DBP_AT_LEAST),
                Duration.ofMinutes(s.integer(SUSTAINED_MINUTES_APART)),
                s.integer(SINGLE_SBP_AT_LEAST), s.integer(SINGLE_DBP_AT_LEAST),
                s.integer(SPO2_BELOW),
                s.integer(HEART_RATE_ABOVE), Duration.ofMinutes(s.integer(HEART_RATE_SUSTAINED_MINUTES)),
                s.integer(SEDATION_ALARM_AT_OR_BELOW));
    }
}
