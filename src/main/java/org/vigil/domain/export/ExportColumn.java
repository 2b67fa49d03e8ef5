package org.vigil.domain.export;

/**
 * A column of an export. Its header is the bundle's {@code export.column.<NAME>} in the chosen
 * language. EXP-1: whether it is written depends on the export being identified or not, decided
 * here for each column once, so no export can forget to leave a name out.
 */
public enum ExportColumn {
    // Sessions and readings
    SESSION(Audience.BOTH),
    SESSION_DATE(Audience.BOTH),
    CHAIR(Audience.BOTH),
    STATE(Audience.BOTH),
    PATIENT_KEY(Audience.DEIDENTIFIED),
    MRN(Audience.IDENTIFIED),
    FAMILY_NAME(Audience.IDENTIFIED),
    GIVEN_NAME(Audience.IDENTIFIED),
    ID_NUMBER(Audience.IDENTIFIED),
    DATE_OF_BIRTH(Audience.IDENTIFIED),
    AGE(Audience.IDENTIFIED),
    AGE_GROUP(Audience.DEIDENTIFIED),
    SEX(Audience.BOTH),
    REGIMEN(Audience.BOTH),
    ROUTE(Audience.BOTH),
    DOSE_MG(Audience.BOTH),
    MG_PER_KG(Audience.BOTH),
    DEVICES_GIVEN(Audience.BOTH),
    LOTS(Audience.BOTH),
    CHECKED_IN_AT(Audience.BOTH),
    DOSE_START_AT(Audience.BOTH),
    READY_TO_LEAVE_AT(Audience.BOTH),
    DISCHARGED_AT(Audience.BOTH),
    READY_TO_LEAVE_MINUTES(Audience.BOTH),
    MONITORED_MINUTES(Audience.BOTH),
    BASELINE_BP(Audience.BOTH),
    HIGHEST_BP(Audience.BOTH),
    LOWEST_MOAAS(Audience.BOTH),
    DISSOCIATION(Audience.BOTH),
    ADVERSE_EVENTS(Audience.BOTH),
    OVERRIDES(Audience.BOTH),
    AUTHORISED_BY(Audience.BOTH),
    READY_SIGNED_BY(Audience.BOTH),
    /** Reasons, descriptions and notes typed at the chair: they can hold any name, so only the identified export has them. */
    NOTES(Audience.IDENTIFIED),
    READING(Audience.BOTH),
    OBSERVED_AT(Audience.BOTH),
    RECORDED_AT(Audience.BOTH),
    MINUTES_AFTER_DOSE(Audience.BOTH),
    SBP(Audience.BOTH),
    DBP(Audience.BOTH),
    HEART_RATE(Audience.BOTH),
    SPO2(Audience.BOTH),
    MOAAS(Audience.BOTH),
    RECORDED_BY(Audience.BOTH),
    // Register entries
    ENTRY(Audience.BOTH),
    WRITTEN_AT(Audience.BOTH),
    OCCURRED_AT(Audience.BOTH),
    PRODUCT(Audience.BOTH),
    LOT(Audience.BOTH),
    EXPIRY(Audience.BOTH),
    ENTRY_KIND(Audience.BOTH),
    UNITS(Audience.BOTH),
    MG(Audience.BOTH),
    ML(Audience.BOTH),
    ENTERED_BY(Audience.BOTH),
    WITNESS(Audience.BOTH),
    PRESCRIBER(Audience.BOTH),
    PATIENT_NAME(Audience.IDENTIFIED),
    /** A receipt's supplier: a business, not a person the research is about. */
    SUPPLIER(Audience.BOTH),
    /** An invoice number, or the session an administration belongs to: a number that joins exports. */
    REFERENCE(Audience.IDENTIFIED),
    METHOD(Audience.BOTH),
    REASON(Audience.IDENTIFIED),
    CORRECTS(Audience.BOTH),
    SIGNATURES(Audience.BOTH),
    // Audit events
    /** The chain's sequence number and hash are unique across every export, so they would join them. */
    EVENT(Audience.IDENTIFIED),
    AT(Audience.BOTH),
    USER(Audience.BOTH),
    ACTION(Audience.BOTH),
    ENTITY_TYPE(Audience.BOTH),
    ENTITY(Audience.BOTH),
    OLD_VALUE(Audience.IDENTIFIED),
    NEW_VALUE(Audience.IDENTIFIED),
    EVENT_REASON(Audience.IDENTIFIED),
    HASH(Audience.IDENTIFIED);

    /** Which exports carry a column. */
    public enum Audience {
        BOTH,
        IDENTIFIED,
        DEIDENTIFIED
    }

    private final Audience audience;

    ExportColumn(Audience audience) {
        this.audience = audience;
    }

    public boolean writtenIn(boolean deidentified) {
        return switch (audience) {
            case BOTH -> true;
            case IDENTIFIED -> !deidentified;
            case DEIDENTIFIED -> deidentified;
        };
    }

    /** The header's key in the message bundles. */
    public String messageKey() {
        return "export.column." + name();
    }
}
