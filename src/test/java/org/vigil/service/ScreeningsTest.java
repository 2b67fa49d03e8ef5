package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.MinorConsent;
import org.vigil.domain.patient.PatientFlag;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.ScreeningField;

@DisplayName("Screening before a course")
class ScreeningsTest {

    private static final LocalDate TODAY = PatientForm.TODAY;
    /** What a form might carry in a decision: someone else's name and an old time. The service ignores both. */
    private static final PrescriberDecision FORGED = new PrescriberDecision(999, "Dr Nobody", Instant.parse("2020-01-01T00:00:00Z"), "");

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Screenings screenings;
    private Actor nurse;
    private Actor prescriber;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        screenings = clinic.services().screenings();
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        prescriber = clinic.person("drchen", "ginger tea before the first session", Role.PRESCRIBER);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private long register(PatientForm form) {
        return ((Registration.Saved) clinic.services().patients().register(nurse, form.patient(), false).value()).patient().id();
    }

    private PatientView open(long patientId) {
        return clinic.services().patients().open(nurse, patientId).value();
    }

    private static PrescriberDecision because(String reason) {
        return new PrescriberDecision(FORGED.prescriberId(), FORGED.prescriberName(), FORGED.at(), reason);
    }

    private static Screening screening(Set<Contraindication> findings, PregnancyStatus pregnancy, boolean breastfeeding,
                                       Map<Contraindication, PrescriberDecision> overrides) {
        return new Screening(TODAY, findings, pregnancy, breastfeeding, overrides, Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("SIG-4 a nurse records a clear screening; it is the patient's latest and is audited")
    void nurseRecordsClear() {
        long david = register(PatientForm.david());

        Screenings.Recorded saved = screenings.record(nurse, david, Screening.clear(TODAY)).value();

        assertThat(saved.screeningId()).isPositive();
        assertThat(saved.patient().latestScreening()).contains(Screening.clear(TODAY));
        assertThat(saved.patient().flags()).isEmpty();
        assertThat(open(david).latestScreening()).contains(Screening.clear(TODAY));
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("SCREENING_RECORDED");
        assertThat(event.userId()).isEqualTo(nurse.userId());
        assertThat(event.entityId()).isEqualTo(String.valueOf(david));
        assertThat(event.newValue()).contains("screenedOn=2025-03-03", "findings=[]", "pregnancy=NOT_PREGNANT", "breastfeeding=false");
    }

    @Test
    @DisplayName("PAT-4 a woman who could become pregnant must be asked; the form is returned and nothing is saved")
    void pregnancyMustBeAsked() {
        long grace = register(PatientForm.grace());
        Screening notAsked = screening(Set.of(), PregnancyStatus.NOT_ASKED, false, Map.of());

        assertThat(screenings.record(nurse, grace, notAsked)).isEqualTo(Outcome.invalid(List.of(
                FieldProblem.of(ScreeningField.PREGNANCY, "PAT-4", "screening.pregnancy.required"))));
        assertThat(open(grace).latestScreening()).isEmpty();
    }

    @Test
    @DisplayName("PAT-1 nobody can override an absolute contraindication, not even a prescriber")
    void absoluteNotOverridable() {
        long david = register(PatientForm.david());
        Screening overridden = screening(Set.of(Contraindication.AORTIC_ANEURYSM), PregnancyStatus.NOT_PREGNANT, false,
                Map.of(Contraindication.AORTIC_ANEURYSM, because("stable for years")));

        assertThat(screenings.record(prescriber, david, overridden)).isEqualTo(Outcome.invalid(List.of(
                FieldProblem.of(ScreeningField.OVERRIDES, "PAT-1", "screening.override.absolute"))));
        assertThat(open(david).latestScreening()).isEmpty();
    }

    @Test
    @DisplayName("ROLE-2 a nurse cannot add a prescriber's override; refused, audited, and nothing saved")
    void nurseCannotOverride() {
        long david = register(PatientForm.david());
        Screening overridden = screening(Set.of(Contraindication.PSYCHOTIC_SYMPTOMS), PregnancyStatus.NOT_PREGNANT, false,
                Map.of(Contraindication.PSYCHOTIC_SYMPTOMS, because("only in the past, stable on treatment")));

        assertThat(screenings.record(nurse, david, overridden).refusalOrNull()).isEqualTo(Refusal.of("ROLE-2", "refused.role", "PRESCRIBE"));

        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("REFUSED");
        assertThat(event.userId()).isEqualTo(nurse.userId());
        assertThat(event.entityId()).isEqualTo("PRESCRIBE");
        assertThat(event.newValue()).isEqualTo("screening.override");
        assertThat(open(david).latestScreening()).isEmpty();
        assertThat(clinic.actions()).doesNotContain("SCREENING_RECORDED");
    }

    @Test
    @DisplayName("SIG-1 a prescriber's override is signed with their ID, full name and the clinic's clock, whatever the form said")
    void prescriberOverrideSigned() {
        long david = register(PatientForm.david());
        clinic.clock.advance(Duration.ofMinutes(47));
        Instant signedAt = clinic.clock.instant();
        Screening overridden = screening(Set.of(Contraindication.PSYCHOTIC_SYMPTOMS), PregnancyStatus.NOT_PREGNANT, false,
                Map.of(Contraindication.PSYCHOTIC_SYMPTOMS, because("only in the past, stable on treatment")));

        screenings.record(prescriber, david, overridden).value();
        clinic.reopen();

        Screening stored = clinic.services().patients().open(nurse, david).value().latestScreening().orElseThrow();
        assertThat(stored.overrides()).containsExactly(Map.entry(Contraindication.PSYCHOTIC_SYMPTOMS,
                new PrescriberDecision(prescriber.userId(), "Person drchen", signedAt, "only in the past, stable on treatment")));
        assertThat(clinic.lastEvent().newValue()).contains("override PSYCHOTIC_SYMPTOMS by Person drchen: only in the past");
    }

    @Test
    @DisplayName("PAT-2 an override without a reason is returned to the prescriber, and nothing is saved")
    void overrideNeedsReason() {
        long david = register(PatientForm.david());
        Screening overridden = screening(Set.of(Contraindication.UNCONTROLLED_HYPERTENSION), PregnancyStatus.NOT_PREGNANT, false,
                Map.of(Contraindication.UNCONTROLLED_HYPERTENSION, because(" ")));

        assertThat(screenings.record(prescriber, david, overridden)).isEqualTo(Outcome.invalid(List.of(
                FieldProblem.of(ScreeningField.OVERRIDES, "PAT-2", "decision.reason.required"))));
        assertThat(open(david).latestScreening()).isEmpty();
    }

    @Test
    @DisplayName("PAT-2/3/4 findings, pregnancy, breastfeeding and a minor's consent read back as recorded after a restart")
    void minorRoundTrip() {
        long maya = register(PatientForm.grace().mrn("MRN-0017").name("Patel", "Maya").idNumber("M-170001")
                .born(LocalDate.of(2008, 1, 10)));
        clinic.clock.advance(Duration.ofMinutes(5));
        Instant signedAt = clinic.clock.instant();
        MinorConsent consent = new MinorConsent("Priya Patel", "mother", TODAY.minusDays(2), TODAY.minusDays(1),
                because("severe episode, two failed antidepressants"));
        Screening recorded = new Screening(TODAY, Set.of(Contraindication.UNCONTROLLED_HYPERTENSION, Contraindication.MODERATE_HEPATIC_IMPAIRMENT),
                PregnancyStatus.PREGNANT, true,
                Map.of(Contraindication.UNCONTROLLED_HYPERTENSION, because("controlled on amlodipine since February")),
                Optional.of(consent), Optional.empty());

        long id = screenings.record(prescriber, maya, recorded).value().screeningId();
        clinic.reopen();

        PrescriberDecision signed = new PrescriberDecision(prescriber.userId(), "Person drchen", signedAt, "");
        Screening expected = new Screening(TODAY, recorded.findings(), PregnancyStatus.PREGNANT, true,
                Map.of(Contraindication.UNCONTROLLED_HYPERTENSION, withReason(signed, "controlled on amlodipine since February")),
                Optional.of(new MinorConsent("Priya Patel", "mother", TODAY.minusDays(2), TODAY.minusDays(1),
                        withReason(signed, "severe episode, two failed antidepressants"))),
                Optional.empty());
        PatientView view = clinic.services().patients().open(nurse, maya).value();
        assertThat(id).isPositive();
        assertThat(view.latestScreening()).contains(expected);
        assertThat(view.latestScreening().orElseThrow().contraindications()).containsExactly(
                Contraindication.UNCONTROLLED_HYPERTENSION, Contraindication.PREGNANCY, Contraindication.BREASTFEEDING,
                Contraindication.MODERATE_HEPATIC_IMPAIRMENT);
        assertThat(view.flags()).containsExactlyInAnyOrder(PatientFlag.RELATIVE_CONTRAINDICATION, PatientFlag.PREGNANT,
                PatientFlag.BREASTFEEDING, PatientFlag.UNDER_ADULT_AGE);
    }

    @Test
    @DisplayName("PAT-3 an older adult's confirmation is signed by the prescriber and reads back after a restart")
    void olderAdultRoundTrip() {
        long arthur = register(PatientForm.david().mrn("MRN-0070").name("Hughes", "Arthur").idNumber("A-700001")
                .born(LocalDate.of(1954, 11, 30)));
        Screening recorded = new Screening(TODAY, Set.of(), PregnancyStatus.NOT_ASKED, false, Map.of(), Optional.empty(),
                Optional.of(because("fit, lives with his daughter, starts at 28 mg")));

        screenings.record(prescriber, arthur, recorded).value();
        clinic.reopen();

        PatientView view = clinic.services().patients().open(nurse, arthur).value();
        assertThat(view.latestScreening().orElseThrow().olderAdultConfirmation()).contains(new PrescriberDecision(
                prescriber.userId(), "Person drchen", TestClinic.MORNING, "fit, lives with his daughter, starts at 28 mg"));
        assertThat(view.latestScreening().orElseThrow().pregnancy()).isEqualTo(PregnancyStatus.NOT_ASKED);
        assertThat(view.flags()).containsExactly(PatientFlag.OLDER_ADULT);
    }

    @Test
    @DisplayName("ROLE-2 a nurse cannot confirm an older adult either")
    void nurseCannotConfirmOlderAdult() {
        long arthur = register(PatientForm.david().born(LocalDate.of(1954, 11, 30)));
        Screening recorded = new Screening(TODAY, Set.of(), PregnancyStatus.NOT_ASKED, false, Map.of(), Optional.empty(),
                Optional.of(because("fit")));

        assertThat(screenings.record(nurse, arthur, recorded).refusalOrNull()).isEqualTo(Refusal.of("ROLE-2", "refused.role", "PRESCRIBE"));
        assertThat(open(arthur).latestScreening()).isEmpty();
    }

    @Test
    @DisplayName("PAT-1 an aneurysm found at screening shows as an absolute contraindication on the patient's header")
    void absoluteFlag() {
        long david = register(PatientForm.david());

        PatientView view = screenings.record(nurse, david,
                screening(Set.of(Contraindication.INTRACRANIAL_ANEURYSM), PregnancyStatus.NOT_ASKED, false, Map.of())).value().patient();

        assertThat(view.flags()).containsExactly(PatientFlag.ABSOLUTE_CONTRAINDICATION);
    }

    @Test
    @DisplayName("PAT-4 the flags follow the latest screening: pregnant at one, not pregnant at the next")
    void flagsFollowLatest() {
        long grace = register(PatientForm.grace());
        screenings.record(nurse, grace, screening(Set.of(), PregnancyStatus.PREGNANT, false, Map.of())).value();
        assertThat(open(grace).flags()).containsExactlyInAnyOrder(PatientFlag.PREGNANT, PatientFlag.RELATIVE_CONTRAINDICATION);

        clinic.clock.advance(Duration.ofDays(1));
        Screening nextDay = new Screening(TODAY.plusDays(1), Set.of(), PregnancyStatus.NOT_PREGNANT, false, Map.of(), Optional.empty(),
                Optional.empty());
        screenings.record(nurse, grace, nextDay).value();

        assertThat(open(grace).flags()).isEmpty();
        assertThat(open(grace).latestScreening()).contains(nextDay);
    }

    @Test
    @DisplayName("a screening dated tomorrow is returned to the nurse")
    void screeningInFuture() {
        long david = register(PatientForm.david());

        assertThat(screenings.record(nurse, david, Screening.clear(TODAY.plusDays(1)))).isEqualTo(Outcome.invalid(
                List.of(FieldProblem.of(ScreeningField.SCREENED_ON, "REG", "patient.date.future", TODAY))));
    }

    @Test
    @DisplayName("screening a patient who does not exist is refused")
    void unknownPatient() {
        assertThat(screenings.record(nurse, 999, Screening.clear(TODAY)).refusalOrNull()).isEqualTo(Refusal.of("REG", "patient.notFound"));
    }

    private static PrescriberDecision withReason(PrescriberDecision d, String reason) {
        return new PrescriberDecision(d.prescriberId(), d.prescriberName(), d.at(), reason);
    }
}
