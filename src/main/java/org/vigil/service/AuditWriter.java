package org.vigil.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.store.AuditTrail;
import org.vigil.store.Database;

/**
 * Writes audit events for the services: inside the caller's transaction for changes, or in a
 * transaction of its own for refusals and failed logins, which change nothing else.
 */
final class AuditWriter {

    private final Database database;
    private final AuditTrail trail;
    private final Clock clock;

    AuditWriter(Database database, AuditTrail trail, Clock clock) {
        this.database = database;
        this.trail = trail;
        this.clock = clock;
    }

    void record(Connection c, Actor actor, String action, String entityType, Object entityId, String oldValue,
                String newValue, String reason) throws SQLException {
        trail.append(c, new AuditTrail.Entry(actor == null ? null : actor.userId(), actor == null ? null : actor.username(),
                action, entityType, entityId == null ? null : entityId.toString(), oldValue, newValue, reason), clock.instant());
    }

    /** For events with no authenticated actor, such as a failed login under a typed user name. */
    void recordAnonymous(Connection c, Long userId, String username, String action, String entityType, Object entityId,
                         String oldValue, String newValue, String reason) throws SQLException {
        trail.append(c, new AuditTrail.Entry(userId, username, action, entityType,
                entityId == null ? null : entityId.toString(), oldValue, newValue, reason), clock.instant());
    }

    /**
     * ROLE-2: refuses and audits unless the actor's roles grant the permission.
     *
     * @param action the service action that was attempted, for the audit trail
     */
    Refusal refuseUnless(Actor actor, Permission permission, String action) {
        if (actor.may(permission)) {
            return null;
        }
        Refusal refusal = Refusal.of("ROLE-2", "refused.role", permission.name());
        database.write(c -> {
            record(c, actor, "REFUSED", "permission", permission.name(), null, action, "ROLE-2: role does not permit");
            return null;
        });
        return refusal;
    }
}
