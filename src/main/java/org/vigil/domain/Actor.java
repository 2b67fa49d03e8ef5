package org.vigil.domain;

import java.util.Set;

/**
 * The authenticated person behind a service call. Created only by the login service, so
 * holding one means the password was checked.
 */
public record Actor(long userId, String username, String fullName, Set<Role> roles, boolean prescribingRight) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean may(Permission permission) {
        return permission.grantedTo(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
