package org.vigil.domain.course;

/** The long-term monitoring of SCH-7. Message key {@code monitoring.<NAME>}. */
public enum MonitoringKind {
    /** Asked at every session (also on the PRE-1 checklist). */
    SUBSTANCE_USE_QUESTION,
    /** Urine or blood drug screen, periodically. */
    DRUG_SCREEN,
    LIVER_FUNCTION_TESTS,
    COGNITIVE_ASSESSMENT,
    /** Renal and urinary symptom questions (ketamine cystitis). */
    URINARY_SYMPTOMS,
    /** For a set number of days after a course stops. */
    WITHDRAWAL_FOLLOW_UP
}
