package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Route;
import org.vigil.domain.patient.MinorConsent;
import org.vigil.domain.patient.PatientCheck;
import org.vigil.domain.patient.PatientField;
import org.vigil.domain.patient.PatientLimits;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.ScreeningField;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.vitals.QuickVitalsLine;
import org.vigil.store.TableRows;
import org.vigil.testing.FuzzText;
import org.vigil.testing.Stockroom;

/**
 * Issue 14, item 7: each defect the fuzzing found, driven once through the code a form calls. Each
 * failed before the fix (an exception, "Database write failed", a hang, or a row stored that
 * should have been refused) and now ends in a message next to its field, quickly, with nothing
 * stored.
 */
@DisplayName("Fuzz findings: every input ends in a message, quickly, with nothing stored on a refusal")
class InputFindingsTest {

    @TempDir
    Path dir;
    private SessionFloor floor;

    @BeforeEach
    void open() {
        floor = SessionFloor.open(dir);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private long ivInfusionDue() {
        long session = floor.booked(PatientForm.grace(), Route.IV);
        floor.ready(session, 128, 82);
        floor.engine().authoriseDose(floor.prescriber, session, new BigDecimal("34"), Route.IV, 40, null,
                SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        return session;
    }

    private long rows(String table) {
        return TableRows.count(floor.clinic.services(), table);
    }

    @Test
    @DisplayName("PROD-2 an infusion rate of 1e3990 mL/h is refused with the setting's limit, nothing stored")
    void absurdInfusionRate() {
        long session = ivInfusionDue();
        long before = rows("session_event");
        Outcome<SessionView> huge = floor.engine().startInfusion(floor.nurse, session, new BigDecimal("1e3990"), Stockroom.IV_LOT,
                floor.request());
        SessionFloor.refusedWith(huge, "PROD-2", "session.refused.infusionRateAbove");
        Outcome<SessionView> overflow = floor.engine().startInfusion(floor.nurse, session, new BigDecimal("1E2147483648"), Stockroom.IV_LOT,
                floor.request());
        SessionFloor.refusedWith(overflow, "PROD-2", "session.refused.infusionRateAbove");
        assertThat(rows("session_event")).isEqualTo(before);
        assertThat(floor.engine().startInfusion(floor.nurse, session, new BigDecimal("120"), Stockroom.IV_LOT, floor.request()).isDone())
                .isTrue();
    }

    @Test
    @DisplayName("OBS-4 an adverse event description longer than its limit is refused by name, not a failed write")
    void longAdverseEvent() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        long before = rows("session_event");
        Outcome<SessionView> outcome = floor.engine().openAdverseEvent(floor.nurse, session, AdverseEventKind.OTHER, Severity.MILD,
                "x".repeat(3942), "", null, floor.request());
        SessionFloor.refusedWith(outcome, "OBS-4", "input.text.fieldTooLong");
        assertThat(outcome.refusalOrNull().args()).isNotEmpty();
        // Escaping doubles ';' '=' and '\' in the stored event: a description of them still fits or is refused.
        Outcome<SessionView> escaped = floor.engine().openAdverseEvent(floor.nurse, session, AdverseEventKind.OTHER, Severity.MILD,
                ";".repeat(1999), "=".repeat(399), null, floor.request());
        assertThat(escaped.isDone() || escaped.refusalOrNull() != null).isTrue();
        assertThat(rows("session_event")).isEqualTo(before + (escaped.isDone() ? 1 : 0));
    }

    @Test
    @DisplayName("PRE-1 a checklist detail longer than its limit is refused by name, not a failed write")
    void longChecklistDetail() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.engine().startSession(floor.nurse, session, floor.request()).value();
        long before = rows("session_event");
        Outcome<SessionView> outcome = floor.engine().answerChecklist(floor.nurse, session,
                ChecklistAnswer.yes(ChecklistItem.TRANSPORT_ARRANGED, "Driver " + "9".repeat(4100)), floor.request());
        SessionFloor.refusedWith(outcome, "PRE-1", "input.text.fieldTooLong");
        assertThat(rows("session_event")).isEqualTo(before);
    }

