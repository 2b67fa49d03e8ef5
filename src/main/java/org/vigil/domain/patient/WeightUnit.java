package org.vigil.domain.patient;

import java.math.BigDecimal;

/** The unit a weight was entered in. Weights are always stored in kilograms (BP-8). */
public enum WeightUnit {
    KG,
    /** The international avoirdupois pound, defined as exactly 0.45359237 kg. */
    LB;

    private static final BigDecimal KG_PER_POUND = new BigDecimal("0.45359237");

    /** The amount in kilograms, unrounded. */
    public BigDecimal toKg(BigDecimal amount) {
        return switch (this) {
            case KG -> amount;
            case LB -> amount.multiply(KG_PER_POUND);
        };
    }
}
