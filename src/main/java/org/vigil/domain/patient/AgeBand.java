package org.vigil.domain.patient;

/** Where a patient's age falls for PAT-3. */
public enum AgeBand {
    /** Not recommended: override with the documented consent of patient and guardian. */
    UNDER_ADULT_AGE,
    ADULT,
    /** Prescriber confirmation; lower starting dose where labelled (ADM-4). */
    OLDER_ADULT
}
