package org.vigil.domain.export;

import static org.vigil.domain.export.ExportColumn.*;

import java.util.List;

/** What an export holds, one row per session, reading, register entry or audit event of the period. */
public enum ExportKind {
    /** One row per session booked in the period (cancelled ones too: an audit asks why). */
    SESSIONS(List.of(SESSION, SESSION_DATE, CHAIR, STATE, PATIENT_KEY, MRN, FAMILY_NAME, GIVEN_NAME, ID_NUMBER, DATE_OF_BIRTH, AGE,
            AGE_GROUP, SEX, REGIMEN, ROUTE, DOSE_MG, MG_PER_KG, DEVICES_GIVEN, LOTS, CHECKED_IN_AT, DOSE_START_AT, READY_TO_LEAVE_AT,
            DISCHARGED_AT, READY_TO_LEAVE_MINUTES, MONITORED_MINUTES, BASELINE_BP, HIGHEST_BP, LOWEST_MOAAS, DISSOCIATION,
            ADVERSE_EVENTS, OVERRIDES, AUTHORISED_BY, READY_SIGNED_BY, NOTES)),
    /** One row per vital sign set, MOAA/S score or dissociation note recorded in a session of the period (BP-9 both times). */
    READINGS(List.of(SESSION, SESSION_DATE, PATIENT_KEY, MRN, FAMILY_NAME, GIVEN_NAME, AGE_GROUP, READING, OBSERVED_AT, RECORDED_AT,
            MINUTES_AFTER_DOSE, SBP, DBP, HEART_RATE, SPO2, MOAAS, DISSOCIATION, RECORDED_BY)),
    /** One row per register entry written in the period (CD-7's rule for which period an entry belongs to). */
    REGISTER(List.of(ENTRY, WRITTEN_AT, OCCURRED_AT, PRODUCT, LOT, EXPIRY, ENTRY_KIND, UNITS, MG, ML, ENTERED_BY, WITNESS, PRESCRIBER,
            PATIENT_KEY, PATIENT_NAME, ID_NUMBER, SESSION, SUPPLIER, REFERENCE, METHOD, REASON, CORRECTS, SIGNATURES)),
    /** One row per audit event of the period, up to the chain head the export names (SIG-4). */
    AUDIT(List.of(EVENT, AT, USER, ACTION, ENTITY_TYPE, ENTITY, OLD_VALUE, NEW_VALUE, EVENT_REASON, HASH));

    private final List<ExportColumn> columns;

    ExportKind(List<ExportColumn> columns) {
        this.columns = columns;
    }

    /** The columns written, in order, for an identified or a de-identified export. */
    public List<ExportColumn> columns(boolean deidentified) {
        return columns.stream().filter(c -> c.writtenIn(deidentified)).toList();
    }
}
