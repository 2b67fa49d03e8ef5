package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Refusal;
import org.vigil.domain.SetupField;
import org.vigil.domain.Role;

@DisplayName("First-run setup of a clinic")
class FirstRunSetupTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("SETUP-1 creates the clinic and its administrator, audited as CLINIC_CREATED and USER_CREATED")
    void createsClinicAndAdmin() {
        try (TestClinic clinic = TestClinic.setUp(dir)) {
            Actor admin = clinic.admin();
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(clinic.services().setup().clinic()).hasValueSatisfying(c -> {
                assertThat(c.name()).isEqualTo(TestClinic.CLINIC);
                assertThat(c.createdAt()).isEqualTo(TestClinic.MORNING);
            });
            // The database's own first event seals the settings it was created with (SIG-4); setup follows.
            List<AuditEvent> all = clinic.auditTrail();
            assertThat(all.getFirst().action()).isEqualTo("DATABASE_CREATED");
            assertThat(all.getFirst().username()).isEqualTo("vigil");
            List<AuditEvent> trail = all.subList(1, all.size());
            assertThat(trail).extracting(AuditEvent::action).containsExactly("CLINIC_CREATED", "USER_CREATED");
            assertThat(trail).allSatisfy(e -> {
                assertThat(e.username()).isEqualTo("admin");
                assertThat(e.at()).isEqualTo(TestClinic.MORNING);
            });
            assertThat(trail.getFirst().newValue()).contains(TestClinic.CLINIC);
        }
    }

    @Test
    @DisplayName("SETUP-1 the first administrator can log in with the chosen password")
    void adminLogsIn() {
        try (TestClinic clinic = TestClinic.setUp(dir)) {
            LoginResult result = clinic.services().accounts().login("admin", TestClinic.ADMIN_PASSWORD);
            assertThat(result).isInstanceOfSatisfying(LoginResult.Granted.class,
                    granted -> assertThat(granted.actor().roles()).isEqualTo(Set.of(Role.ADMIN)));
        }
    }

    @Test
    @DisplayName("PWD-1 setup refuses a weak password and creates nothing")
    void weakPasswordRefused() {
        try (TestClinic clinic = TestClinic.empty(dir)) {
            Outcome<Actor> outcome = clinic.services().setup().setUp("Test Clinic", "admin", "Ada Admin", "short pass");
            assertThat(problems(outcome)).containsExactly(FieldProblem.of(SetupField.PASSWORD, "PWD-1", "password.tooShort", 15));
            assertThat(clinic.services().setup().isSetUp()).isFalse();
            assertThat(clinic.services().users().listForOperator()).isEmpty();
        }
    }

    @Test
    @DisplayName("PWD-2 setup refuses a password containing the administrator's user name")
    void passwordWithUsernameRefused() {
        try (TestClinic clinic = TestClinic.empty(dir)) {
            Outcome<Actor> outcome = clinic.services().setup().setUp("Test Clinic", "ada.morgan", "Ada Morgan", "I am Ada.Morgan of the clinic");
            assertThat(problems(outcome)).containsExactly(FieldProblem.of(SetupField.PASSWORD, "PWD-2", "password.containsUsername"));
            assertThat(clinic.services().setup().isSetUp()).isFalse();
        }
    }

    @Test
    @DisplayName("SETUP-1 a second setup is refused and the first clinic stays as it was")
    void secondSetupRefused() {
        try (TestClinic clinic = TestClinic.setUp(dir)) {
            Outcome<Actor> again = clinic.services().setup().setUp("Other Clinic", "admin2", "Bo Admin", "another long sentence here");
            assertThat(again.refusalOrNull()).isEqualTo(Refusal.of("SETUP-1", "setup.alreadyDone"));
            assertThat(clinic.services().setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
            assertThat(clinic.services().users().listForOperator()).extracting(u -> u.username()).containsExactly("admin");
        }
    }

    @Test
    @DisplayName("SETUP-1 setup refuses a blank clinic name and an invalid user name, each next to its field")
    void invalidNamesRefused() {
        try (TestClinic clinic = TestClinic.empty(dir)) {
            assertThat(problems(clinic.services().setup().setUp("  ", "admin", "Ada Admin", TestClinic.ADMIN_PASSWORD)))
                    .containsExactly(FieldProblem.of(SetupField.CLINIC_NAME, "SETUP-1", "setup.clinicName.invalid"));
            assertThat(problems(clinic.services().setup().setUp("Test Clinic", "ad min", "Ada Admin", TestClinic.ADMIN_PASSWORD)))
                    .containsExactly(FieldProblem.of(SetupField.USERNAME, "USR-1", "user.username.invalid"));
            assertThat(clinic.services().setup().isSetUp()).isFalse();
        }
    }

    @Test
    @DisplayName("Issue 15, item 8: every problem of the first-run form at once, not one per click")
    void everyProblemAtOnce() {
        try (TestClinic clinic = TestClinic.empty(dir)) {
            Object[] expected = {SetupField.CLINIC_NAME, SetupField.FULL_NAME, SetupField.USERNAME, SetupField.PASSWORD};
            assertThat(problems(clinic.services().setup().setUp(" ", "ad min", "", "short")))
                    .extracting(p -> (Object) p.field()).containsExactly(expected);
            assertThat(clinic.services().setup().problems(" ", "ad min", "", "short"))
                    .extracting(p -> (Object) p.field()).containsExactly(expected);
            assertThat(clinic.services().setup().problems("Test Clinic", "admin", "Ada Admin", TestClinic.ADMIN_PASSWORD)).isEmpty();
            assertThat(clinic.services().setup().isSetUp()).isFalse();
        }
    }

    private static java.util.List<FieldProblem<?>> problems(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        return ((Outcome.Invalid<?>) outcome).problems();
    }
}
