package org.vigil.domain.patient;

/**
 * The clinic's country (system setting {@code clinic.country}); it decides the format of the
 * patient's identity-document number.
 */
public enum ClinicCountry {
    /** 18-character resident identity card (居民身份证). */
    CN(IdNumberFormat.CN_RESIDENT_IDENTITY_CARD),
    US(IdNumberFormat.PERMISSIVE),
    GB(IdNumberFormat.PERMISSIVE),
    OTHER(IdNumberFormat.PERMISSIVE);

    private final IdNumberFormat idFormat;

    ClinicCountry(IdNumberFormat idFormat) {
        this.idFormat = idFormat;
    }

    public IdNumberFormat idFormat() {
        return idFormat;
    }
}