    @Test
    @DisplayName("PAT-3 a guardian's name over 200 characters is a problem at the consent field")
    void longGuardianName() {
        long id = ((Registration.Saved) floor.clinic.services().patients().register(floor.nurse, PatientForm.grace().patient(), false)
                .value()).patient().id();
        long before = rows("screening");
        MinorConsent consent = new MinorConsent("G".repeat(201), "mother", PatientForm.TODAY, PatientForm.TODAY,
                new PrescriberDecision(0, "x", floor.now(), "Documented in the notes"));
        Screening screening = new Screening(PatientForm.TODAY, java.util.Set.of(), org.vigil.domain.patient.PregnancyStatus.NOT_PREGNANT,
                false, java.util.Map.of(), Optional.of(consent), Optional.empty());
        Outcome<Screenings.Recorded> outcome = floor.clinic.services().screenings().record(floor.prescriber, id, screening);
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<?>) outcome).problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(ScreeningField.MINOR_CONSENT);
            assertThat(p.refusal().messageKey()).isEqualTo("input.text.tooLong");
            assertThat(p.refusal().args()).containsExactly(200);
        });
        assertThat(rows("screening")).isEqualTo(before);
    }

    @Test
    @DisplayName("SIG-4 a deactivation reason over 1 000 characters is refused with the limit")
    void longDeactivationReason() {
        long id = ((Registration.Saved) floor.clinic.services().patients().register(floor.nurse, PatientForm.grace().patient(), false)
                .value()).patient().id();
        Outcome<PatientView> outcome = floor.clinic.services().patients().deactivate(floor.nurse, id, "r".repeat(1001));
        SessionFloor.refusedWith(outcome, "SIG-4", "input.text.fieldTooLong");
        assertThat(floor.clinic.services().patients().open(floor.nurse, id).value().active()).isTrue();
    }

    @Test
    @DisplayName("SET-1 a decimal setting typed with 401 characters is refused, not a failed write")
    void longDecimalSetting() {
        Outcome<?> outcome = floor.clinic.services().settings().change(floor.clinic.admin(), "adm.iv.vialMl",
                "2." + "0".repeat(399), "Fuzzing the settings form");
        assertThat(outcome.refusalOrNull()).as("refusal").isNotNull();
        assertThat(outcome.refusalOrNull().messageKey()).isNotBlank();
    }

    @Test
    @DisplayName("REG two valid 100-character Chinese names are saved; their pinyin search text stays within its column")
    void longChineseName() {
        // 和 is read he, huo, hai or hu: four surname readings of 200 six-letter syllables each.
        String family = "和" + "庄".repeat(99);
        String given = "庄".repeat(100);
        Outcome<Registration> outcome = floor.clinic.services().patients().register(floor.nurse,
                PatientForm.zhangWei().name(family, given).patient(), false);
        assertThat(outcome.isDone()).as("%s", outcome).isTrue();
        assertThat(floor.clinic.services().patients().search(floor.nurse, "hezhuangzhuang").value()).isNotEmpty();
    }

    @Test
    @DisplayName("BP-8 a vitals line of 100 000 spaces is read in well under a second")
    void spaceFloodVitals() {
        String line = "152" + " ".repeat(100_000) + "/94 88 97";
        long start = System.nanoTime();
        QuickVitalsLine.Parsed parsed = QuickVitalsLine.parse(line);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        assertThat(parsed).isInstanceOf(QuickVitalsLine.Unreadable.class);
    }

    @Test
    @DisplayName("REG a pasted 30 000-character phone or email is refused by its length before any pattern runs")
    void longPhoneAndEmail() {
        String pasted = "1".repeat(15_000) + "x" + " ".repeat(15_000) + "@";
        long start = System.nanoTime();
        List<FieldProblem<PatientField>> problems = PatientCheck.problems(
                PatientForm.grace().contact(new Contact(pasted, pasted, "")).patient(), limits(), PatientForm.TODAY);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        assertThat(problems).anySatisfy(p -> assertThat(p.field()).isEqualTo(PatientField.PHONE))
                .anySatisfy(p -> assertThat(p.field()).isEqualTo(PatientField.EMAIL))
                .allSatisfy(p -> assertThat(p.refusal().messageKey()).isEqualTo("patient.text.tooLong"));
    }

    @Test
    @DisplayName("CD-3 a fullwidth ID number is the same number as its ASCII spelling for the duplicate check")
    void fullwidthIdNumber() {
        floor.clinic.services().patients().register(floor.nurse, PatientForm.david().idNumber("P1900001").patient(), false).value();
        long before = rows("patient");
        Outcome<Registration> again = floor.clinic.services().patients().register(floor.nurse,
                PatientForm.grace().idNumber(FuzzText.fullwidth("P1900001")).patient(), false);
        // The issue quotes "Ｐ１９０００００１", one zero longer than "P1900001": the same number is its fullwidth spelling.
        assertThat(FuzzText.fullwidth("P1900001")).isEqualTo("Ｐ１９００００１");
        assertThat(again.value()).isInstanceOf(Registration.PossibleDuplicates.class);
        assertThat(rows("patient")).isEqualTo(before);
    }

    @Test
    @DisplayName("REG a date of birth in year -999999999 is refused at the field")
    void ancientBirthDate() {
        long before = rows("patient");
        Outcome<Registration> outcome = floor.clinic.services().patients().register(floor.nurse,
                PatientForm.david().born(LocalDate.of(-999_999_999, 1, 1)).patient(), false);
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<?>) outcome).problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(PatientField.DATE_OF_BIRTH);
            assertThat(p.refusal().messageKey()).isEqualTo("patient.dateOfBirth.tooOld");
        });
        assertThat(rows("patient")).isEqualTo(before);
    }

    @Test
    @DisplayName("SCALE eleven MADRS answers are a problem, not an exception")
    void elevenMadrsAnswers() {
        List<FieldProblem<Integer>> problems = ScaleKind.MADRS.problems(Collections.nCopies(11, 1));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.refusal().messageKey()).isEqualTo("scale.items.tooMany");
            assertThat(p.refusal().args()).containsExactly(10, 11);
        });
    }

    private PatientLimits limits() {
        return PatientLimits.from(floor.clinic.services().settings().current());
    }
}
