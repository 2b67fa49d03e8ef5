package org.vigil.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Allergy;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;

/**
 * The registration form as a nurse fills it in, for service tests. "Today" is the test clinic's
 * day, Monday 3 March 2025 ({@link TestClinic#MORNING}); the clinic's country is the default
 * (OTHER: ID numbers of 4–30 letters, digits or dashes) and an ID number is required.
 */
final class PatientForm {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    private String mrn;
    private PersonName name;
    private LocalDate born;
    private Sex sex;
    private Contact contact = Contact.NONE;
    private EmergencyContact emergency = EmergencyContact.NONE;
    private String idNumber;
    private Optional<Weight> weight = Optional.empty();
    private Allergies allergies = Allergies.NONE_KNOWN;
    private Optional<RiskProgrammeEnrolment> riskProgramme = Optional.empty();
    private Childbearing childbearing = Childbearing.NOT_APPLICABLE;
    private String notes = "";
    private Optional<org.vigil.domain.Language> language = Optional.empty();

    private PatientForm() {}

    /** Grace Okafor, 44, could become pregnant and has an IUD, no known allergies, 68.4 kg today. */
    static PatientForm grace() {
        PatientForm f = new PatientForm();
        f.mrn = "MRN-0001";
        f.name = new PersonName("Okafor", "Grace");
        f.born = LocalDate.of(1980, 6, 15);
        f.sex = Sex.FEMALE;
        f.contact = new Contact("+44 20 7946 0001", "grace.okafor@example.org", "12 Elm Road, Leeds");
        f.emergency = new EmergencyContact("Ben Okafor", "husband", "+44 20 7946 0002");
        f.idNumber = "P1234567";
        f.weight = Optional.of(new Weight(new BigDecimal("68.4"), TODAY));
        f.childbearing = new Childbearing(ChildbearingPotential.YES, true, "IUD");
        return f;
    }

    /** David Brown, 55, no known allergies, 82 kg today. */
    static PatientForm david() {
        PatientForm f = new PatientForm();
        f.mrn = "MRN-0002";
        f.name = new PersonName("Brown", "David");
        f.born = LocalDate.of(1970, 1, 20);
        f.sex = Sex.MALE;
        f.idNumber = "GB-998877";
        f.weight = Optional.of(new Weight(new BigDecimal("82"), TODAY));
        return f;
    }

    /** 张伟 (Zhang Wei), 39, a man with a passport number. */
    static PatientForm zhangWei() {
        PatientForm f = new PatientForm();
        f.mrn = "MRN-0003";
        f.name = new PersonName("张", "伟");
        f.born = LocalDate.of(1985, 9, 9);
        f.sex = Sex.MALE;
        f.idNumber = "E12345678";
        f.weight = Optional.of(new Weight(new BigDecimal("70"), TODAY));
        return f;
    }

    PatientForm mrn(String value) {
        mrn = value;
        return this;
    }

    PatientForm name(String family, String given) {
        name = new PersonName(family, given);
        return this;
    }

    PatientForm born(LocalDate value) {
        born = value;
        return this;
    }

    PatientForm sex(Sex value) {
        sex = value;
        return this;
    }

    PatientForm contact(Contact value) {
        contact = value;
        return this;
    }

    PatientForm idNumber(String value) {
        idNumber = value;
        return this;
    }

    PatientForm weight(Weight value) {
        weight = Optional.ofNullable(value);
        return this;
    }

    PatientForm allergies(Allergy... entries) {
        allergies = Allergies.of(entries);
        return this;
    }

    PatientForm riskProgramme(RiskProgrammeEnrolment value) {
        riskProgramme = Optional.of(value);
        return this;
    }

    PatientForm childbearing(Childbearing value) {
        childbearing = value;
        return this;
    }

    /** DIS-3: the patient reads their handouts in this language rather than the clinic's. */
    PatientForm language(org.vigil.domain.Language value) {
        language = Optional.of(value);
        return this;
    }

    Patient patient() {
        return new Patient(mrn, name, born, sex, contact, emergency, idNumber, weight, allergies, riskProgramme, childbearing, notes,
                language);
    }
}
