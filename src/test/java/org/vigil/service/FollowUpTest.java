package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.MonitoringTask;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.scale.Madrs;
import org.vigil.domain.scale.Phq9;
import org.vigil.domain.scale.Phq9Severity;
import org.vigil.domain.scale.ScaleAssessment;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleProgress;

@DisplayName("Outcome scales and long-term monitoring over a course")
class FollowUpTest {

    private static final LocalDate TODAY = PatientForm.TODAY;

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Actor nurse;
    private long patient;
    private long course;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        Actor prescriber = clinic.person("drchen", "ginger tea before the first session", Role.PRESCRIBER);
        patient = ((Registration.Saved) clinic.services().patients().register(nurse, PatientForm.david().patient(), false).value())
                .patient().id();
        clinic.services().screenings().record(nurse, patient, Screening.clear(TODAY)).value();
        course = clinic.services().courses().start(prescriber, patient, Indication.TRD, Route.NASAL, "", TODAY)
                .value().course().id();
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    /** Fetched afresh: a restart opens new services. */
    private FollowUp followUp() {
        return clinic.services().followUp();
    }

    private static List<Integer> answers(Integer... items) {
        return Arrays.asList(items);
    }

    private FollowUp.ScaleEntry phq9(LocalDate on, Integer... items) {
        return followUp().recordScale(nurse, course, ScaleKind.PHQ9, on, answers(items)).value();
    }

    /** A PHQ-9 whose nine answers add up to the total (each 0–3, filled from item 1). */
    private void phq9Total(LocalDate on, int total) {
        Integer[] items = new Integer[9];
        int left = total;
        for (int i = 0; i < 9; i++) {
            items[i] = Math.min(3, left);
            left -= items[i];
        }
        assertThat(phq9(on, items)).isInstanceOf(FollowUp.ScaleEntry.Saved.class);
    }

    private CourseView view() {
        return clinic.services().courses().ofPatient(nurse, patient).value().stream().filter(v -> v.id() == course).findFirst()
                .orElseThrow();
    }

    private ScaleProgress progress(ScaleKind kind) {
        return followUp().progress(nurse, course, kind).value();
    }

    private long count(String action) {
        return clinic.actions().stream().filter(action::equals).count();
    }

    @Test
    @DisplayName("a PHQ-9 is scored from its nine answers (14: moderate), stored with the course, and audited")
    void phq9Scored() {
        FollowUp.ScaleEntry entry = phq9(TODAY, 2, 2, 2, 2, 2, 1, 1, 1, 1);

        assertThat(entry).isInstanceOfSatisfying(FollowUp.ScaleEntry.Saved.class, saved -> {
            assertThat(saved.score().total()).isEqualTo(14);
            assertThat(saved.score()).isInstanceOfSatisfying(Phq9.class, p -> {
                assertThat(p.severity()).isEqualTo(Phq9Severity.MODERATE);
                assertThat(p.selfHarmThoughts()).isTrue();
            });
            assertThat(saved.course().scales()).containsExactly(new ScaleAssessment(TODAY, saved.score()));
        });
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("SCALE_RECORDED");
        assertThat(event.userId()).isEqualTo(nurse.userId());
        assertThat(event.newValue()).isEqualTo("course=" + course + "; PHQ9=14; items=[2, 2, 2, 2, 2, 1, 1, 1, 1]; on=2025-03-03");

        clinic.reopen();
        assertThat(view().scales()).singleElement().satisfies(a -> {
            assertThat(a.takenOn()).isEqualTo(TODAY);
            assertThat(a.score().items()).containsExactly(2, 2, 2, 2, 2, 1, 1, 1, 1);
            assertThat(a.score().total()).isEqualTo(14);
        });
    }

