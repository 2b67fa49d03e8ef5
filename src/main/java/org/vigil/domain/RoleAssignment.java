package org.vigil.domain;

import java.util.Optional;
import java.util.Set;

/** Which role combinations a clinic may give one person (ROLE-1). */
public final class RoleAssignment {

    private RoleAssignment() {}

    public static Optional<Refusal> check(Set<Role> roles, boolean prescribingRight) {
        if (roles.isEmpty()) {
            return Optional.of(Refusal.of("ROLE-1", "roles.none"));
        }
        // ROLE-1: an administrator makes no clinical entries or signatures, so the admin role
        // cannot sit on the same account as a clinical one.
        if (roles.contains(Role.ADMIN) && (roles.contains(Role.NURSE) || roles.contains(Role.PRESCRIBER))) {
            return Optional.of(Refusal.of("ROLE-1", "roles.adminNotClinical"));
        }
        // PRE-2: only a prescriber can hold the controlled-drug prescribing right.
        if (prescribingRight && !roles.contains(Role.PRESCRIBER)) {
            return Optional.of(Refusal.of("PRE-2", "roles.rightNeedsPrescriber"));
        }
        return Optional.empty();
    }
}
