package org.vigil.domain.patient;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Refusal;

/**
 * Field-by-field validation of the registration form. Returns every problem at once, each with
 * the field it belongs to; an empty list means the patient may be saved. Duplicates are a
 * separate check ({@link DuplicateCheck}) because they need the other patients.
 */
public final class PatientCheck {

    /** Local rule ID for registration checks that no clinical rule covers. */
    static final String REGISTRATION = "REG";

    /**
     * The oldest a patient can be: the oldest documented person lived 122 years, so a birth date
     * further back is a slip of the keyboard (issue 14: year -999999999 was saved, age 1 000 002 024).
     * A plausibility bound on typing, not a clinical limit; the clinical ages are settings (PAT-3).
     */
    public static final int OLDEST_AGE_YEARS = 130;

    private PatientCheck() {}

    /**
     * @param today the clinic's date, for "not in the future"
     */
    public static List<FieldProblem<PatientField>> problems(Patient patient, PatientLimits limits, LocalDate today) {
        List<FieldProblem<PatientField>> problems = new ArrayList<>();
        // Lengths first: a pasted page is refused by its length before any pattern reads it.
        lengths(patient, problems);
        identity(patient, problems, today);
        // Other dates are compared with the birth date only once it is itself plausible.
        LocalDate born = plausibleBirth(patient.dateOfBirth(), today) ? patient.dateOfBirth() : null;
        contact(patient, problems);
        if (!FieldProblem.concerns(problems, PatientField.ID_NUMBER)) {
            idNumber(patient, born, limits, problems);
        }
        weight(patient, born, limits, problems, today);
        allergies(patient.allergies(), problems);
        riskProgramme(patient, born, problems, today);
        childbearing(patient, problems);
        return List.copyOf(problems);
    }

    /** The longest text each field keeps: a record, not an essay; longer text is refused, not cut. */
    private static void lengths(Patient p, List<FieldProblem<PatientField>> problems) {
        // The MRN is stored with fullwidth forms folded (NFKC), which can lengthen it: its stored length counts.
        tooLong(PatientField.MRN, Normalizer.normalize(p.mrn(), Normalizer.Form.NFKC), 40, problems);
        tooLong(PatientField.FAMILY_NAME, p.name().family(), 100, problems);
        tooLong(PatientField.GIVEN_NAME, p.name().given(), 100, problems);
        tooLong(PatientField.PHONE, p.contact().phone(), 40, problems);
        tooLong(PatientField.EMAIL, p.contact().email(), 200, problems);
        tooLong(PatientField.ADDRESS, p.contact().address(), 400, problems);
        tooLong(PatientField.EMERGENCY_CONTACT, p.emergencyContact().name(), 200, problems);
        tooLong(PatientField.EMERGENCY_CONTACT, p.emergencyContact().relationship(), 100, problems);
        tooLong(PatientField.EMERGENCY_CONTACT, p.emergencyContact().phone(), 40, problems);
        tooLong(PatientField.ID_NUMBER, p.idNumber(), 40, problems);
        tooLong(PatientField.CONTRACEPTION_METHOD, p.childbearing().contraceptionMethod(), 200, problems);
        tooLong(PatientField.NOTES, p.notes(), 4000, problems);
        p.riskProgramme().ifPresent(r -> tooLong(PatientField.RISK_PROGRAMME_NUMBER, r.number(), 60, problems));
        for (Allergy a : p.allergies().entries()) {
            tooLong(PatientField.ALLERGIES, a.substance(), 200, problems);
            tooLong(PatientField.ALLERGIES, a.reaction(), 400, problems);
        }
    }

    private static void tooLong(PatientField field, String text, int max, List<FieldProblem<PatientField>> problems) {
        if (text.length() > max && !FieldProblem.concerns(problems, field)) {
            problems.add(FieldProblem.of(field, REGISTRATION, "patient.text.tooLong", max));
        }
    }

