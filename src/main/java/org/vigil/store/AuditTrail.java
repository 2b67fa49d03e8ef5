package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.result.RowView;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.ChainKey;

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

    /** One row's seal as an event recorded it; a null digest records that the event deleted the row. */
    record RowSeal(String table, String key, String digest) {
        static final java.util.Comparator<RowSeal> ORDER = java.util.Comparator.comparing(RowSeal::table).thenComparing(RowSeal::key);

        static String digestOf(List<RowSeal> rows) {
            if (rows.isEmpty()) {
                return null;
            }
            Object[] fields = new Object[rows.size() * 3];
            for (int i = 0; i < rows.size(); i++) {
                fields[3 * i] = rows.get(i).table();
                fields[3 * i + 1] = rows.get(i).key();
                fields[3 * i + 2] = rows.get(i).digest();
            }
            return org.vigil.domain.ContentHash.of(fields);
        }
    }

    /** Walks audit_row in step with the events, both in sequence order. */
    private static final class SealCursor {
        private final ResultSet rows;
        private boolean more;

        SealCursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.more = rows.next();
        }

        List<RowSeal> upTo(long seq) {
            List<RowSeal> result = new ArrayList<>();
            try {
                // Seals of a seq below this event belong to no event that was read: a gap the verifier reports anyway.
                while (more && rows.getLong(1) <= seq) {
                    if (rows.getLong(1) == seq) {
                        result.add(new RowSeal(rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                    more = rows.next();
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot read the audit trail's row seals", e);
            }
            return result;
        }

        boolean hasMore() {
            return more;
        }

        long seq() {
            try {
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new StoreException("Cannot read the audit trail's row seals", e);
            }
        }
    }

    /**
     * Appends an event that seals the rows the transaction changed since its previous event: each
     * row's digest goes into {@code audit_row}, and their digest into the event's own hash.
     */
    public AuditEvent append(Transaction tx, Entry entry, Instant now) {
        // The row lock on the head serialises writers (several workstations on one server).
        Head head = tx.select("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map(row -> new Head(row.getColumn("seq", Long.class), row.getColumn("hash", String.class)))
                .findOne()
                .orElseThrow(() -> new StoreException("audit_head row is missing"));
        long seq = head.seq() + 1;
        Instant at = ColumnTypes.stored(now);
        Transaction.Sealing sealing = tx.sealing();
        ChainKey key = sealing.key();
        if (!key.keys(seq)) {
            throw new StoreException("audit event " + seq + " precedes the chain key (keyed from " + key.keyedFrom() + ")");
        }
        List<RowSeal> rows = seals(tx, sealing);
        String rowsDigest = RowSeal.digestOf(rows);
        String hash = AuditEvent.computeHash(key, seq, at, entry.userId(), entry.username(), entry.action(), entry.entityType(),
                entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), rowsDigest, head.hash());
        tx.update("""
                INSERT INTO audit_event (seq, at, user_id, username, action, entity_type, entity_id,
                                         old_value, new_value, reason, rows_digest, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq, at, entry.userId(), entry.username(), entry.action(),
                entry.entityType(), entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), rowsDigest, head.hash(), hash);
        for (RowSeal row : rows) {
            tx.update("INSERT INTO audit_row (seq, table_name, row_key, digest) VALUES (?, ?, ?, ?)", seq, row.table(), row.key(),
                    row.digest());
        }
        tx.update("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, hash);
        return new AuditEvent(seq, at, entry.userId(), entry.username(), entry.action(), entry.entityType(),
                entry.entityId(), entry.oldValue(), entry.newValue(), entry.reason(), rowsDigest, head.hash(), hash);
    }

    /** The rows changed since the transaction's previous event, as they stand now. */
    private static List<RowSeal> seals(Transaction tx, Transaction.Sealing sealing) {
        if (sealing.changes() == null || sealing.changes().isEmpty()) {
            return List.of();
        }
        Connection connection = tx.handle().getConnection();
        List<RowSeal> rows = new ArrayList<>();
        try {
            for (RowChanges.RowRef ref : sealing.changes().drain()) {
                List<String> keyColumns = sealing.tableKeys().get(ref.table());
                if (keyColumns == null) {
                    throw new StoreException("table " + ref.table() + " has a seal trigger but is not a sealed table");
                }
                rows.add(new RowSeal(ref.table(), ref.key(), SealedTables.digest(connection, sealing.key(), ref.table(), keyColumns, ref.key())));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot seal the rows of audit event", e);
        }
        rows.sort(RowSeal.ORDER);
        return rows;
    }

    /**
     * Streams every event in sequence order. Each event is given the digest of its sealed rows as
     * {@code audit_row} holds them now, not as the event's column says: a seal edited, added or
     * removed then no longer matches the event's keyed hash.
     */
    public void forEach(Transaction tx, Consumer<AuditEvent> sink, java.util.function.LongConsumer sealsWithoutEvent) {
        forEachFrom(tx, 1, sink, sealsWithoutEvent);
    }

    /**
     * The same from one event on (the head the last check verified), reading only the events and
     * seals from there: what the check at shutdown costs grows with the day's work, not with the
     * years behind it (issue 16).
     * <p>
     * Both results are read row by row to their end and closed before this returns, and nothing is
     * written meanwhile: with H2's lazy query execution a result is computed as it is read, so a
     * result left open while the same connection writes would see (or block) that write. Without
     * lazy execution H2 builds each whole result before the first row; with it, memory stays flat
     * whatever the length of the chain.
     */
    public void forEachFrom(Transaction tx, long fromSeq, Consumer<AuditEvent> sink, java.util.function.LongConsumer sealsWithoutEvent) {
        Connection connection = tx.handle().getConnection();
        // Lazy for this scan only (issue 16, item 4): the chain is the one table read whole, and a
        // clinic's other screens keep H2's usual results, which may be read while the connection writes.
        lazy(connection, true);
        try (PreparedStatement rowsQuery = connection.prepareStatement(
                "SELECT seq, table_name, row_key, digest FROM audit_row WHERE seq >= ? ORDER BY seq, table_name, row_key");
             PreparedStatement eventsQuery = connection.prepareStatement("SELECT * FROM audit_event WHERE seq >= ? ORDER BY seq")) {
            rowsQuery.setLong(1, fromSeq);
            eventsQuery.setLong(1, fromSeq);
            try (ResultSet sealRows = rowsQuery.executeQuery(); ResultSet events = eventsQuery.executeQuery()) {
                SealCursor seals = new SealCursor(sealRows);
                while (events.next()) {
                    AuditEvent event = read(events);
                    List<RowSeal> rows = seals.upTo(event.seq());
                    String actual = rows.isEmpty() ? null : RowSeal.digestOf(rows);
                    sink.accept(new AuditEvent(event.seq(), event.at(), event.userId(), event.username(), event.action(), event.entityType(),
                            event.entityId(), event.oldValue(), event.newValue(), event.reason(), actual, event.prevHash(), event.hash()));
                }
                if (seals.hasMore()) {
                    // Seals of events that are gone: the tail was cut off.
                    sealsWithoutEvent.accept(seals.seq());
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the audit trail", e);
        } finally {
            lazy(connection, false);
        }
    }

    private static void lazy(Connection connection, boolean on) {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        } catch (SQLException e) {
            throw new StoreException("Cannot set lazy query execution for the audit trail", e);
        }
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), ColumnTypes.instant(rs, "at"), nullableLong(rs, "user_id"), rs.getString("username"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("reason"), rs.getString("rows_digest"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** What the events of one action name, oldest first: e.g. the files of BACKUP_CREATED. */
    public List<String> entityIdsOf(Transaction tx, String action) {
        return tx.select("SELECT entity_id FROM audit_event WHERE action = ? AND entity_id IS NOT NULL ORDER BY seq", action)
                .mapTo(String.class).list();
    }

    /** The hash of one event, if the chain has it. */
    public java.util.Optional<String> hashAt(Transaction tx, long seq) {
        return tx.select("SELECT hash FROM audit_event WHERE seq = ?", seq).mapTo(String.class).findOne();
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
                row.getColumn("reason", String.class), row.getColumn("rows_digest", String.class), row.getColumn("prev_hash", String.class),
                row.getColumn("hash", String.class));
    }
}
