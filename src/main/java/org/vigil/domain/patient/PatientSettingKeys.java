package org.vigil.domain.patient;

/** Names of the settings the patient rules read. Values and bounds live in the database. */
public final class PatientSettingKeys {

    private PatientSettingKeys() {}

    /** SYSTEM, CHOICE of {@link ClinicCountry}: decides the ID-number format. */
    public static final String CLINIC_COUNTRY = "clinic.country";
    /** PROTOCOL, YES/NO: whether an ID-document number is required at registration (CD-3). */
    public static final String ID_NUMBER_REQUIRED = "pat.idNumberRequired";
    /** BP-8 weight limits in kg. */
    public static final String WEIGHT_MIN_KG = "limits.weightKg.min";
    public static final String WEIGHT_MAX_KG = "limits.weightKg.max";
    /** PAT-3. */
    public static final String ADULT_AGE_YEARS = "pat.adultAgeYears";
    public static final String OLDER_ADULT_AGE_YEARS = "adm.elderlyAgeYears";
    /** Value of YES/NO choice settings meaning yes. */
    public static final String YES = "YES";
}