    private static void identity(Patient p, List<FieldProblem<PatientField>> problems, LocalDate today) {
        if (p.mrn().isEmpty()) {
            problems.add(FieldProblem.of(PatientField.MRN, REGISTRATION, "patient.mrn.required"));
        }
        if (p.name().family().isEmpty()) {
            problems.add(FieldProblem.of(PatientField.FAMILY_NAME, REGISTRATION, "patient.familyName.required"));
        }
        if (p.dateOfBirth() == null) {
            problems.add(FieldProblem.of(PatientField.DATE_OF_BIRTH, REGISTRATION, "patient.dateOfBirth.required"));
        } else if (p.dateOfBirth().isAfter(today)) {
            problems.add(FieldProblem.of(PatientField.DATE_OF_BIRTH, REGISTRATION, "patient.dateOfBirth.future", today));
        } else if (!plausibleBirth(p.dateOfBirth(), today)) {
            problems.add(FieldProblem.of(PatientField.DATE_OF_BIRTH, REGISTRATION, "patient.dateOfBirth.tooOld", OLDEST_AGE_YEARS));
        }
        if (p.sex() == null) {
            problems.add(FieldProblem.of(PatientField.SEX, REGISTRATION, "patient.sex.required"));
        }
    }

    private static boolean plausibleBirth(LocalDate born, LocalDate today) {
        return born != null && !born.isAfter(today) && !born.isBefore(today.minusYears(OLDEST_AGE_YEARS));
    }

    // Fields already too long were named by lengths(); their format is not read.
    private static void contact(Patient p, List<FieldProblem<PatientField>> problems) {
        if (!p.contact().phone().isEmpty() && !FieldProblem.concerns(problems, PatientField.PHONE) && !isPhone(p.contact().phone())) {
            problems.add(FieldProblem.of(PatientField.PHONE, REGISTRATION, "patient.phone.format"));
        }
        if (!p.contact().email().isEmpty() && !FieldProblem.concerns(problems, PatientField.EMAIL) && !isEmail(p.contact().email())) {
            problems.add(FieldProblem.of(PatientField.EMAIL, REGISTRATION, "patient.email.format"));
        }
        EmergencyContact e = p.emergencyContact();
        if (FieldProblem.concerns(problems, PatientField.EMERGENCY_CONTACT)) {
            return;
        }
        if (!e.isEmpty() && (e.name().isEmpty() || e.phone().isEmpty())) {
            problems.add(FieldProblem.of(PatientField.EMERGENCY_CONTACT, REGISTRATION, "patient.emergencyContact.incomplete"));
        } else if (!e.phone().isEmpty() && !isPhone(e.phone())) {
            problems.add(FieldProblem.of(PatientField.EMERGENCY_CONTACT, REGISTRATION, "patient.phone.format"));
        }
    }

