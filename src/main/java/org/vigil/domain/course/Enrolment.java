package org.vigil.domain.course;

import org.vigil.domain.Route;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.AgeBand;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.MinorConsent;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;

/**
 * Whether a screened patient may start a course (PAT-1 to PAT-6). Pure: the service loads the
 * patient, the latest screening and the patient's other courses, calls this, and refuses or
 * records the course.
 */
public final class Enrolment {

    private Enrolment() {}

    public static EnrolmentCheck check(Patient patient, Screening screening, TreatmentCourse proposed,
            List<TreatmentCourse> otherCourses, EnrolmentRules rules, LocalDate today) {
        Regimen regimen = proposed.regimen();
        boolean ppd = regimen == Regimen.PPD_SINGLE_IV;
        List<Finding> findings = new ArrayList<>();
        for (Contraindication c : screening.contraindications()) {
            if (ppd && c == Contraindication.PREGNANCY) {
                continue; // SCH-4: the PPD dose is given at caesarean, after cord clamping.
            }
            Refusal refusal = Refusal.of(c.ruleId(), c.refusalKey());
            if (c.absolute()) {
                findings.add(new Finding.HardStop(refusal)); // PAT-1: no override possible
            } else {
                findings.add(overridable(refusal, screening.overrideOf(c))); // PAT-2
                if (c == Contraindication.MODERATE_HEPATIC_IMPAIRMENT) {
                    findings.add(new Finding.Warning(Refusal.of("OBS-1", "enrolment.hepatic.longerObservation",
                            rules.hepaticExtraObservationMinutes())));
                }
            }
        }
        OptionalInt startingDose = age(patient, screening, regimen, rules, today, findings);
        if (!ppd) {
            pregnancy(patient, screening, rules, findings);
        }
        indication(patient, proposed, otherCourses, findings);
        // PAT-6: recorded now as a warning; the first outpatient session is a hard stop without it.
        if (rules.riskProgrammeRequired() && regimen.outpatient() && patient.riskProgramme().isEmpty()) {
            findings.add(new Finding.Warning(Refusal.of("PAT-6", "enrolment.riskProgramme.missing")));
        }
        return new EnrolmentCheck(findings, startingDose);
    }

    private static Finding overridable(Refusal refusal, Optional<PrescriberDecision> override) {
        return override.<Finding>map(by -> new Finding.Overridden(refusal, by)).orElseGet(() -> new Finding.NeedsOverride(refusal));
    }

    // PAT-3: under the adult age, consent of patient and guardian; from the older-adult age,
    // prescriber confirmation and the lower starting dose (ADM-4).
    private static OptionalInt age(Patient patient, Screening screening, Regimen regimen, EnrolmentRules rules,
            LocalDate today, List<Finding> findings) {
        if (patient.dateOfBirth() == null) {
            findings.add(new Finding.HardStop(Refusal.of("PAT-3", "enrolment.dateOfBirth.required")));
            return OptionalInt.empty();
        }
        int years = patient.ageOn(today);
        AgeBand band = rules.ages().band(patient.dateOfBirth(), today);
        switch (band) {
            case UNDER_ADULT_AGE -> findings.add(overridable(
                    Refusal.of("PAT-3", "enrolment.underAdultAge", years, rules.ages().adultAgeYears()),
                    screening.minorConsent().filter(MinorConsent::complete).map(MinorConsent::override)));
            case OLDER_ADULT -> findings.add(overridable(
                    Refusal.of("PAT-3", "enrolment.olderAdult", years),
                    screening.olderAdultConfirmation().filter(PrescriberDecision::hasReason)));
            case ADULT -> { }
        }
        if (regimen != Regimen.TRD_NASAL) {
            return OptionalInt.empty();
        }
        if (band == AgeBand.OLDER_ADULT && rules.firstTrdNasalDoseOlderAdultMg() < rules.firstTrdNasalDoseMg()) {
            findings.add(new Finding.Warning(Refusal.of("ADM-4", "enrolment.olderAdult.startingDose",
                    rules.firstTrdNasalDoseOlderAdultMg())));
            return OptionalInt.of(rules.firstTrdNasalDoseOlderAdultMg());
        }
        return OptionalInt.of(rules.firstTrdNasalDoseMg());
    }

    // PAT-4: pregnancy status must be known; effective contraception during treatment and after.
    private static void pregnancy(Patient patient, Screening screening, EnrolmentRules rules, List<Finding> findings) {
        if (patient.sex() == Sex.MALE || !patient.childbearing().pregnancyPossible()) {
            return;
        }
        if (screening.pregnancy() == PregnancyStatus.NOT_ASKED) {
            findings.add(new Finding.HardStop(Refusal.of("PAT-4", "enrolment.pregnancyStatus.required")));
        }
        if (!patient.childbearing().effectiveContraception()) {
            findings.add(new Finding.Warning(Refusal.of("PAT-4", "enrolment.contraception",
                    rules.contraceptionWeeksAfterLastDose())));
        }
    }

    // PAT-5: one active course at a time; PPD prevention is for a woman at caesarean; IV dosing
    // is mg/kg and needs a weight (PROD-2).
    private static void indication(Patient patient, TreatmentCourse proposed, List<TreatmentCourse> others,
            List<Finding> findings) {
        if (others.stream().anyMatch(TreatmentCourse::active)) {
            findings.add(new Finding.HardStop(Refusal.of("PAT-5", "enrolment.activeCourse")));
        }
        if (proposed.regimen() == Regimen.PPD_SINGLE_IV && patient.sex() == Sex.MALE) {
            findings.add(new Finding.HardStop(Refusal.of("PAT-5", "enrolment.ppd.femaleOnly")));
        }
        if (proposed.regimen().route() == Route.IV && patient.weight().isEmpty()) {
            findings.add(new Finding.HardStop(Refusal.of("PROD-2", "enrolment.weight.required")));
        }
    }
}
