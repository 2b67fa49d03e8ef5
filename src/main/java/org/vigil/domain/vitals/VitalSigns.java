package org.vigil.domain.vitals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One set of vital signs as typed at the chair (BP-9). Whether the numbers are plausible is
 * {@link VitalLimits#check}'s question, not the constructor's: the form must be able to hold a
 * mistyped value so that the problem can be shown next to its field.
 *
 * @param systolic mmHg
 * @param diastolic mmHg
 * @param heartRate beats per minute
 * @param spo2 percent, whole number (pulse oximeters show integers)
 * @param temperatureC optional; not every session measures it
 * @param observedAt when the reading was taken (entered by the nurse, defaults to now)
 * @param recordedAt when it was saved, from the clinic clock: the two may differ when a
 *     reading is written down first and typed in later
 */
public record VitalSigns(int systolic, int diastolic, int heartRate, int spo2, Optional<BigDecimal> temperatureC,
        Instant observedAt, Instant recordedAt) {

    public VitalSigns {
        Objects.requireNonNull(temperatureC, "temperatureC");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A reading without temperature, observed and recorded at the same moment. */
    public static VitalSigns at(Instant at, int systolic, int diastolic, int heartRate, int spo2) {
        return new VitalSigns(systolic, diastolic, heartRate, spo2, Optional.empty(), at, at);
    }

    /** "152/94" as the chart writes it. */
    public String bloodPressure() {
        return systolic + "/" + diastolic;
    }
}
