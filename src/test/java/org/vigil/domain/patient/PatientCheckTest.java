package org.vigil.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.patient.Patients.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Refusal;

/** The registration form, field by field. */
class PatientCheckTest {

    private static final PatientLimits CHINA = PatientLimits.from(ProtocolDefaults.with(PatientSettingKeys.CLINIC_COUNTRY, "CN"));
    private static final PatientLimits ELSEWHERE = PatientLimits.from(ProtocolDefaults.settings());

    private static Patient change(Patient p, UnaryOperator<Builder> edit) {
        return edit.apply(new Builder(p)).build();
    }

    /** Test-only copy-with for the record's many fields. */
    static final class Builder {
        String mrn;
        PersonName name;
        LocalDate dob;
        Sex sex;
        Contact contact;
        EmergencyContact emergency;
        String id;
        Optional<Weight> weight;
        Allergies allergies;
        Optional<RiskProgrammeEnrolment> risk;
        Childbearing childbearing;

        Builder(Patient p) {
            mrn = p.mrn();
            name = p.name();
            dob = p.dateOfBirth();
            sex = p.sex();
            contact = p.contact();
            emergency = p.emergencyContact();
            id = p.idNumber();
            weight = p.weight();
            allergies = p.allergies();
            risk = p.riskProgramme();
            childbearing = p.childbearing();
        }

        Builder mrn(String v) { mrn = v; return this; }
        Builder name(String family, String given) { name = new PersonName(family, given); return this; }
        Builder dob(LocalDate v) { dob = v; return this; }
        Builder sex(Sex v) { sex = v; return this; }
        Builder phone(String v) { contact = new Contact(v, contact.email(), contact.address()); return this; }
        Builder email(String v) { contact = new Contact(contact.phone(), v, contact.address()); return this; }
        Builder emergency(String n, String r, String ph) { emergency = new EmergencyContact(n, r, ph); return this; }
        Builder id(String v) { id = v; return this; }
        Builder weight(String amount, WeightUnit unit, LocalDate on) {
            weight = Optional.of(Weight.entered(new BigDecimal(amount), unit, on)); return this;
        }
        Builder allergies(Allergies v) { allergies = v; return this; }
        Builder risk(String number, LocalDate on) { risk = Optional.of(new RiskProgrammeEnrolment(number, on)); return this; }
        Builder childbearing(Childbearing v) { childbearing = v; return this; }

        Patient build() {
            return new Patient(mrn, name, dob, sex, contact, emergency, id, weight, allergies, risk, childbearing, "");
        }
    }

    private static List<String> problems(Patient p, PatientLimits limits) {
        return PatientCheck.problems(p, limits, TODAY).stream()
                .map(f -> f.field() + " " + f.refusal().ruleId() + " " + f.refusal().messageKey()).toList();
    }

    @Test
    @DisplayName("A complete registration has no problems, in China and elsewhere")
    void complete() {
        assertThat(problems(Patients.adultWoman(), CHINA)).isEmpty();
        assertThat(problems(Patients.adultMan(), ELSEWHERE)).isEmpty();
    }

