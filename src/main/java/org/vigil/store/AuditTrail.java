package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.vigil.domain.AuditEvent;

/**
 * The hash-chained audit trail (SIG-4). Events are appended inside the caller's transaction, so
 * a change and its event commit or roll back together. There is no update or delete here, and
 * the table's trigger refuses them from anywhere else.
 */
public final class AuditTrail {

    /** What happened, before the chain gives it a number and a hash. */
    public record Entry(Long userId, String username, String action, String entityType, String entityId,
                        String oldValue, String newValue, String reason) {}

    public AuditEvent append(Connection connection, Entry entry, Instant now) throws SQLException {
        long headSeq;
        String headHash;
        // The row lock on the head serialises writers (several workstations on one server).
        try (PreparedStatement head = connection.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head row is missing");
            }
            headSeq = rs.getLong("seq");
            headHash = rs.getString("hash");
        }
        long seq = headSeq + 1;
        Instant at = Timestamps.stored(now);
        String hash = AuditEvent.computeHash(seq, at, entry.userId(), entry.username(), entry.action(), entry.entityType(),
                entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), headHash);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_event (seq, at, user_id, username, action, entity_type, entity_id,
                                         old_value, new_value, reason, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, seq);
            Timestamps.set(insert, 2, at);
            if (entry.userId() == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, entry.userId());
            }
            insert.setString(4, entry.username());
            insert.setString(5, entry.action());
            insert.setString(6, entry.entityType());
            insert.setString(7, entry.entityId());
            insert.setString(8, entry.oldValue());
            insert.setString(9, entry.newValue());
            insert.setString(10, entry.reason());
            insert.setString(11, headHash);
            insert.setString(12, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            advance.setLong(1, seq);
            advance.setString(2, hash);
            advance.executeUpdate();
        }
        return new AuditEvent(seq, at, entry.userId(), entry.username(), entry.action(), entry.entityType(),
                entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), headHash, hash);
    }

    /** Streams every event in sequence order, without holding them all in memory. */
    public void forEach(Connection connection, Consumer<AuditEvent> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM audit_event ORDER BY seq")) {
            select.setFetchSize(500);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sink.accept(read(rs));
                }
            }
        }
    }

    /** The most recent events first, for the administration screen. */
    public List<AuditEvent> latest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM audit_event ORDER BY seq DESC LIMIT ?")) {
            select.setInt(1, limit);
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs));
                }
            }
            return events;
        }
    }

    /** The head the database itself records; -1 when the head row is gone. */
    public long storedHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq FROM audit_head WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        long userId = rs.getLong("user_id");
        Long user = rs.wasNull() ? null : userId;
        return new AuditEvent(rs.getLong("seq"), Timestamps.get(rs, "at"), user, rs.getString("username"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
