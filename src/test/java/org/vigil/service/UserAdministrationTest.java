package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.UserAccount;

@DisplayName("An administrator manages accounts")
class UserAdministrationTest {

    @TempDir
    Path dir;
    private TestClinic clinic;
    private UserAdministration users;
    private Actor admin;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        users = clinic.services().users();
        admin = clinic.admin();
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private UserAccount create(String username, Set<Role> roles, boolean right) {
        return users.create(admin, username, "Person " + username, roles, right).value().account();
    }

    @Test
    @DisplayName("ROLE-1 roles that may not go together are refused when creating an account")
    void roleCombinationsChecked() {
        assertThat(users.create(admin, "nurse.li", "Li Na", Set.of(Role.ADMIN, Role.NURSE), false).refusalOrNull())
                .isEqualTo(Refusal.of("ROLE-1", "roles.adminNotClinical"));
        assertThat(users.create(admin, "nurse.li", "Li Na", Set.of(Role.NURSE), true).refusalOrNull())
                .isEqualTo(Refusal.of("PRE-2", "roles.rightNeedsPrescriber"));
        assertThat(users.listForOperator()).hasSize(1);
    }

    @Test
    @DisplayName("USR-1 a user name is taken whatever its case, and must be 2-64 letters, digits, dot, dash or underscore")
    void usernames() {
        create("nurse.li", Set.of(Role.NURSE), false);
        assertThat(users.create(admin, "Nurse.Li", "Li Na", Set.of(Role.NURSE), false).refusalOrNull())
                .isEqualTo(Refusal.of("USR-1", "user.username.taken", "Nurse.Li"));
        assertThat(users.create(admin, "li na", "Li Na", Set.of(Role.NURSE), false).refusalOrNull())
                .isEqualTo(Refusal.of("USR-1", "user.username.invalid"));
        assertThat(users.create(admin, "李娜", "李娜", Set.of(Role.NURSE), false).isDone()).isTrue();
    }

    @Test
    @DisplayName("SIG-4 changing roles needs a reason and is audited with the roles before and after")
    void changeRolesAudited() {
        UserAccount chen = create("drchen", Set.of(Role.PRESCRIBER), false);
        assertThat(users.changeRoles(admin, chen.id(), Set.of(Role.PRESCRIBER, Role.NURSE), true, " ").refusalOrNull())
                .isEqualTo(Refusal.of("SIG-4", "reason.required"));
        UserAccount changed = users.changeRoles(admin, chen.id(), Set.of(Role.PRESCRIBER, Role.NURSE), true, "CD right granted").value();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.PRESCRIBER, Role.NURSE);
        assertThat(changed.prescribingRight()).isTrue();
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("USER_ROLES_CHANGED");
        assertThat(event.oldValue()).contains("roles=[PRESCRIBER]").contains("prescribingRight=false");
        assertThat(event.newValue()).contains("roles=[NURSE, PRESCRIBER]").contains("prescribingRight=true");
        assertThat(event.reason()).isEqualTo("CD right granted");
    }

    @Test
    @DisplayName("USR-2 the last active administrator cannot be demoted, and no administrator deactivates themself")
    void lastAdminKept() {
        assertThat(users.changeRoles(admin, admin.userId(), Set.of(Role.MANAGER), false, "reorganisation").refusalOrNull())
                .isEqualTo(Refusal.of("USR-2", "user.lastAdmin"));
        assertThat(users.deactivate(admin, admin.userId(), "leaving").refusalOrNull()).isEqualTo(Refusal.of("USR-2", "user.notSelf"));
        create("admin2", Set.of(Role.ADMIN), false);
        assertThat(users.changeRoles(admin, admin.userId(), Set.of(Role.MANAGER), false, "reorganisation").isDone()).isTrue();
        assertThat(users.listForOperator()).filteredOn(u -> u.roles().contains(Role.ADMIN)).extracting(UserAccount::username)
                .containsExactly("admin2");
    }

    @Test
    @DisplayName("SIG-4 deactivating and reactivating need a reason and are audited")
    void deactivateAndReactivate() {
        UserAccount li = create("nurse.li", Set.of(Role.NURSE), false);
        assertThat(users.deactivate(admin, li.id(), null).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "reason.required"));
        assertThat(users.deactivate(admin, li.id(), "maternity leave").value().active()).isFalse();
        assertThat(clinic.lastEvent()).extracting(AuditEvent::action, AuditEvent::oldValue, AuditEvent::newValue, AuditEvent::reason)
                .containsExactly("USER_DEACTIVATED", "active=true", "active=false", "maternity leave");
        assertThat(users.reactivate(admin, li.id(), "back from leave").value().active()).isTrue();
        assertThat(clinic.lastEvent().action()).isEqualTo("USER_REACTIVATED");
    }

    @Test
    @DisplayName("USR-1 an account that does not exist is reported as such")
    void unknownAccount() {
        assertThat(users.unlock(admin, 999).refusalOrNull()).isEqualTo(Refusal.of("USR-1", "user.notFound"));
        assertThat(users.resetPassword(admin, 999, "forgot").refusalOrNull()).isEqualTo(Refusal.of("USR-1", "user.notFound"));
    }
}
