package org.vigil.domain.patient;

/** Sex as recorded for clinical purposes (pregnancy questions, PAT-4; PPD prevention, PAT-5). */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
