package org.vigil.domain;

import java.time.Instant;
import java.util.Set;

/** A person who can log in. The password hash never leaves the store layer. */
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
        Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public Actor asActor() {
        return new Actor(id, username, fullName, roles, prescribingRight);
    }

    public boolean lockedAt(Instant now) {
        return LoginLockout.isLocked(lockedUntil, now);
    }
}
