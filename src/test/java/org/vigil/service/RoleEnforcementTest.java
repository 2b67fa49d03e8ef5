package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.Route;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.scale.ScaleKind;

/** ROLE-2: the service layer, not the screens, refuses what a role may not do, and audits it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Roles are enforced in the services")
class RoleEnforcementTest {

    private TestClinic clinic;
    private Map<String, Actor> people;

    /** One attempt: who tries what, which permission it needs, and how the audit trail names it. */
    record Attempt(String who, String what, String permission, String auditedAs, BiFunction<Services, Actor, Outcome<?>> call) {
        @Override
        public String toString() {
            return who + " tries " + what;
        }
    }

    @BeforeAll
    void openClinic(@TempDir Path dir) {
        clinic = TestClinic.setUp(dir);
        people = Map.of(
                "nurse", clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE),
                "prescriber", clinic.person("drchen", "ginger tea before the first session", Role.PRESCRIBER),
                "manager", clinic.person("manager", "rota planning on a rainy monday", Role.MANAGER),
                "admin", clinic.admin());
    }

    @AfterAll
    void closeClinic() {
        clinic.close();
    }

    private long nurseId() {
        return people.get("nurse").userId();
    }

    Stream<Attempt> attempts() {
        String users = "MANAGE_USERS";
        String view = "VIEW_PATIENTS";
        String register = "REGISTER_PATIENTS";
        String clinical = "RECORD_CLINICAL";
        String prescribe = "PRESCRIBE";
        LocalDate today = PatientForm.TODAY;
        return Stream.of(
                new Attempt("nurse", "to list users", users, "users.list", (s, a) -> s.users().list(a)),
                new Attempt("nurse", "to create a user", users, "users.create",
                        (s, a) -> s.users().create(a, "nurse.new", "New Nurse", Set.of(Role.NURSE), false)),
                new Attempt("nurse", "to give herself the manager role", users, "users.changeRoles",
                        (s, a) -> s.users().changeRoles(a, nurseId(), Set.of(Role.NURSE, Role.MANAGER), false, "promotion")),
                new Attempt("nurse", "to deactivate a user", users, "users.deactivate",
                        (s, a) -> s.users().deactivate(a, clinic.admin().userId(), "leaving")),
                new Attempt("nurse", "to reactivate a user", users, "users.reactivate",
                        (s, a) -> s.users().reactivate(a, nurseId(), "back")),
                new Attempt("nurse", "to reset a password", users, "users.resetPassword",
                        (s, a) -> s.users().resetPassword(a, clinic.admin().userId(), "forgot")),
                new Attempt("nurse", "to unlock an account", users, "users.unlock", (s, a) -> s.users().unlock(a, nurseId())),
                new Attempt("manager", "to create a user", users, "users.create",
                        (s, a) -> s.users().create(a, "nurse.new", "New Nurse", Set.of(Role.NURSE), false)),
                new Attempt("prescriber", "to list users", users, "users.list", (s, a) -> s.users().list(a)),
                new Attempt("nurse", "to change the minimum observation (protocol)", "CHANGE_PROTOCOL_SETTINGS",
                        "settings.change obs.minimumMinutes", (s, a) -> s.settings().change(a, "obs.minimumMinutes", "90", "shorter")),
                new Attempt("prescriber", "to change the minimum observation (protocol)", "CHANGE_PROTOCOL_SETTINGS",
                        "settings.change obs.minimumMinutes", (s, a) -> s.settings().change(a, "obs.minimumMinutes", "90", "shorter")),
                new Attempt("manager", "to change the password length (system)", "CHANGE_SYSTEM_SETTINGS",
                        "settings.change security.passwordMinLength",
                        (s, a) -> s.settings().change(a, "security.passwordMinLength", "8", "easier")),
                new Attempt("nurse", "to verify the audit chain", "VERIFY_AUDIT_CHAIN", "integrity.verify", (s, a) -> s.integrity().verify(a)),
                new Attempt("nurse", "to read the audit trail", "VERIFY_AUDIT_CHAIN", "integrity.latest",
                        (s, a) -> s.integrity().latest(a, 10)),
                new Attempt("prescriber", "to read the audit trail", "VERIFY_AUDIT_CHAIN", "integrity.latest",
                        (s, a) -> s.integrity().latest(a, 10)),
                // ROLE-1: administrators see no clinical records.
                new Attempt("admin", "to search patients", view, "patients.search", (s, a) -> s.patients().search(a, "okafor")),
                new Attempt("admin", "to open a patient", view, "patients.open", (s, a) -> s.patients().open(a, 1)),
                new Attempt("admin", "to list the clinic's day", view, "day.list", (s, a) -> s.clinicDay().between(a, today, today)),
                new Attempt("admin", "to list a patient's courses", view, "courses.ofPatient", (s, a) -> s.courses().ofPatient(a, 1)),
                new Attempt("admin", "to see a course's PHQ-9 progress", view, "scales.progress",
                        (s, a) -> s.followUp().progress(a, 1, ScaleKind.PHQ9)),
                // ROLE-1: managers read everything but make no clinical entries.
                new Attempt("manager", "to register a patient", register, "patients.register",
                        (s, a) -> s.patients().register(a, PatientForm.grace().patient(), false)),
                new Attempt("manager", "to update a patient", register, "patients.update",
                        (s, a) -> s.patients().update(a, 1, PatientForm.grace().patient())),
                new Attempt("manager", "to deactivate a patient", register, "patients.deactivate",
                        (s, a) -> s.patients().deactivate(a, 1, "duplicate")),
                new Attempt("manager", "to record a screening", clinical, "screening.record",
                        (s, a) -> s.screenings().record(a, 1, Screening.clear(today))),
                new Attempt("manager", "to book a session", clinical, "day.book", (s, a) -> s.clinicDay().book(a, 1, today, 1)),
                new Attempt("manager", "to cancel a session", clinical, "day.cancel", (s, a) -> s.clinicDay().cancel(a, 1, "fever")),
                new Attempt("manager", "to record a PHQ-9", clinical, "scales.record",
                        (s, a) -> s.followUp().recordScale(a, 1, ScaleKind.PHQ9, today, List.of(1, 1, 1, 1, 1, 1, 1, 1, 0))),
                new Attempt("manager", "to record a drug screen", clinical, "monitoring.record",
                        (s, a) -> s.followUp().recordMonitoring(a, 1, new MonitoringResult(MonitoringKind.DRUG_SCREEN, today, "negative"))),
                // ROLE-1: starting and steering courses, and overriding, are the prescriber's.
                new Attempt("nurse", "to start a course", prescribe, "courses.start",
                        (s, a) -> s.courses().start(a, 1, Indication.TRD, Route.NASAL, "", today)),
                new Attempt("nurse", "to answer the week-4 review", prescribe, "courses.review",
                        (s, a) -> s.courses().answerReview(a, 1, today, new ReviewDecision.Continue(), "responding")),
                new Attempt("nurse", "to change the session frequency", prescribe, "courses.changeFrequency",
                        (s, a) -> s.courses().changeFrequency(a, 1, today, SessionFrequency.WEEKLY, "settled")),
                new Attempt("nurse", "to end a course", prescribe, "courses.end",
                        (s, a) -> s.courses().end(a, 1, today, EndReason.PATIENT_CHOICE, "declined")),
                new Attempt("nurse", "to override a contraindication at screening", prescribe, "screening.override",
                        (s, a) -> s.screenings().record(a, 1, new Screening(today, Set.of(Contraindication.PSYCHOTIC_SYMPTOMS),
                                PregnancyStatus.NOT_PREGNANT, false, Map.of(Contraindication.PSYCHOTIC_SYMPTOMS,
                                        new PrescriberDecision(a.userId(), a.fullName(), TestClinic.MORNING, "stable")),
                                Optional.empty(), Optional.empty()))),
                new Attempt("manager", "to check a patient in", clinical, "session.start", (s, a) -> s.sessions().startSession(a, 1, "r1")),
                new Attempt("manager", "to record vital signs", clinical, "session.vitals",
                        (s, a) -> s.sessions().recordVitals(a, 1, 120, 80, 70, 98, TestClinic.MORNING, "r2")),
                new Attempt("nurse", "to authorise a dose", prescribe, "session.authorise",
                        (s, a) -> s.sessions().authoriseDose(a, 1, 56, org.vigil.domain.Route.NASAL, 0, "x", "r3")),
                new Attempt("nurse", "to sign ready to leave", prescribe, "session.readyToLeave",
                        (s, a) -> s.sessions().signReadyToLeave(a, 1, "x", "r4")),
                new Attempt("manager", "to override a contraindication at screening", clinical, "screening.record",
                        (s, a) -> s.screenings().record(a, 1, new Screening(today, Set.of(Contraindication.PSYCHOTIC_SYMPTOMS),
                                PregnancyStatus.NOT_PREGNANT, false, Map.of(Contraindication.PSYCHOTIC_SYMPTOMS,
                                        new PrescriberDecision(a.userId(), a.fullName(), TestClinic.MORNING, "stable")),
                                Optional.empty(), Optional.empty()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    @DisplayName("ROLE-2 a role without the permission is refused, and the attempt is audited as REFUSED")
    void refusedAndAudited(Attempt attempt) {
        Actor actor = people.get(attempt.who());
        Outcome<?> outcome = attempt.call().apply(clinic.services(), actor);
        assertThat(outcome.refusalOrNull()).isEqualTo(Refusal.of("ROLE-2", "refused.role", attempt.permission()));
        AuditEvent last = clinic.lastEvent();
        assertThat(last.action()).isEqualTo("REFUSED");
        assertThat(last.userId()).isEqualTo(actor.userId());
        assertThat(last.entityId()).isEqualTo(attempt.permission());
        assertThat(last.newValue()).isEqualTo(attempt.auditedAs());
    }

    @Test
    @DisplayName("ROLE-2 refused attempts change nothing")
    void refusedChangesNothing() {
        attempts().forEach(a -> a.call().apply(clinic.services(), people.get(a.who())));
        assertThat(clinic.services().users().listForOperator())
                .extracting(u -> u.username()).containsExactlyInAnyOrder("admin", "nurse.li", "drchen", "manager");
        assertThat(clinic.services().users().listForOperator()).allSatisfy(u -> {
            assertThat(u.active()).isTrue();
            assertThat(u.mustChangePassword()).isFalse();
        });
        assertThat(clinic.services().users().listForOperator().stream().filter(u -> u.username().equals("nurse.li")))
                .singleElement().satisfies(u -> assertThat(u.roles()).containsExactly(Role.NURSE));
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(120);
        assertThat(clinic.services().settings().current().integer("security.passwordMinLength")).isEqualTo(15);
        assertThat(clinic.services().patients().search(people.get("manager"), "").value()).isEmpty();
        assertThat(clinic.actions()).doesNotContain("PATIENT_REGISTERED", "PATIENT_UPDATED", "PATIENT_DEACTIVATED",
                "SCREENING_RECORDED", "COURSE_STARTED", "COURSE_REVIEWED", "COURSE_FREQUENCY_CHANGED", "COURSE_ENDED",
                "SESSION_BOOKED", "SESSION_CANCELLED", "SCALE_RECORDED", "MONITORING_RECORDED");
    }

    @Test
    @DisplayName("ROLE-1 a manager may verify the audit chain and read the trail")
    void managerMayVerify() {
        Actor manager = people.get("manager");
        assertThat(clinic.services().integrity().verify(manager).value().intact()).isTrue();
        assertThat(clinic.services().integrity().latest(manager, 3).value()).hasSize(3);
    }

    @Test
    @DisplayName("ROLE-1 every role may read the settings")
    void everyoneReadsSettings() {
        for (Actor actor : people.values()) {
            assertThat(clinic.services().settings().list(actor).value()).hasSizeGreaterThan(60);
            assertThat(clinic.services().settings().history(actor, "obs.minimumMinutes").value()).isNotEmpty();
        }
    }
}
