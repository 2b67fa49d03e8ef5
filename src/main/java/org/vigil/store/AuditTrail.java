package org.vigil.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.result.RowView;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.ChainCheckpoint;

/**
 * The hash-chained audit trail (SIG-4). Events are appended inside the caller's transaction, so
 * a change and its event commit or roll back together. There is no update or delete here, and
 * the table's trigger refuses them from anywhere else.
 */
public final class AuditTrail {

    /** What happened, before the chain gives it a number and a hash. */
    public record Entry(Long userId, String username, String action, String entityType, String entityId,
                        String oldValue, String newValue, String reason) {}

    private record Head(long seq, String hash) {}

    public AuditEvent append(Transaction tx, Entry entry, Instant now) {
        // The row lock on the head serialises writers (several workstations on one server).
        Head head = tx.select("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map(row -> new Head(row.getColumn("seq", Long.class), row.getColumn("hash", String.class)))
                .findOne()
                .orElseThrow(() -> new StoreException("audit_head row is missing"));
        long seq = head.seq() + 1;
        Instant at = ColumnTypes.stored(now);
        String hash = AuditEvent.computeHash(seq, at, entry.userId(), entry.username(), entry.action(), entry.entityType(),
                entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), head.hash());
        tx.update("""
                INSERT INTO audit_event (seq, at, user_id, username, action, entity_type, entity_id,
                                         old_value, new_value, reason, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq, at, entry.userId(), entry.username(), entry.action(),
                entry.entityType(), entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), head.hash(), hash);
        tx.update("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, hash);
        return new AuditEvent(seq, at, entry.userId(), entry.username(), entry.action(), entry.entityType(),
                entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), head.hash(), hash);
    }

    /** Streams every event in sequence order, without holding them all in memory. */
    public void forEach(Transaction tx, Consumer<AuditEvent> sink) {
        tx.select("SELECT * FROM audit_event ORDER BY seq").setFetchSize(500).map(AuditTrail::read).forEach(sink);
    }

    /** The most recent events first, for the administration screen. */
    public List<AuditEvent> latest(Transaction tx, int limit) {
        return tx.select("SELECT * FROM audit_event ORDER BY seq DESC LIMIT ?", limit).map(AuditTrail::read).list();
    }

    /** The head as the database records it now, for a printed report to name (SIG-4). */
    public ChainCheckpoint head(Transaction tx, Instant at, String source) {
        return tx.select("SELECT seq, hash FROM audit_head WHERE id = 1")
                .map(row -> new ChainCheckpoint(row.getColumn("seq", Long.class), row.getColumn("hash", String.class), at, source))
                .findOne()
                .orElseThrow(() -> new StoreException("audit_head row is missing"));
    }

    /** The head the database itself records; -1 when the head row is gone. */
    public long storedHead(Transaction tx) {
        return tx.select("SELECT seq FROM audit_head WHERE id = 1").mapTo(Long.class).findOne().orElse(-1L);
    }

    static AuditEvent read(RowView row) {
        return new AuditEvent(row.getColumn("seq", Long.class), row.getColumn("at", Instant.class), row.getColumn("user_id", Long.class),
                row.getColumn("username", String.class), row.getColumn("action", String.class), row.getColumn("entity_type", String.class),
                row.getColumn("entity_id", String.class), row.getColumn("old_value", String.class), row.getColumn("new_value", String.class),
                row.getColumn("reason", String.class), row.getColumn("prev_hash", String.class), row.getColumn("hash", String.class));
    }
}
