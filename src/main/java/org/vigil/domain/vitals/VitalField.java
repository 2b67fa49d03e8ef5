package org.vigil.domain.vitals;

/** The fields of the vital-signs entry that a {@code FieldProblem} can point at. */
public enum VitalField {
    SYSTOLIC,
    DIASTOLIC,
    HEART_RATE,
    SPO2,
    TEMPERATURE,
    OBSERVED_AT,
    /** The quick-entry line as a whole (e.g. a number too many). */
    QUICK_LINE
}
