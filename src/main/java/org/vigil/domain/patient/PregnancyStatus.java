package org.vigil.domain.patient;

/** The answer to PAT-4's pregnancy question, asked at screening and before every session. */
public enum PregnancyStatus {
    NOT_ASKED,
    NOT_PREGNANT,
    PREGNANT
}