    /**
     * Digits, spaces, brackets and dashes, with at least one digit and an optional leading "+".
     * One pass, no pattern: the old regular expression backtracked over pasted text (issue 14).
     */
    static boolean isPhone(String phone) {
        boolean digit = false;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c == ' ' || c == '(' || c == ')' || c == '-' || (c == '+' && i == 0))) {
                return false;
            }
        }
        return digit;
    }

    /** Something@somewhere.something: one "@", no spaces, a dot inside the part after it. One pass. */
    static boolean isEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || email.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < email.length(); i++) {
            if (Character.isWhitespace(email.charAt(i))) {
                return false;
            }
        }
        for (int i = at + 2; i < email.length() - 1; i++) {
            if (email.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    // CD-3: the ID number goes on every controlled-drug register entry and prescription.
    private static void idNumber(Patient p, LocalDate born, PatientLimits limits, List<FieldProblem<PatientField>> problems) {
        IdNumberFormat format = limits.idFormat();
        String number = format.normalise(p.idNumber());
        if (number.isEmpty()) {
            if (limits.idNumberRequired()) {
                problems.add(FieldProblem.of(PatientField.ID_NUMBER, "CD-3", "patient.idNumber.required"));
            }
            return;
        }
        Optional<Refusal> wrong = format.check(number);
        if (wrong.isPresent()) {
            problems.add(new FieldProblem<>(PatientField.ID_NUMBER, wrong.get()));
            return;
        }
        Optional<LocalDate> encoded = format.birthDate(number);
        if (encoded.isPresent() && born != null && !encoded.get().equals(born)) {
            problems.add(FieldProblem.of(PatientField.ID_NUMBER, "CD-3", "patient.idNumber.birthDateMismatch", encoded.get(), born));
        }
    }

    // BP-8: weight within the protocol's limits, after conversion to kg.
    private static void weight(Patient p, LocalDate born, PatientLimits limits, List<FieldProblem<PatientField>> problems, LocalDate today) {
        if (p.weight().isEmpty()) {
            return;
        }
        Weight w = p.weight().get();
        if (w.kg().compareTo(limits.minWeightKg()) < 0 || w.kg().compareTo(limits.maxWeightKg()) > 0) {
            problems.add(FieldProblem.of(PatientField.WEIGHT, "BP-8", "patient.weight.range",
                    limits.minWeightKg(), limits.maxWeightKg(), w.kg()));
        }
        if (w.measuredOn() == null) {
            problems.add(FieldProblem.of(PatientField.WEIGHT_MEASURED_ON, "BP-8", "patient.weight.dateRequired"));
        } else if (w.measuredOn().isAfter(today)) {
            problems.add(FieldProblem.of(PatientField.WEIGHT_MEASURED_ON, "BP-8", "patient.date.future", today));
        } else if (born != null && w.measuredOn().isBefore(born)) {
            problems.add(FieldProblem.of(PatientField.WEIGHT_MEASURED_ON, "BP-8", "patient.date.beforeBirth"));
        }
    }

    private static void allergies(Allergies allergies, List<FieldProblem<PatientField>> problems) {
        if (allergies.noneKnown() && allergies.any()) {
            problems.add(FieldProblem.of(PatientField.ALLERGIES, REGISTRATION, "patient.allergies.contradiction"));
        }
        if (allergies.entries().stream().anyMatch(a -> a.substance().isEmpty())) {
            problems.add(FieldProblem.of(PatientField.ALLERGIES, REGISTRATION, "patient.allergies.substanceRequired"));
        }
    }

    // PAT-6: an enrolment, when recorded, has its number and a date that has happened.
    private static void riskProgramme(Patient p, LocalDate born, List<FieldProblem<PatientField>> problems, LocalDate today) {
        if (p.riskProgramme().isEmpty()) {
            return;
        }
        RiskProgrammeEnrolment r = p.riskProgramme().get();
        if (r.number().isEmpty()) {
            problems.add(FieldProblem.of(PatientField.RISK_PROGRAMME_NUMBER, "PAT-6", "patient.riskProgramme.numberRequired"));
        }
        if (r.enrolledOn() == null) {
            problems.add(FieldProblem.of(PatientField.RISK_PROGRAMME_ENROLLED_ON, "PAT-6", "patient.riskProgramme.dateRequired"));
        } else if (r.enrolledOn().isAfter(today)) {
            problems.add(FieldProblem.of(PatientField.RISK_PROGRAMME_ENROLLED_ON, "PAT-6", "patient.date.future", today));
        } else if (born != null && r.enrolledOn().isBefore(born)) {
            problems.add(FieldProblem.of(PatientField.RISK_PROGRAMME_ENROLLED_ON, "PAT-6", "patient.date.beforeBirth"));
        }
    }

    // PAT-4: a woman's childbearing potential must be answered; a ticked method must be named.
    private static void childbearing(Patient p, List<FieldProblem<PatientField>> problems) {
        Childbearing c = p.childbearing();
        if (c.potential() == null && p.sex() == Sex.FEMALE) {
            problems.add(FieldProblem.of(PatientField.CHILDBEARING_POTENTIAL, "PAT-4", "patient.childbearing.required"));
        }
        if (c.effectiveContraception() && c.contraceptionMethod().isEmpty()) {
            problems.add(FieldProblem.of(PatientField.CONTRACEPTION_METHOD, "PAT-4", "patient.contraception.methodRequired"));
        }
    }
}
