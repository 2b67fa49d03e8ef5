package org.vigil.domain.patient;

/** The fields of the screening form that a {@link org.vigil.domain.FieldProblem} can point at. */
public enum ScreeningField {
    SCREENED_ON,
    PREGNANCY,
    OVERRIDES,
    MINOR_CONSENT,
    OLDER_ADULT_CONFIRMATION
}
