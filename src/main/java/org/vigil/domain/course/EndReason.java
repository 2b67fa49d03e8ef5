package org.vigil.domain.course;

/** Why a course ended. Message key {@code endReason.<NAME>}. */
public enum EndReason {
    /** The planned course is complete (for example the single PPD dose was given). */
    COMPLETED,
    /** No sufficient response (for example at the week-4 review). */
    INSUFFICIENT_RESPONSE,
    ADVERSE_EFFECTS,
    /** A contraindication appeared (PAT-1, PAT-2). */
    CONTRAINDICATION,
    /** PAT-4. */
    PREGNANCY,
    PATIENT_CHOICE,
    TRANSFERRED,
    LOST_TO_FOLLOW_UP,
    DIED,
    /** Anything else; the decision's reason says what. */
    OTHER
}
