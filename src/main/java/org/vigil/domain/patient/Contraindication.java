package org.vigil.domain.patient;

/**
 * The contraindications asked at screening. Absolute ones (PAT-1) block enrolment and cannot be
 * overridden; relative ones (PAT-2) need a prescriber's override with a reason. Pregnancy and
 * breastfeeding are asked as questions of their own (PAT-4) and added from the answers.
 *
 * <p>Message keys: {@code contraindication.<NAME>} is the label,
 * {@code contraindication.<NAME>.refusal} what it means for enrolment,
 * {@code contraindication.<NAME>.suspended} what an absolute one found later means for each dose.
 */
public enum Contraindication {
    // PAT-1: aneurysmal vascular disease (aortic, intracranial, peripheral)
    AORTIC_ANEURYSM(Severity.ABSOLUTE),
    INTRACRANIAL_ANEURYSM(Severity.ABSOLUTE),
    PERIPHERAL_ARTERIAL_ANEURYSM(Severity.ABSOLUTE),
    ARTERIOVENOUS_MALFORMATION(Severity.ABSOLUTE),
    INTRACEREBRAL_HAEMORRHAGE_HISTORY(Severity.ABSOLUTE),
    /** For example myocardial infarction. */
    RECENT_CARDIOVASCULAR_EVENT(Severity.ABSOLUTE),
    /** To esketamine, ketamine or an excipient. */
    HYPERSENSITIVITY(Severity.ABSOLUTE),
    // PAT-2
    PSYCHOTIC_SYMPTOMS(Severity.RELATIVE),
    UNCONTROLLED_HYPERTENSION(Severity.RELATIVE),
    UNSTABLE_CARDIOVASCULAR_DISEASE(Severity.RELATIVE),
    UNSTABLE_RESPIRATORY_DISEASE(Severity.RELATIVE),
    PREGNANCY(Severity.RELATIVE),
    BREASTFEEDING(Severity.RELATIVE),
    /** Child-Pugh B: treatable with longer observation (OBS-1). */
    MODERATE_HEPATIC_IMPAIRMENT(Severity.RELATIVE),
    /** Child-Pugh C: not recommended. */
    SEVERE_HEPATIC_IMPAIRMENT(Severity.RELATIVE);

    public enum Severity {
        /** Hard stop (PAT-1). */
        ABSOLUTE,
        /** Override by a prescriber with a reason (PAT-2). */
        RELATIVE
    }

    private final Severity severity;

    Contraindication(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean absolute() {
        return severity == Severity.ABSOLUTE;
    }

    public String ruleId() {
        return switch (severity) {
            case ABSOLUTE -> "PAT-1";
            case RELATIVE -> "PAT-2";
        };
    }

    public String labelKey() {
        return "contraindication." + name();
    }

    public String refusalKey() {
        return "contraindication." + name() + ".refusal";
    }

    /** PAT-1 re-checked before each dose; only absolute contraindications have this message. */
    public String suspendedKey() {
        return "contraindication." + name() + ".suspended";
    }
}