    static Stream<Arguments> wrongFields() {
        LocalDate tomorrow = TODAY.plusDays(1);
        return Stream.of(
                Arguments.of("no MRN", (UnaryOperator<Builder>) b -> b.mrn(" "), "MRN REG patient.mrn.required"),
                Arguments.of("no family name", (UnaryOperator<Builder>) b -> b.name("", "Li"), "FAMILY_NAME REG patient.familyName.required"),
                Arguments.of("no date of birth", (UnaryOperator<Builder>) b -> b.dob(null), "DATE_OF_BIRTH REG patient.dateOfBirth.required"),
                Arguments.of("birth date in the future", (UnaryOperator<Builder>) b -> b.dob(tomorrow),
                        "DATE_OF_BIRTH REG patient.dateOfBirth.future"),
                Arguments.of("no sex", (UnaryOperator<Builder>) b -> b.sex(null), "SEX REG patient.sex.required"),
                Arguments.of("letters in the phone number", (UnaryOperator<Builder>) b -> b.phone("call me"), "PHONE REG patient.phone.format"),
                Arguments.of("email without @", (UnaryOperator<Builder>) b -> b.email("wang.li.example.cn"), "EMAIL REG patient.email.format"),
                Arguments.of("emergency contact without phone", (UnaryOperator<Builder>) b -> b.emergency("Wang Jun", "husband", ""),
                        "EMERGENCY_CONTACT REG patient.emergencyContact.incomplete"),
                Arguments.of("no ID number", (UnaryOperator<Builder>) b -> b.id(""), "ID_NUMBER CD-3 patient.idNumber.required"),
                Arguments.of("CN ID number one digit short", (UnaryOperator<Builder>) b -> b.id("44030419900514123"),
                        "ID_NUMBER CD-3 patient.idNumber.cn.shape"),
                Arguments.of("CN ID number with a typo", (UnaryOperator<Builder>) b -> b.id("440304199005141248"),
                        "ID_NUMBER CD-3 patient.idNumber.cn.checkCharacter"),
                Arguments.of("CN ID number of someone else’s birthday", (UnaryOperator<Builder>) b -> b.id("11010519491231002X"),
                        "ID_NUMBER CD-3 patient.idNumber.birthDateMismatch"),
                Arguments.of("29 kg", (UnaryOperator<Builder>) b -> b.weight("29", WeightUnit.KG, TODAY), "WEIGHT BP-8 patient.weight.range"),
                Arguments.of("301 kg", (UnaryOperator<Builder>) b -> b.weight("301", WeightUnit.KG, TODAY), "WEIGHT BP-8 patient.weight.range"),
                Arguments.of("65 lb is 29.5 kg", (UnaryOperator<Builder>) b -> b.weight("65", WeightUnit.LB, TODAY), "WEIGHT BP-8 patient.weight.range"),
                Arguments.of("weighed tomorrow", (UnaryOperator<Builder>) b -> b.weight("62", WeightUnit.KG, tomorrow),
                        "WEIGHT_MEASURED_ON BP-8 patient.date.future"),
                Arguments.of("weighed before birth", (UnaryOperator<Builder>) b -> b.weight("62", WeightUnit.KG, LocalDate.of(1980, 1, 1)),
                        "WEIGHT_MEASURED_ON BP-8 patient.date.beforeBirth"),
                Arguments.of("no known allergies, yet one listed", (UnaryOperator<Builder>) b -> b.allergies(new Allergies(true,
                        List.of(new Allergy("latex", "")))), "ALLERGIES REG patient.allergies.contradiction"),
                Arguments.of("allergy without substance", (UnaryOperator<Builder>) b -> b.allergies(Allergies.of(new Allergy("", "hives"))),
                        "ALLERGIES REG patient.allergies.substanceRequired"),
                Arguments.of("risk programme without number", (UnaryOperator<Builder>) b -> b.risk("", TODAY),
                        "RISK_PROGRAMME_NUMBER PAT-6 patient.riskProgramme.numberRequired"),
                Arguments.of("risk programme enrolled tomorrow", (UnaryOperator<Builder>) b -> b.risk("R-1", tomorrow),
                        "RISK_PROGRAMME_ENROLLED_ON PAT-6 patient.date.future"),
                Arguments.of("childbearing potential not answered", (UnaryOperator<Builder>) b -> b.childbearing(Childbearing.NOT_ANSWERED),
                        "CHILDBEARING_POTENTIAL PAT-4 patient.childbearing.required"),
                Arguments.of("effective contraception without method", (UnaryOperator<Builder>) b -> b.childbearing(
                        new Childbearing(ChildbearingPotential.YES, true, " ")), "CONTRACEPTION_METHOD PAT-4 patient.contraception.methodRequired"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFields")
    @DisplayName("Each wrong field gives exactly one problem, on that field")
    void wrongField(String situation, UnaryOperator<Builder> edit, String expected) {
        assertThat(problems(change(Patients.adultWoman(), edit), CHINA)).containsExactly(expected);
    }

    @Test
    @DisplayName("BP-8 the weight message says the range and the weight in kg")
    void weightMessage() {
        Patient p = change(Patients.adultWoman(), b -> b.weight("65", WeightUnit.LB, TODAY));
        assertThat(PatientCheck.problems(p, CHINA, TODAY)).singleElement().extracting(FieldProblem::refusal)
                .isEqualTo(Refusal.of("BP-8", "patient.weight.range", new BigDecimal("30"), new BigDecimal("300"), new BigDecimal("29.5")));
    }

    @ParameterizedTest(name = "{0} kg")
    @DisplayName("BP-8 the limits are inclusive and come from the settings")
    @CsvSource({"30, true", "29.9, false", "300, true", "300.1, false"})
    void weightLimits(String kg, boolean accepted) {
        Patient p = change(Patients.adultWoman(), b -> b.weight(kg, WeightUnit.KG, TODAY));
        assertThat(problems(p, CHINA).isEmpty()).isEqualTo(accepted);
        PatientLimits heavier = PatientLimits.from(ProtocolDefaults.with(Map.of(PatientSettingKeys.WEIGHT_MAX_KG, "350",
                PatientSettingKeys.CLINIC_COUNTRY, "CN")));
        assertThat(PatientCheck.problems(change(Patients.adultWoman(), b -> b.weight("320", WeightUnit.KG, TODAY)), heavier, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("CD-3 the ID number is optional where the clinic does not require it")
    void idOptional() {
        PatientLimits optional = PatientLimits.from(ProtocolDefaults.with(PatientSettingKeys.ID_NUMBER_REQUIRED, "NO"));
        assertThat(problems(change(Patients.adultMan(), b -> b.id("")), optional)).isEmpty();
        assertThat(problems(change(Patients.adultMan(), b -> b.id("x")), optional)).containsExactly("ID_NUMBER CD-3 patient.idNumber.other.shape");
    }

    @Test
    @DisplayName("Several problems are all reported at once")
    void many() {
        Patient p = change(Patients.adultWoman(), b -> b.mrn("").dob(null).weight("1000", WeightUnit.LB, TODAY));
        assertThat(problems(p, CHINA)).containsExactly("MRN REG patient.mrn.required", "DATE_OF_BIRTH REG patient.dateOfBirth.required",
                "WEIGHT BP-8 patient.weight.range");
    }
}
