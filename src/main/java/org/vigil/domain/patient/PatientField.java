package org.vigil.domain.patient;

/** The fields of the patient registration form that a {@link org.vigil.domain.FieldProblem} can point at. */
public enum PatientField {
    MRN,
    FAMILY_NAME,
    GIVEN_NAME,
    DATE_OF_BIRTH,
    SEX,
    PHONE,
    EMAIL,
    ADDRESS,
    EMERGENCY_CONTACT,
    ID_NUMBER,
    WEIGHT,
    WEIGHT_MEASURED_ON,
    ALLERGIES,
    RISK_PROGRAMME_NUMBER,
    RISK_PROGRAMME_ENROLLED_ON,
    CHILDBEARING_POTENTIAL,
    CONTRACEPTION_METHOD,
    NOTES
}
