package org.vigil.store;

import java.util.List;
import org.vigil.domain.AuditEvent;

/**
 * The backups' own history, read from the audit trail (SETUP-1): what was written where and by
 * whom, what failed, what was missed and who acknowledged it. Kept nowhere else, so it is as
 * tamper-evident as the trail and survives a restart exactly.
 */
public final class BackupLog {

    /** The backup events this log reads; the schedule writes all but the first, which {@code Backups} writes. */
    public static final List<String> ACTIONS = List.of("BACKUP_CREATED", "BACKUP_FAILED", "BACKUP_MISSED", "BACKUP_REMOVED",
            "BACKUP_ALARM_ACKNOWLEDGED");

    // The actions are this class's own constants, never input: written into the SQL once.
    private static final String LATEST = "SELECT * FROM audit_event WHERE action IN ("
            + String.join(", ", ACTIONS.stream().map(a -> "'" + a + "'").toList()) + ") ORDER BY seq DESC LIMIT ?";

    /** The newest backup events first, at most {@code limit}. */
    public List<AuditEvent> latest(Transaction tx, int limit) {
        return tx.select(LATEST, limit).map(AuditTrail::read).list();
    }
}
