package org.vigil.domain.session;

/** OBS-4: the adverse events the rules list; the serious ones send the patient to emergency care. */
public enum AdverseEventKind {
    DISSOCIATION(false),
    BP_ELEVATION(false),
    SEDATION(false),
    NAUSEA(false),
    VOMITING(false),
    DIZZINESS(false),
    ANXIETY(false),
    HEADACHE(false),
    RESPIRATORY_DEPRESSION(false),
    CHEST_PAIN(true),
    SHORTNESS_OF_BREATH(true),
    SUDDEN_SEVERE_HEADACHE(true),
    VISION_CHANGE(true),
    SEIZURE(true),
    OTHER(false);

    private final boolean serious;

    AdverseEventKind(boolean serious) {
        this.serious = serious;
    }

    /** OBS-4: refer to emergency care and report. */
    public boolean serious() {
        return serious;
    }
}