    @Test
    @DisplayName("a PHQ-9 with eight answers names the missing ninth; nothing is saved")
    void phq9Missing() {
        FollowUp.ScaleEntry entry = phq9(TODAY, 1, 1, 1, 1, 1, 1, 1, 1);

        assertThat(entry).isEqualTo(new FollowUp.ScaleEntry.Invalid(List.of(FieldProblem.of(9, "SCALE", "scale.item.required", 9))));
        assertThat(view().scales()).isEmpty();
        assertThat(count("SCALE_RECORDED")).isZero();
    }

    @Test
    @DisplayName("a PHQ-9 answer of 4 is outside 0–3 and is named by its item; nothing is saved")
    void phq9OutOfRange() {
        FollowUp.ScaleEntry entry = phq9(TODAY, 1, 1, 4, 1, 1, 1, 1, 1, 1);

        assertThat(entry).isEqualTo(new FollowUp.ScaleEntry.Invalid(List.of(FieldProblem.of(3, "SCALE", "scale.item.range", 3, 3))));
        assertThat(view().scales()).isEmpty();
    }

    @Test
    @DisplayName("a scale dated tomorrow is refused")
    void scaleInFuture() {
        assertThat(followUp().recordScale(nurse, course, ScaleKind.PHQ9, TODAY.plusDays(1), answers(0, 0, 0, 0, 0, 0, 0, 0, 0))
                .refusalOrNull()).isEqualTo(Refusal.of("SCALE", "scale.date.future"));
        assertThat(view().scales()).isEmpty();
    }

    @Test
    @DisplayName("a MADRS is scored from its ten answers (0–6 each)")
    void madrsScored() {
        FollowUp.ScaleEntry entry = followUp().recordScale(nurse, course, ScaleKind.MADRS, TODAY, answers(3, 4, 2, 5, 3, 2, 4, 3, 2, 4))
                .value();

        assertThat(entry).isInstanceOfSatisfying(FollowUp.ScaleEntry.Saved.class, saved -> {
            assertThat(saved.score()).isInstanceOf(Madrs.class);
            assertThat(saved.score().total()).isEqualTo(32);
        });
        assertThat(followUp().recordScale(nurse, course, ScaleKind.MADRS, TODAY, answers(3, 4, 2, 5, 3, 2, 4, 3, 7, 4)).value())
                .isEqualTo(new FollowUp.ScaleEntry.Invalid(List.of(FieldProblem.of(9, "SCALE", "scale.item.range", 9, 6))));
        assertThat(view().scales()).hasSize(1);
    }

    @Test
    @DisplayName("the baseline is the last PHQ-9 on or before the first dose; 50 % lower is a response, below 5 a remission")
    void progress() {
        phq9Total(TODAY.minusDays(5), 24);
        clinic.clock.advance(Duration.ofDays(1));
        phq9Total(TODAY.plusDays(1), 20);
        // The first dose is given two days late, on Wednesday: the Tuesday score is the baseline.
        GivenDoses.given(clinic, course, nurse.userId(), TODAY.plusDays(2));
        clinic.clock.advance(Duration.ofDays(3));
        phq9Total(TODAY.plusDays(4), 18);

        ScaleProgress early = progress(ScaleKind.PHQ9);
        assertThat(early.baseline()).hasValueSatisfying(b -> {
            assertThat(b.takenOn()).isEqualTo(TODAY.plusDays(1));
            assertThat(b.score().total()).isEqualTo(20);
        });
        assertThat(early.latest()).hasValueSatisfying(l -> assertThat(l.score().total()).isEqualTo(18));
        assertThat(early.percentReduction()).contains(new BigDecimal("10.0"));
        assertThat(early.response()).isFalse();

        clinic.clock.advance(Duration.ofDays(24));
        phq9Total(TODAY.plusDays(28), 10);
        ScaleProgress response = progress(ScaleKind.PHQ9);
        assertThat(response.percentReduction()).contains(new BigDecimal("50.0"));
        assertThat(response.response()).isTrue();
        assertThat(response.remission()).isFalse();

        phq9Total(TODAY.plusDays(28), 4);
        ScaleProgress remission = progress(ScaleKind.PHQ9);
        assertThat(remission.response()).isTrue();
        assertThat(remission.remission()).isTrue();
        assertThat(progress(ScaleKind.MADRS).baseline()).isEmpty();
    }

