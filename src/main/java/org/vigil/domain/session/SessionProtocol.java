package org.vigil.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Settings;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * The protocol numbers a session runs under, read from the clinic's settings so that no
 * interval or threshold lives in code.
 *
 * @param mgPerDevice PROD-1 / ADM-3
 * @param deviceRest ADM-2: the next device is locked for this long after each device
 * @param nextDeviceOverdue ADM-2: how long after the rest the next device counts as late
 * @param bpCheckAfter BP-3: the post-dose BP check, measured from the anchor
 * @param bpCheckAnchor BP-3: first or last device (IV: always the infusion start)
 * @param bpCheckWindow BP-3: the check is due this long before, overdue this long after; also the
 *     grace before a BP-4 recheck counts as late
 * @param recheckSbpAbove BP-4 and DIS-1 "last BP within thresholds"
 * @param recheckDbpAbove BP-4 and DIS-1
 * @param recheckInterval BP-4
 * @param dischargeReadingWithin BP-7
 * @param observation OBS-1 minimum observation
 * @param hepaticExtra OBS-1 extra for PAT-2 moderate hepatic impairment
 * @param sedationChecks OBS-2: times after the dose start when MOAA/S is due
 * @param sedationCheckWindow OBS-2: a score this close to the check counts; later is overdue
 * @param endReviewOverdue OBS-1 / BP-7: grace after the end of observation before the discharge
 *     review and its BP count as late
 * @param dischargeMinimumSpo2 DIS-1
 * @param dischargeRequiredMoaas DIS-1
 * @param baselineSbpAbove BP-2: a baseline above this needs a prescriber's override
 * @param baselineDbpAbove BP-2
 * @param fastingFood PRE-1: no food for this long before the dose
 * @param fastingLiquid PRE-1: no liquids for this long
 * @param nasalSprayWithin PRE-1: no nasal corticosteroid or decongestant within this
 * @param infusionMin ADM-4: the shortest IV infusion a prescriber may authorise
 * @param infusionMax ADM-4: the longest
 * @param riseSbpAtLeast BP-6: a post-dose systolic this far above the baseline is flagged
 * @param riseDbpAtLeast BP-6: the same for diastolic
 */
public record SessionProtocol(
        int mgPerDevice,
        Duration deviceRest,
        Duration nextDeviceOverdue,
        Duration bpCheckAfter,
        BpCheckAnchor bpCheckAnchor,
        Duration bpCheckWindow,
        int recheckSbpAbove,
        int recheckDbpAbove,
        Duration recheckInterval,
        Duration dischargeReadingWithin,
        Duration observation,
        Duration hepaticExtra,
        List<Duration> sedationChecks,
        Duration sedationCheckWindow,
        Duration endReviewOverdue,
        int dischargeMinimumSpo2,
        int dischargeRequiredMoaas,
        int baselineSbpAbove,
        int baselineDbpAbove,
        Duration fastingFood,
        Duration fastingLiquid,
        Duration nasalSprayWithin,
        Duration infusionMin,
        Duration infusionMax,
        int riseSbpAtLeast,
        int riseDbpAtLeast) {

    /** BP-3: which device the 40-minute check is counted from. */
    public enum BpCheckAnchor {
        FIRST_DEVICE,
        LAST_DEVICE
    }

    public SessionProtocol {
        sedationChecks = sedationChecks.stream().sorted().distinct().toList();
    }

    public static SessionProtocol from(Settings s) {
        return new SessionProtocol(
                s.integer(SessionSettingKeys.MG_PER_DEVICE),
                minutes(s, SessionSettingKeys.DEVICE_REST_MINUTES),
                minutes(s, SessionSettingKeys.NEXT_DEVICE_OVERDUE_MINUTES),
                minutes(s, SessionSettingKeys.BP_CHECK_MINUTES),
                BpCheckAnchor.valueOf(s.text(SessionSettingKeys.BP_CHECK_ANCHOR)),
                minutes(s, SessionSettingKeys.BP_CHECK_WINDOW_MINUTES),
                s.integer(SessionSettingKeys.RECHECK_SBP_ABOVE),
                s.integer(SessionSettingKeys.RECHECK_DBP_ABOVE),
                minutes(s, SessionSettingKeys.RECHECK_INTERVAL_MINUTES),
                minutes(s, SessionSettingKeys.DISCHARGE_READING_WITHIN_MINUTES),
                minutes(s, SessionSettingKeys.OBSERVATION_MINUTES),
                minutes(s, SessionSettingKeys.HEPATIC_EXTRA_MINUTES),
                s.integers(SessionSettingKeys.SEDATION_CHECK_MINUTES).stream().map(m -> Duration.ofMinutes(m)).toList(),
                minutes(s, SessionSettingKeys.SEDATION_CHECK_WINDOW_MINUTES),
                minutes(s, SessionSettingKeys.END_REVIEW_OVERDUE_MINUTES),
                s.integer(SessionSettingKeys.DISCHARGE_MINIMUM_SPO2),
                s.integer(SessionSettingKeys.DISCHARGE_REQUIRED_MOAAS),
                s.integer(SessionSettingKeys.BASELINE_SBP_ABOVE),
                s.integer(SessionSettingKeys.BASELINE_DBP_ABOVE),
                minutes(s, SessionSettingKeys.FASTING_FOOD_MINUTES),
                minutes(s, SessionSettingKeys.FASTING_LIQUID_MINUTES),
                minutes(s, SessionSettingKeys.NASAL_SPRAY_MINUTES),
                minutes(s, SessionSettingKeys.INFUSION_MINUTES_MIN),
                minutes(s, SessionSettingKeys.INFUSION_MINUTES_MAX),
                s.integer(SessionSettingKeys.RISE_SBP_AT_LEAST),
                s.integer(SessionSettingKeys.RISE_DBP_AT_LEAST));
    }

    private static Duration minutes(Settings s, String key) {
        return Duration.ofMinutes(s.integer(key));
    }

    /** OBS-1: how long this patient must be observed. */
    public Duration observationFor(SessionSnapshot session) {
        return session.hepaticMonitoring() ? observation.plus(hepaticExtra) : observation;
    }

    /** ADM-2: when the rest after the last device ends; empty before any device. The one place this is computed. */
    public Optional<Instant> restEndsAt(SessionSnapshot session) {
        return session.lastDevice().map(last -> last.plus(deviceRest));
    }

    /** OBS-1: when this patient's minimum observation ends; empty before the dose starts. The one place this is computed. */
    public Optional<Instant> observationEndsAt(SessionSnapshot session) {
        return session.doseStart().map(start -> start.plus(observationFor(session)));
    }

    /** BP-2: a baseline above either threshold waits for a prescriber's override. */
    public boolean baselineNeedsOverride(int sbp, int dbp) {
        return sbp > baselineSbpAbove || dbp > baselineDbpAbove;
    }

    /** BP-4 / DIS-1: a reading above either threshold. */
    public boolean isElevated(int sbp, int dbp) {
        return sbp > recheckSbpAbove || dbp > recheckDbpAbove;
    }

    /**
     * BP-6: a reading this far above the session's baseline, even under the BP-4 thresholds: a
     * patient with a low baseline can climb a long way before 160/100. No baseline, no rise.
     */
    public boolean risesFromBaseline(SessionSnapshot session, VitalsRecorded reading) {
        return session.baseline().filter(b -> reading.sbp() - b.sbp() >= riseSbpAtLeast
                || reading.dbp() - b.dbp() >= riseDbpAtLeast).isPresent();
    }
}
