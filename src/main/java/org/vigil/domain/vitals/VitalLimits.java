package org.vigil.domain.vitals;

import static org.vigil.domain.vitals.VitalSettingKeys.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Settings;

/**
 * The hard input limits of BP-8, from settings. A value outside them is almost certainly a typing
 * error (15/90, 1200 for 120), so it is rejected next to its field rather than charted.
 *
 * @param futureTolerance how far ahead of the clinic clock an observation time may be: clocks
 *     of monitors and workstations drift a little, more than that is a typing error
 */
public record VitalLimits(int systolicMin, int systolicMax, int diastolicMin, int diastolicMax, int heartRateMin,
        int heartRateMax, int spo2Min, int spo2Max, BigDecimal temperatureMinC, BigDecimal temperatureMaxC,
        Duration futureTolerance) {

    private static final String RULE = "BP-8";

    public static VitalLimits from(Settings s) {
        return new VitalLimits(
                s.integer(SBP_MIN), s.integer(SBP_MAX),
                s.integer(DBP_MIN), s.integer(DBP_MAX),
                s.integer(HEART_RATE_MIN), s.integer(HEART_RATE_MAX),
                s.integer(SPO2_MIN), s.integer(SPO2_MAX),
                s.decimal(TEMPERATURE_MIN_C), s.decimal(TEMPERATURE_MAX_C),
                Duration.ofMinutes(s.integer(READING_FUTURE_MINUTES)));
    }

    /** Every problem with the reading, empty when it may be saved (BP-8). */
    public List<FieldProblem<VitalField>> check(VitalSigns reading, ReadingWindow window) {
        List<FieldProblem<VitalField>> problems = new ArrayList<>();
        range(problems, VitalField.SYSTOLIC, reading.systolic(), systolicMin, systolicMax, "vitals.systolic.outOfRange");
        range(problems, VitalField.DIASTOLIC, reading.diastolic(), diastolicMin, diastolicMax, "vitals.diastolic.outOfRange");
        // A diastolic at or above the systolic is two numbers swapped or mistyped.
        if (reading.diastolic() >= reading.systolic()) {
            problems.add(FieldProblem.of(VitalField.DIASTOLIC, RULE, "vitals.diastolic.notBelowSystolic",
                    reading.diastolic(), reading.systolic()));
        }
        range(problems, VitalField.HEART_RATE, reading.heartRate(), heartRateMin, heartRateMax, "vitals.heartRate.outOfRange");
        range(problems, VitalField.SPO2, reading.spo2(), spo2Min, spo2Max, "vitals.spo2.outOfRange");
        reading.temperatureC().ifPresent(t -> {
            if (t.compareTo(temperatureMinC) < 0 || t.compareTo(temperatureMaxC) > 0) {
                problems.add(FieldProblem.of(VitalField.TEMPERATURE, RULE, "vitals.temperature.outOfRange",
                        t, temperatureMinC, temperatureMaxC));
            }
        });
        timing(problems, reading, window);
        return List.copyOf(problems);
    }

    private void timing(List<FieldProblem<VitalField>> problems, VitalSigns reading, ReadingWindow window) {
        if (reading.observedAt().isAfter(reading.recordedAt().plus(futureTolerance))) {
            problems.add(FieldProblem.of(VitalField.OBSERVED_AT, RULE, "vitals.observedAt.future", futureTolerance.toMinutes()));
        }
        if (reading.observedAt().isBefore(window.sessionStartedAt())) {
            problems.add(FieldProblem.of(VitalField.OBSERVED_AT, RULE, "vitals.observedAt.beforeSession"));
        } else if (window.doseGivenAt().filter(reading.observedAt()::isBefore).isPresent()) {
            problems.add(FieldProblem.of(VitalField.OBSERVED_AT, RULE, "vitals.observedAt.beforeDose"));
        }
    }

    private static void range(List<FieldProblem<VitalField>> problems, VitalField field, int value, int min, int max, String key) {
        if (value < min || value > max) {
            problems.add(FieldProblem.of(field, RULE, key, value, min, max));
        }
    }
}
