package org.vigil.domain.patient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A body weight in kilograms and the day it was measured. IV doses are mg/kg × this weight
 * (PROD-2), so the date matters. Stored to 0.1 kg.
 */
public record Weight(BigDecimal kg, LocalDate measuredOn) {

    /** Stored precision: one decimal place of a kilogram. */
    private static final int KG_DECIMALS = 1;

    public Weight {
        Objects.requireNonNull(kg, "kg");
        kg = kg.setScale(KG_DECIMALS, RoundingMode.HALF_UP);
    }

    /** A weight as typed, in either unit; pounds are converted to kilograms (BP-8). */
    public static Weight entered(BigDecimal amount, WeightUnit unit, LocalDate measuredOn) {
        return new Weight(unit.toKg(amount), measuredOn);
    }
}
