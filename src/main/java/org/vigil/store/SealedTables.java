package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.domain.ChainKey;
import org.vigil.domain.ContentHash;

/**
 * The tables whose every row is sealed by the audit event that last wrote it (SIG-4): clinical
 * records, the controlled-drug register, users, roles and password hashes, settings. A row's seal
 * is an HMAC of its columns with the chain key, so it can be recomputed only by Vigil; {@code verify}
 * recomputes every row's and compares it with the seal its last event recorded.
 */
public final class SealedTables {

    /** Every table of the schema is sealed except these: the chain itself and Flyway's bookkeeping. */
    public static final Set<String> UNSEALED = Set.of("audit_event", "audit_head", "audit_row", "flyway_schema_history");

    /** Tables whose rows are never changed or deleted (SIG-4, CD-1): corrections are new rows. */
    public static final List<String> APPEND_ONLY = List.of("audit_event", "audit_row", "session_event", "register_entry",
            "register_signature", "stock_count", "stock_count_line", "discrepancy", "discrepancy_resolution", "incident",
            "incident_step", "monitoring_form_submission");

    static final String SEAL_TRIGGER_CLASS = RowSealTrigger.class.getName();
    static final String APPEND_ONLY_TRIGGER_CLASS = AppendOnlyTrigger.class.getName();

    /** A row whose content is not what its last audit event sealed. */
    public record RowFinding(String table, String key, Kind kind, long lastSeq) {
        public enum Kind {
            /** The row differs from its seal. */
            CHANGED,
            /** The row has no seal: it was inserted outside Vigil. */
            ADDED,
            /** The seal names a row that no longer exists: deleted outside Vigil. */
            DELETED
        }
    }

    private SealedTables() {}

