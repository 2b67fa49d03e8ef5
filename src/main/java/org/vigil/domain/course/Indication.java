package org.vigil.domain.course;

/** What a course treats (PAT-5). */
public enum Indication {
    /** Treatment-resistant depression: nasal or IV. */
    TRD,
    /** Depressive symptoms with acute suicidal ideation or behaviour: nasal. */
    MDSI,
    /** Prevention of postpartum depression: a single IV dose at caesarean section. */
    PPD_PREVENTION,
    /** Anything else, described in free text. */
    OTHER
}
