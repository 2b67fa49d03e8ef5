package org.vigil.domain.patient;

import java.time.LocalDate;
import java.util.Optional;
import org.vigil.domain.Language;

/**
 * A registered patient as the registration form holds it. The record may be incomplete while
 * being typed; {@link PatientCheck#problems} says what must be corrected before it is saved.
 * Strings are never null (blank when not given).
 *
 * @param mrn the clinic's medical record number
 * @param dateOfBirth null while not entered
 * @param sex null while not entered
 * @param idNumber the identity-document number printed on controlled-drug prescriptions (CD-3),
 *     in the format of the clinic's country ({@link ClinicCountry})
 * @param weight the latest weight; needed before an IV course (PROD-2)
 * @param riskProgramme PAT-6 enrolment, where the clinic's jurisdiction requires one
 * @param preferredLanguage DIS-3: the language the patient reads their discharge advice in; empty
 *     means the clinic's own language
 */
public record Patient(
        String mrn,
        PersonName name,
        LocalDate dateOfBirth,
        Sex sex,
        Contact contact,
        EmergencyContact emergencyContact,
        String idNumber,
        Optional<Weight> weight,
        Allergies allergies,
        Optional<RiskProgrammeEnrolment> riskProgramme,
        Childbearing childbearing,
        String notes,
        Optional<Language> preferredLanguage) {

    /** A patient who reads the clinic's own language (DIS-3). */
    public Patient(String mrn, PersonName name, LocalDate dateOfBirth, Sex sex, Contact contact, EmergencyContact emergencyContact,
                   String idNumber, Optional<Weight> weight, Allergies allergies, Optional<RiskProgrammeEnrolment> riskProgramme,
                   Childbearing childbearing, String notes) {
        this(mrn, name, dateOfBirth, sex, contact, emergencyContact, idNumber, weight, allergies, riskProgramme, childbearing, notes,
                Optional.empty());
    }

    public Patient {
        mrn = mrn == null ? "" : mrn.strip();
        name = name == null ? new PersonName("", "") : name;
        contact = contact == null ? Contact.NONE : contact;
        emergencyContact = emergencyContact == null ? EmergencyContact.NONE : emergencyContact;
        idNumber = idNumber == null ? "" : idNumber.strip();
        weight = weight == null ? Optional.empty() : weight;
        allergies = allergies == null ? Allergies.NOT_RECORDED : allergies;
        riskProgramme = riskProgramme == null ? Optional.empty() : riskProgramme;
        childbearing = childbearing == null ? Childbearing.NOT_ANSWERED : childbearing;
        notes = notes == null ? "" : notes.strip();
        preferredLanguage = preferredLanguage == null ? Optional.empty() : preferredLanguage;
    }

    /** DIS-3: the language the advice is printed in: the patient's own, else the clinic's. */
    public Language readsIn(Language clinicLanguage) {
        return preferredLanguage.orElse(clinicLanguage);
    }

    public Patient withPreferredLanguage(Optional<Language> language) {
        return new Patient(mrn, name, dateOfBirth, sex, contact, emergencyContact, idNumber, weight,
                allergies, riskProgramme, childbearing, notes, language);
    }

    /** Whole years of age on a day (PAT-3). */
    public int ageOn(LocalDate day) {
        return AgeLimits.yearsOld(dateOfBirth, day);
    }

    public Patient withWeight(Weight newWeight) {
        return new Patient(mrn, name, dateOfBirth, sex, contact, emergencyContact, idNumber, Optional.of(newWeight),
                allergies, riskProgramme, childbearing, notes, preferredLanguage);
    }

    public Patient withRiskProgramme(RiskProgrammeEnrolment enrolment) {
        return new Patient(mrn, name, dateOfBirth, sex, contact, emergencyContact, idNumber, weight,
                allergies, Optional.of(enrolment), childbearing, notes, preferredLanguage);
    }
}
