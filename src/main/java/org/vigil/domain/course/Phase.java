package org.vigil.domain.course;

/** Where a course is in its regimen. Message key {@code phase.<NAME>}. */
public enum Phase {
    /** Weeks 1–4 (SCH-1, SCH-2, SCH-3). */
    INDUCTION,
    /** TRD weeks 5–8: weekly (SCH-1). */
    OPTIMISATION,
    /** TRD from week 9: the least frequent dosing that keeps the response (SCH-1). */
    MAINTENANCE,
    /** PPD prevention: one dose (SCH-4). */
    SINGLE_DOSE,
    /** Other indications: a frequency the prescriber sets. */
    INDIVIDUAL
}
