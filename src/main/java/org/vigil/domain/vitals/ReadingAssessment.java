package org.vigil.domain.vitals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a new reading means, given the baseline and the readings before it: a recheck prompt
 * (BP-4), a rise from baseline (BP-6), or the causes of a high-priority alarm to the prescriber
 * (BP-5). Sedation by MOAA/S (OBS-2) is scored separately, see {@link #sedation}.
 */
public final class ReadingAssessment {

    private ReadingAssessment() {}

    /**
     * @param baseline the pre-dose reading, if any (no baseline: no rise can be measured)
     * @param earlier readings of this session charted before, in any order; those observed after
     *     the new reading (typed in late) are not part of its history
     * @param reading the new reading
     * @return the flags, in the order of {@link VitalConcern}; empty for a normal reading
     */
    public static List<VitalFlag> assess(Optional<VitalSigns> baseline, List<VitalSigns> earlier, VitalSigns reading,
            AssessmentRules rules) {
        List<VitalFlag> flags = new ArrayList<>();
        String bp = reading.bloodPressure();
        // BP-4: the recheck repeats until a reading is back at or under the threshold.
        if (reading.systolic() > rules.recheckSystolicAbove() || reading.diastolic() > rules.recheckDiastolicAbove()) {
            flags.add(VitalFlag.of(VitalConcern.RECHECK_NEEDED, "vitals.flag.recheck", bp,
                    rules.recheckSystolicAbove(), rules.recheckDiastolicAbove()));
        }
        baseline.ifPresent(base -> {
            int systolicRise = reading.systolic() - base.systolic();
            int diastolicRise = reading.diastolic() - base.diastolic();
            if (systolicRise >= rules.riseSystolicAtLeast() || diastolicRise >= rules.riseDiastolicAtLeast()) {
                flags.add(VitalFlag.of(VitalConcern.RISE_FROM_BASELINE, "vitals.flag.rise", bp, base.bloodPressure(),
                        systolicRise, diastolicRise));
            }
        });
        // BP-5: one very high reading alarms at once; a high one only when a run of high
        // readings spans the interval, so that a single cuff artefact does not call the prescriber.
        Predicate<VitalSigns> high = r -> r.systolic() >= rules.sustainedSystolicAtLeast()
                || r.diastolic() >= rules.sustainedDiastolicAtLeast();
        if (sustained(earlier, reading, high, rules.sustainedApart())) {
            flags.add(VitalFlag.of(VitalConcern.BLOOD_PRESSURE_SUSTAINED_HIGH, "vitals.alarm.bloodPressureSustained", bp,
                    rules.sustainedSystolicAtLeast(), rules.sustainedDiastolicAtLeast(), rules.sustainedApart().toMinutes()));
        }
        if (reading.systolic() >= rules.singleSystolicAtLeast() || reading.diastolic() >= rules.singleDiastolicAtLeast()) {
            flags.add(VitalFlag.of(VitalConcern.BLOOD_PRESSURE_VERY_HIGH, "vitals.alarm.bloodPressureVeryHigh", bp,
                    rules.singleSystolicAtLeast(), rules.singleDiastolicAtLeast()));
        }
        if (reading.spo2() < rules.spo2Below()) {
            flags.add(VitalFlag.of(VitalConcern.LOW_SPO2, "vitals.alarm.spo2Low", reading.spo2(), rules.spo2Below()));
        }
        if (sustained(earlier, reading, r -> r.heartRate() > rules.heartRateAbove(), rules.heartRateSustainedFor())) {
            flags.add(VitalFlag.of(VitalConcern.HEART_RATE_SUSTAINED_HIGH, "vitals.alarm.heartRateSustained",
                    reading.heartRate(), rules.heartRateAbove(), rules.heartRateSustainedFor().toMinutes()));
        }
        return List.copyOf(flags);
    }

    /** OBS-2: a MOAA/S score at or below the setting calls the prescriber (high-priority alarm). */
    public static Optional<VitalFlag> sedation(int moaas, AssessmentRules rules) {
        return moaas <= rules.sedationAlarmAtOrBelow()
                ? Optional.of(VitalFlag.of(VitalConcern.DEEP_SEDATION, "vitals.alarm.deepSedation", moaas))
                : Optional.empty();
    }

    /**
     * Whether the new reading ends an unbroken run of readings meeting the condition that began
     * at least {@code span} earlier. A reading in between that does not meet it breaks the run.
     */
    static boolean sustained(List<VitalSigns> earlier, VitalSigns reading, Predicate<VitalSigns> condition, Duration span) {
        if (!condition.test(reading)) {
            return false;
        }
        List<VitalSigns> before = earlier.stream()
                .filter(r -> r.observedAt().isBefore(reading.observedAt()))
                .sorted(Comparator.comparing(VitalSigns::observedAt).reversed())
                .toList();
        for (VitalSigns previous : before) {
            if (!condition.test(previous)) {
                return false;
            }
            if (!previous.observedAt().isAfter(reading.observedAt().minus(span))) {
                return true;
            }
        }
        return false;
    }
}
