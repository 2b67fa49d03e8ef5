package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.patient.Patients.TODAY;
import static org.vigil.domain.patient.Patients.drChen;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.MinorConsent;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PatientSettingKeys;
import org.vigil.domain.patient.Patients;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.ProtocolDefaults;
import org.vigil.domain.patient.Screening;

/** Whether a screened patient may start a course (PAT-1 … PAT-6). */
class EnrolmentTest {

    private static final EnrolmentRules RULES = EnrolmentRules.from(ProtocolDefaults.settings());
    private static final TreatmentCourse TRD_NASAL = TreatmentCourse.planned(Regimen.TRD_NASAL, "", TODAY);

    private static Screening screening(Set<Contraindication> found, Map<Contraindication, PrescriberDecision> overrides) {
        return new Screening(TODAY, found, PregnancyStatus.NOT_PREGNANT, false, overrides, Optional.empty(), Optional.empty());
    }

    private static EnrolmentCheck check(Patient patient, Screening screening, Regimen regimen) {
        return Enrolment.check(patient, screening, TreatmentCourse.planned(regimen, "", TODAY), List.of(), RULES, TODAY);
    }

    private static List<String> described(EnrolmentCheck check) {
        return check.findings().stream().map(f -> f.getClass().getSimpleName() + " " + f.refusal().ruleId() + " " + f.refusal().messageKey()).toList();
    }

    @Test
    @DisplayName("A healthy adult with a clear screening may start TRD nasal at 56 mg")
    void clearScreening() {
        EnrolmentCheck check = check(Patients.adultWoman(), Screening.clear(TODAY), Regimen.TRD_NASAL);
        assertThat(check.findings()).isEmpty();
        assertThat(check.allowed()).isTrue();
        assertThat(check.startingDoseMg()).isEqualTo(OptionalInt.of(56));
    }

