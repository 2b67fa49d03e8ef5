package org.vigil.service;

import java.time.Clock;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.UserAccount;
import java.util.Optional;
import org.vigil.store.AuditTrail;
import org.vigil.store.Database;
import org.vigil.store.UserStore;
import org.vigil.store.Transaction;

/**
 * Writes audit events for the services: inside the caller's transaction for changes, or in a
 * transaction of its own for refusals and failed logins, which change nothing else.
 */
final class AuditWriter {

    private final Database database;
    private final AuditTrail trail;
    private final Clock clock;
    private final UserStore users;

    AuditWriter(Database database, AuditTrail trail, UserStore users, Clock clock) {
        this.database = database;
        this.trail = trail;
        this.users = users;
        this.clock = clock;
    }

    void record(Transaction tx, Actor actor, String action, String entityType, Object entityId, String oldValue,
                String newValue, String reason) {
        trail.append(tx, new AuditTrail.Entry(actor == null ? null : actor.userId(), actor == null ? null : actor.username(),
                action, entityType, entityId == null ? null : entityId.toString(), oldValue, newValue, reason), clock.instant());
    }

    /** For events with no authenticated actor, such as a failed login under a typed user name. */
    void recordAnonymous(Transaction tx, Long userId, String username, String action, String entityType, Object entityId,
                         String oldValue, String newValue, String reason) {
        trail.append(tx, new AuditTrail.Entry(userId, username, action, entityType,
                entityId == null ? null : entityId.toString(), oldValue, newValue, reason), clock.instant());
    }

    /**
     * ROLE-2: refuses and audits unless the actor's account, as it is now, is active and its
     * roles grant the permission. The roles are read again on every call, so a user who was
     * demoted or deactivated loses the power at once, not at their next login.
     *
     * <p>Used before reads: the check itself only reads, so the board's reload and every view do
     * not wait on the disk; only a refusal opens a write, to audit it (checked again there).
     *
     * @param action the service action that was attempted, for the audit trail
     */
    Refusal refuseUnless(Actor actor, Permission permission, String action) {
        if (database.read(tx -> permitted(tx, actor, permission))) {
            return null;
        }
        return database.write(tx -> refuseUnless(tx, actor, permission, action));
    }

    /** The same check inside the caller's transaction; the refusal event commits with it. */
    Refusal refuseUnless(Transaction tx, Actor actor, Permission permission, String action) {
        if (permitted(tx, actor, permission)) {
            return null;
        }
        Optional<UserAccount> current = users.byId(tx, actor.userId());
        boolean inactive = current.isEmpty() || !current.get().active();
        record(tx, actor, "REFUSED", "permission", permission.name(), null, action,
                inactive ? "ROLE-2: account deactivated" : "ROLE-2: role does not permit");
        return inactive ? Refusal.of("ROLE-2", "refused.inactive") : Refusal.of("ROLE-2", "refused.role", permission.name());
    }

    private boolean permitted(Transaction tx, Actor actor, Permission permission) {
        Optional<UserAccount> current = users.byId(tx, actor.userId());
        return current.isPresent() && current.get().active() && permission.grantedTo(current.get().roles());
    }
}
