package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Role assignment")
class RoleAssignmentTest {

    @Test
    @DisplayName("ROLE-1 a person needs at least one role")
    void atLeastOneRole() {
        assertThat(RoleAssignment.check(Set.of(), false)).hasValue(Refusal.of("ROLE-1", "roles.none"));
    }

    @Test
    @DisplayName("ROLE-1 the administrator role cannot sit on a nurse's or prescriber's account")
    void adminIsNotClinical() {
        assertThat(RoleAssignment.check(Set.of(Role.ADMIN, Role.NURSE), false)).hasValue(Refusal.of("ROLE-1", "roles.adminNotClinical"));
        assertThat(RoleAssignment.check(Set.of(Role.ADMIN, Role.PRESCRIBER), false)).hasValue(Refusal.of("ROLE-1", "roles.adminNotClinical"));
    }

    @Test
    @DisplayName("ROLE-1 an administrator may also be a manager")
    void adminMayManage() {
        assertThat(RoleAssignment.check(Set.of(Role.ADMIN, Role.MANAGER), false)).isEmpty();
    }

    @Test
    @DisplayName("PRE-2 only a prescriber can hold the controlled-drug prescribing right")
    void rightNeedsPrescriber() {
        assertThat(RoleAssignment.check(Set.of(Role.NURSE), true)).hasValue(Refusal.of("PRE-2", "roles.rightNeedsPrescriber"));
        assertThat(RoleAssignment.check(Set.of(Role.PRESCRIBER, Role.NURSE), true)).isEmpty();
        assertThat(RoleAssignment.check(Set.of(Role.PRESCRIBER), false)).isEmpty();
    }
}