    @Test
    @DisplayName("PAT-1 aneurysm blocks enrolment")
    void aneurysmBlocks() {
        EnrolmentCheck check = check(Patients.adultMan(), screening(Set.of(Contraindication.AORTIC_ANEURYSM), Map.of()), Regimen.TRD_NASAL);
        assertThat(check.allowed()).isFalse();
        assertThat(check.hardStops()).extracting(Finding::refusal)
                .containsExactly(Refusal.of("PAT-1", "contraindication.AORTIC_ANEURYSM.refusal"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Contraindication.class, names = {"AORTIC_ANEURYSM", "INTRACRANIAL_ANEURYSM", "PERIPHERAL_ARTERIAL_ANEURYSM",
            "ARTERIOVENOUS_MALFORMATION", "INTRACEREBRAL_HAEMORRHAGE_HISTORY", "RECENT_CARDIOVASCULAR_EVENT", "HYPERSENSITIVITY"})
    @DisplayName("PAT-1 every absolute contraindication is a hard stop, even with a prescriber's override")
    void absoluteCannotBeOverridden(Contraindication c) {
        EnrolmentCheck check = check(Patients.adultMan(), screening(Set.of(c), Map.of(c, drChen("benefit outweighs risk"))), Regimen.TRD_NASAL);
        assertThat(check.findings()).singleElement().isInstanceOf(Finding.HardStop.class);
        assertThat(check.allowed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Contraindication.class, names = {"PSYCHOTIC_SYMPTOMS", "UNCONTROLLED_HYPERTENSION", "UNSTABLE_CARDIOVASCULAR_DISEASE",
            "UNSTABLE_RESPIRATORY_DISEASE", "SEVERE_HEPATIC_IMPAIRMENT"})
    @DisplayName("PAT-2 a relative contraindication needs a prescriber override with a reason")
    void relativeNeedsOverride(Contraindication c) {
        Patient man = Patients.adultMan();
        assertThat(check(man, screening(Set.of(c), Map.of()), Regimen.TRD_NASAL).overridesNeeded()).singleElement()
                .extracting(Finding::refusal).isEqualTo(Refusal.of("PAT-2", c.refusalKey()));
        assertThat(check(man, screening(Set.of(c), Map.of(c, drChen(""))), Regimen.TRD_NASAL).allowed())
                .as("an override without a reason does not count").isFalse();
        EnrolmentCheck overridden = check(man, screening(Set.of(c), Map.of(c, drChen("stable on treatment, reviewed"))), Regimen.TRD_NASAL);
        assertThat(overridden.allowed()).isTrue();
        assertThat(overridden.findings()).singleElement().isInstanceOfSatisfying(Finding.Overridden.class,
                o -> assertThat(o.by().reason()).isEqualTo("stable on treatment, reviewed"));
    }

    @Test
    @DisplayName("PAT-2/OBS-1 moderate hepatic impairment: override, and a warning that observation is longer")
    void moderateHepatic() {
        Contraindication c = Contraindication.MODERATE_HEPATIC_IMPAIRMENT;
        EnrolmentCheck check = check(Patients.adultMan(), screening(Set.of(c), Map.of(c, drChen("Child-Pugh B, hepatology agrees"))), Regimen.TRD_NASAL);
        assertThat(check.allowed()).isTrue();
        assertThat(check.warnings()).extracting(Finding::refusal)
                .containsExactly(Refusal.of("OBS-1", "enrolment.hepatic.longerObservation", 60));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("PAT-4 pregnancy and breastfeeding need an override; pregnancy status must be known")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                              | regimen        | pregnancy     | breastfeeding | findings
            not pregnant, not breastfeeding          | TRD_NASAL      | NOT_PREGNANT  | false         |
            pregnant                                 | TRD_NASAL      | PREGNANT      | false         | NeedsOverride PAT-2 contraindication.PREGNANCY.refusal
            breastfeeding                            | TRD_NASAL      | NOT_PREGNANT  | true          | NeedsOverride PAT-2 contraindication.BREASTFEEDING.refusal
            not asked                                | TRD_NASAL      | NOT_ASKED     | false         | HardStop PAT-4 enrolment.pregnancyStatus.required
            PPD at caesarean: pregnancy expected     | PPD_SINGLE_IV  | PREGNANT      | false         |
            PPD and breastfeeding still needs one    | PPD_SINGLE_IV  | PREGNANT      | true          | NeedsOverride PAT-2 contraindication.BREASTFEEDING.refusal
            """)
    void pregnancy(String situation, Regimen regimen, PregnancyStatus pregnancy, boolean breastfeeding, String findings) {
        Screening s = new Screening(TODAY, Set.of(), pregnancy, breastfeeding, Map.of(), Optional.empty(), Optional.empty());
        assertThat(described(check(Patients.adultWoman(), s, regimen)))
                .containsExactlyElementsOf(findings == null ? List.of() : List.of(findings));
    }

    @Test
    @DisplayName("PAT-4 no effective contraception: warn about the weeks after the last dose")
    void contraception() {
        Patient p = Patients.adultWoman();
        Patient noContraception = new Patient(p.mrn(), p.name(), p.dateOfBirth(), p.sex(), p.contact(), p.emergencyContact(),
                p.idNumber(), p.weight(), p.allergies(), p.riskProgramme(), new Childbearing(ChildbearingPotential.UNKNOWN, false, ""), "");
        assertThat(check(noContraception, Screening.clear(TODAY), Regimen.TRD_NASAL).warnings()).extracting(Finding::refusal)
                .containsExactly(Refusal.of("PAT-4", "enrolment.contraception", 6));
    }

    @ParameterizedTest(name = "born {0}: {1}")
    @DisplayName("PAT-3 age on the day of enrolment: under 18 needs consent, 65 and over confirmation and 28 mg to start")
    @CsvSource(delimiter = '|', textBlock = """
            # born       | finding                                            | starting dose
            2008-03-03   | NeedsOverride PAT-3 enrolment.underAdultAge         | 56
            2008-03-02   |                                                    | 56
            1961-03-03   |                                                    | 56
            1961-03-02   | NeedsOverride PAT-3 enrolment.olderAdult            | 28
            """)
    void age(LocalDate born, String finding, int dose) {
        EnrolmentCheck check = check(Patients.bornOn(Patients.adultMan(), born), Screening.clear(TODAY), Regimen.TRD_NASAL);
        assertThat(check.overridesNeeded()).extracting(f -> "NeedsOverride " + f.refusal().ruleId() + " " + f.refusal().messageKey())
                .containsExactlyElementsOf(finding == null ? List.of() : List.of(finding));
        assertThat(check.startingDoseMg()).isEqualTo(OptionalInt.of(dose));
    }

    @Test
    @DisplayName("PAT-3 a 16-year-old with documented consent of patient and guardian and a prescriber's reason")
    void minorWithConsent() {
        Patient minor = Patients.bornOn(Patients.adultMan(), LocalDate.of(2009, 7, 1));
        MinorConsent consent = new MinorConsent("Smith Mary", "mother", TODAY, TODAY, drChen("severe TRD, CAMHS review"));
        Screening s = new Screening(TODAY, Set.of(), PregnancyStatus.NOT_PREGNANT, false, Map.of(), Optional.of(consent), Optional.empty());
        EnrolmentCheck check = check(minor, s, Regimen.TRD_NASAL);
        assertThat(check.allowed()).isTrue();
        assertThat(check.findings()).singleElement().isInstanceOfSatisfying(Finding.Overridden.class,
                o -> assertThat(o.refusal()).isEqualTo(Refusal.of("PAT-3", "enrolment.underAdultAge", 16, 18)));
        MinorConsent noGuardian = new MinorConsent("Smith Mary", "mother", TODAY, null, drChen("severe TRD"));
        Screening incomplete = new Screening(TODAY, Set.of(), PregnancyStatus.NOT_PREGNANT, false, Map.of(), Optional.of(noGuardian), Optional.empty());
        assertThat(check(minor, incomplete, Regimen.TRD_NASAL).allowed()).as("guardian consent missing").isFalse();
    }

    @Test
    @DisplayName("PAT-3 a 70-year-old confirmed by the prescriber starts TRD nasal at 28 mg with a warning")
    void olderAdultConfirmed() {
        Patient older = Patients.bornOn(Patients.adultMan(), LocalDate.of(1955, 6, 1));
        Screening s = new Screening(TODAY, Set.of(), PregnancyStatus.NOT_PREGNANT, false, Map.of(), Optional.empty(),
                Optional.of(drChen("fit, lives with family")));
        EnrolmentCheck check = check(older, s, Regimen.TRD_NASAL);
        assertThat(check.allowed()).isTrue();
        assertThat(described(check)).containsExactly("Overridden PAT-3 enrolment.olderAdult", "Warning ADM-4 enrolment.olderAdult.startingDose");
        assertThat(check.startingDoseMg()).isEqualTo(OptionalInt.of(28));
    }

    @Test
    @DisplayName("ADM-4 where the older-adult dose is configured as 56 mg there is no lower dose and no warning")
    void olderAdultDoseConfigured() {
        EnrolmentRules us = EnrolmentRules.from(ProtocolDefaults.with(CourseSettingKeys.FIRST_TRD_NASAL_DOSE_OLDER_ADULT_MG, "56"));
        Patient older = Patients.bornOn(Patients.adultMan(), LocalDate.of(1955, 6, 1));
        EnrolmentCheck check = Enrolment.check(older, Screening.clear(TODAY), TRD_NASAL, List.of(), us, TODAY);
        assertThat(check.warnings()).isEmpty();
        assertThat(check.startingDoseMg()).isEqualTo(OptionalInt.of(56));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("PAT-5, PROD-2, PAT-6 course-level checks")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                                 | regimen        | patient | weight | other course | risk required | finding
            MDSI has no fixed starting dose             | MDSI_NASAL     | man     | true   | none         | NO            |
            IV needs a weight for mg/kg                 | TRD_IV         | man     | false  | none         | NO            | HardStop PROD-2 enrolment.weight.required
            nasal does not                              | TRD_NASAL      | man     | false  | none         | NO            |
            one active course at a time                 | TRD_NASAL      | man     | true   | active       | NO            | HardStop PAT-5 enrolment.activeCourse
            an ended course is no obstacle              | TRD_NASAL      | man     | true   | ended        | NO            |
            PPD prevention is for a woman               | PPD_SINGLE_IV  | man     | true   | none         | NO            | HardStop PAT-5 enrolment.ppd.femaleOnly
            risk programme required, not enrolled       | TRD_NASAL      | man     | true   | none         | YES           | Warning PAT-6 enrolment.riskProgramme.missing
            risk programme does not apply on the ward   | PPD_SINGLE_IV  | woman   | true   | none         | YES           |
            """)
    void courseLevel(String situation, Regimen regimen, String who, boolean weight, String other, String riskRequired, String finding) {
        Patient p = "man".equals(who) ? Patients.adultMan() : Patients.adultWoman();
        if (!weight) {
            p = new Patient(p.mrn(), p.name(), p.dateOfBirth(), p.sex(), p.contact(), p.emergencyContact(), p.idNumber(),
                    Optional.empty(), p.allergies(), p.riskProgramme(), p.childbearing(), p.notes());
        }
        TreatmentCourse previous = TreatmentCourse.planned(Regimen.TRD_NASAL, "", TODAY.minusMonths(6));
        if ("ended".equals(other)) {
            previous = previous.endCourse(new CourseEnd(TODAY.minusMonths(1), EndReason.COMPLETED, drChen("")), Optional.empty()).value();
        }
        List<TreatmentCourse> others = "none".equals(other) ? List.of() : List.of(previous);
        EnrolmentRules rules = EnrolmentRules.from(ProtocolDefaults.with(CourseSettingKeys.RISK_PROGRAMME_REQUIRED, riskRequired));
        EnrolmentCheck check = Enrolment.check(p, Screening.clear(TODAY), TreatmentCourse.planned(regimen, "", TODAY), others, rules, TODAY);
        assertThat(described(check)).containsExactlyElementsOf(finding == null ? List.of() : List.of(finding));
        assertThat(check.startingDoseMg().isPresent()).isEqualTo(regimen == Regimen.TRD_NASAL);
    }

    @Test
    @DisplayName("PAT-6 enrolled patients get no risk-programme warning")
    void enrolled() {
        EnrolmentRules rules = EnrolmentRules.from(ProtocolDefaults.with(CourseSettingKeys.RISK_PROGRAMME_REQUIRED, PatientSettingKeys.YES));
        Patient p = Patients.adultMan().withRiskProgramme(Patients.REMS);
        assertThat(Enrolment.check(p, Screening.clear(TODAY), TRD_NASAL, List.of(), rules, TODAY).findings()).isEmpty();
    }

    @Test
    @DisplayName("PAT-1 and PAT-2 together: findings in rule order, absolute ones first")
    void order() {
        Set<Contraindication> both = EnumSet.of(Contraindication.PSYCHOTIC_SYMPTOMS, Contraindication.HYPERSENSITIVITY);
        assertThat(described(check(Patients.adultMan(), screening(both, Map.of()), Regimen.TRD_NASAL))).containsExactly(
                "HardStop PAT-1 contraindication.HYPERSENSITIVITY.refusal",
                "NeedsOverride PAT-2 contraindication.PSYCHOTIC_SYMPTOMS.refusal");
    }
}