    /** The sealed tables as the schema has them now, with their primary key columns, in a fixed order. */
    static Map<String, List<String>> inSchema(Connection connection) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT LOWER(t.table_name), LOWER(k.column_name) FROM information_schema.tables t
                     JOIN information_schema.table_constraints c
                       ON c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'
                     JOIN information_schema.key_column_usage k
                       ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
                     WHERE t.table_schema = 'PUBLIC' AND t.table_type = 'BASE TABLE'
                     ORDER BY LOWER(t.table_name), k.ordinal_position""")) {
            while (rs.next()) {
                if (!UNSEALED.contains(rs.getString(1))) {
                    keys.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return keys;
    }

    /** The digest of one row as it stands, or null when it does not exist. */
    static String digest(Connection connection, ChainKey key, String table, List<String> keyColumns, String rowKey) throws SQLException {
        String[] values = rowKey.split("\\|", -1);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < keyColumns.size(); i++) {
            where.append(i == 0 ? "" : " AND ").append(keyColumns.get(i)).append(" = ?");
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < values.length && i < keyColumns.size(); i++) {
                s.setString(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? digest(key, table, rs) : null;
            }
        }
    }

    /**
     * Columns by name with their text, nulls left out: a column added later with no value does not
     * change the seal of rows that existed before it.
     */
    static String digest(ChainKey key, String table, ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        List<Object> fields = new ArrayList<>(meta.getColumnCount() * 2 + 1);
        fields.add(table);
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String value = row.getString(i);
            if (value != null) {
                fields.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                fields.add(value);
            }
        }
        return ContentHash.keyed(key, fields.toArray());
    }

    static String keyOf(ResultSet row, List<String> keyColumns) throws SQLException {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keyColumns.size(); i++) {
            key.append(i == 0 ? "" : "|").append(row.getString(keyColumns.get(i)));
        }
        return key.toString();
    }

    record Seal(long seq, String digest) {}

    /** What checking every sealed row found. */
    public record RowCheck(long rowsChecked, List<RowFinding> findings) {
        public RowCheck {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Rows are read this many at a time, so the check needs as much memory at ten years
     * of records as at one (issue 16): a map of every seal of a table outgrew the window's heap at
     * about two clinic-years.
     */
    static final int PAGE = 1000;

    /** Compares every row of every sealed table with its seal; each difference goes to the sink, in table order. */
    static long check(Connection connection, ChainKey key, Consumer<RowFinding> sink) throws SQLException {
        return check(connection, key, sink, PAGE);
    }

    /** The same, reading {@code page} rows or seals at a time. */
    static long check(Connection connection, ChainKey key, Consumer<RowFinding> sink, int page) throws SQLException {
        long rows = 0;
        for (Map.Entry<String, List<String>> table : inSchema(connection).entrySet()) {
            rows += checkTable(connection, key, table.getKey(), table.getValue(), sink, page);
        }
        return rows;
    }

    /**
     * One table: its rows a page at a time in key order, each against the last seal of its key;
     * then the database counts the keys whose last event left a row. More such keys than rows
     * found with a seal means rows were deleted outside Vigil; only then are those keys read, one
     * at a time, and looked up to name them.
     */
    private static long checkTable(Connection connection, ChainKey key, String table, List<String> keyColumns,
                                   Consumer<RowFinding> sink, int pageSize) throws SQLException {
        String columns = String.join(", ", keyColumns);
        String after = " WHERE (" + columns + ") > (" + String.join(", ", Collections.nCopies(keyColumns.size(), "?")) + ")";
        long rows = 0;
        long sealedRows = 0;
        List<Object> cursor = List.of();
        while (true) {
            Map<String, String> page = new LinkedHashMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + table + (cursor.isEmpty() ? "" : after)
                    + " ORDER BY " + columns + " LIMIT " + pageSize)) {
                for (int i = 0; i < cursor.size(); i++) {
                    s.setObject(i + 1, cursor.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        page.put(keyOf(rs, keyColumns), digest(key, table, rs));
                        List<Object> at = new ArrayList<>(keyColumns.size());
                        for (String column : keyColumns) {
                            at.add(rs.getObject(column));
                        }
                        cursor = at;
                    }
                }
            }
            Map<String, Seal> seals = lastSeals(connection, table, page.keySet());
            for (Map.Entry<String, String> row : page.entrySet()) {
                Seal seal = seals.get(row.getKey());
                if (seal == null || seal.digest() == null) {
                    sink.accept(new RowFinding(table, row.getKey(), RowFinding.Kind.ADDED, seal == null ? 0 : seal.seq()));
                } else {
                    sealedRows++;
                    if (!seal.digest().equals(row.getValue())) {
                        sink.accept(new RowFinding(table, row.getKey(), RowFinding.Kind.CHANGED, seal.seq()));
                    }
                }
            }
            rows += page.size();
            if (page.size() < pageSize) {
                break;
            }
        }
        if (liveSeals(connection, table) != sealedRows) {
            deleted(connection, key, table, keyColumns, sink);
        }
        return rows;
    }

    /**
     * The last seal of each of these rows, by row key: one lookup a row on the seals' index. H2
     * does not take an IN list on the index's second column, and read all the table's seals for each page.
     */
    private static Map<String, Seal> lastSeals(Connection connection, String table, Collection<String> rowKeys) throws SQLException {
        Map<String, Seal> seals = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT seq, digest FROM audit_row WHERE table_name = ? AND row_key = ? ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, table);
            for (String rowKey : rowKeys) {
                s.setString(2, rowKey);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        seals.put(rowKey, new Seal(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
        }
        return seals;
    }

    /** The keys of the table whose last seal says the row exists: a deletion by Vigil seals no digest. */
    private static final String LIVE_SEALS = """
            FROM audit_row a WHERE a.table_name = ? AND a.digest IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM audit_row b WHERE b.table_name = a.table_name AND b.row_key = a.row_key AND b.seq > a.seq)""";

    /** How many of the table's keys have a last seal that says the row exists, counted by the database. */
    private static long liveSeals(Connection connection, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) " + LIVE_SEALS)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Names each key whose last seal says its row exists but which has no row: deleted outside Vigil. */
    private static void deleted(Connection connection, ChainKey key, String table, List<String> keyColumns, Consumer<RowFinding> sink)
            throws SQLException {
        setLazy(connection, true);
        try (PreparedStatement s = connection.prepareStatement("SELECT a.row_key, a.seq " + LIVE_SEALS + " ORDER BY a.row_key")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (digest(connection, key, table, keyColumns, rs.getString(1)) == null) {
                        sink.accept(new RowFinding(table, rs.getString(1), RowFinding.Kind.DELETED, rs.getLong(2)));
                    }
                }
            }
        } finally {
            setLazy(connection, false);
        }
    }

    /** Row by row: otherwise H2 holds a whole result in memory before handing over its first row. */
    private static void setLazy(Connection connection, boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    /** Which of the triggers that protect the records are missing or not Vigil's: names of the form table:trigger. */
    static List<String> missingTriggers(Connection connection) throws SQLException {
        Map<String, Set<String>> found = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT LOWER(event_object_table), java_class, event_manipulation FROM information_schema.triggers
                     WHERE trigger_schema = 'PUBLIC'""")) {
            while (rs.next()) {
                found.computeIfAbsent(rs.getString(1) + ":" + rs.getString(2), k -> new java.util.HashSet<>())
                        .add(rs.getString(3).toUpperCase(Locale.ROOT));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String table : APPEND_ONLY) {
            if (!found.getOrDefault(table + ":" + APPEND_ONLY_TRIGGER_CLASS, Set.of()).containsAll(Set.of("UPDATE", "DELETE"))) {
                missing.add(table + ":" + appendOnlyTrigger(table));
            }
        }
        for (String table : inSchema(connection).keySet()) {
            if (!found.getOrDefault(table + ":" + SEAL_TRIGGER_CLASS, Set.of()).containsAll(Set.of("INSERT", "UPDATE", "DELETE"))) {
                missing.add(table + ":" + sealTrigger(table));
            }
        }
        return missing;
    }

    static String appendOnlyTrigger(String table) {
        return table + "_append_only";
    }

    static String sealTrigger(String table) {
        return table + "_sealed";
    }

    /** Puts back the protections of every table; run by an administrator's repair or by an upgrade. */
    static void createMissingTriggers(Connection connection) throws SQLException {
        for (String missing : missingTriggers(connection)) {
            String table = missing.substring(0, missing.indexOf(':'));
            String trigger = missing.substring(missing.indexOf(':') + 1);
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TRIGGER IF EXISTS " + trigger);
                if (trigger.equals(appendOnlyTrigger(table))) {
                    s.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE, DELETE ON " + table
                            + " FOR EACH ROW CALL '" + APPEND_ONLY_TRIGGER_CLASS + "'");
                } else {
                    s.execute("CREATE TRIGGER " + trigger + " AFTER INSERT, UPDATE, DELETE ON " + table
                            + " FOR EACH ROW CALL '" + SEAL_TRIGGER_CLASS + "'");
                }
            }
        }
    }
}
