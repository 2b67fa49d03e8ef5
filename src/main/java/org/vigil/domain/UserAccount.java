package org.vigil.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A person who can log in. The password hash never leaves the store layer.
 *
 * @param idNumber the person's ID-document number when they could also be a patient of the clinic,
 *     so they can never authorise a dose for themself (PRE-2); empty when not given
 */
public record UserAccount(
        long id,
        String username,
        String fullName,
        Set<Role> roles,
        boolean prescribingRight,
        boolean active,
        boolean mustChangePassword,
        int failedLogins,
        Instant lockedUntil,
        Instant createdAt,
        String idNumber) {

    public UserAccount {
        roles = Set.copyOf(roles);
        idNumber = idNumber == null ? "" : idNumber;
    }

    public Actor asActor() {
        return new Actor(id, username, fullName, roles, prescribingRight);
    }

    public boolean lockedAt(Instant now) {
        return LoginLockout.isLocked(lockedUntil, now);
    }
}