    @Test
    @DisplayName("SCH-7 a drug screen recorded with its result moves that task's next due date by the protocol's 90 days")
    void monitoringMovesDueDate() {
        assertThat(task(view(), MonitoringKind.DRUG_SCREEN).dueOn()).isEqualTo(TODAY);
        clinic.clock.advance(Duration.ofDays(3));

        CourseView after = followUp().recordMonitoring(nurse, course,
                new MonitoringResult(MonitoringKind.DRUG_SCREEN, TODAY.plusDays(2), "urine screen negative")).value();

        assertThat(task(after, MonitoringKind.DRUG_SCREEN).dueOn()).isEqualTo(TODAY.plusDays(92));
        assertThat(task(after, MonitoringKind.DRUG_SCREEN).overdue()).isFalse();
        assertThat(task(after, MonitoringKind.LIVER_FUNCTION_TESTS).dueOn()).isEqualTo(TODAY);
        assertThat(after.monitoringDone()).containsExactly(
                new MonitoringResult(MonitoringKind.DRUG_SCREEN, TODAY.plusDays(2), "urine screen negative"));
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("MONITORING_RECORDED");
        assertThat(event.entityId()).isEqualTo(String.valueOf(course));
        assertThat(event.newValue()).isEqualTo("DRUG_SCREEN on 2025-03-05: urine screen negative");

        clinic.reopen();
        assertThat(task(view(), MonitoringKind.DRUG_SCREEN).dueOn()).isEqualTo(TODAY.plusDays(92));
    }

    @Test
    @DisplayName("SCH-7 a monitoring result needs its result text and a date that has happened; nothing is saved otherwise")
    void monitoringChecks() {
        assertThat(followUp().recordMonitoring(nurse, course, new MonitoringResult(MonitoringKind.LIVER_FUNCTION_TESTS, TODAY, "  "))
                .refusalOrNull()).isEqualTo(Refusal.of("SCH-7", "monitoring.result.required"));
        assertThat(followUp().recordMonitoring(nurse, course,
                new MonitoringResult(MonitoringKind.LIVER_FUNCTION_TESTS, TODAY.plusDays(1), "ALT 30 U/L")).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-7", "monitoring.date.future"));
        assertThat(view().monitoringDone()).isEmpty();
        assertThat(count("MONITORING_RECORDED")).isZero();

        // The substance-use question may be answered with nothing to report.
        assertThat(followUp().recordMonitoring(nurse, course, new MonitoringResult(MonitoringKind.SUBSTANCE_USE_QUESTION, TODAY, ""))
                .isDone()).isTrue();
    }

    @Test
    @DisplayName("scales and monitoring for a course that does not exist are refused")
    void unknownCourse() {
        assertThat(followUp().recordScale(nurse, 999, ScaleKind.PHQ9, TODAY, answers(0, 0, 0, 0, 0, 0, 0, 0, 0)).refusalOrNull())
                .isEqualTo(Refusal.of("SCH-6", "course.notFound"));
        assertThat(followUp().recordMonitoring(nurse, 999, new MonitoringResult(MonitoringKind.DRUG_SCREEN, TODAY, "negative"))
                .refusalOrNull()).isEqualTo(Refusal.of("SCH-6", "course.notFound"));
        assertThat(followUp().progress(nurse, 999, ScaleKind.PHQ9).refusalOrNull()).isEqualTo(Refusal.of("SCH-6", "course.notFound"));
    }

    private static MonitoringTask task(CourseView view, MonitoringKind kind) {
        return view.monitoringDue().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }
}
