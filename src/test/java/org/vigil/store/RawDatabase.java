package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC to a closed data folder's H2 file, as someone with the file on their disk could
 * do: for reading what the application stored and for tampering with it.
 */
public final class RawDatabase implements AutoCloseable {

    private final Connection connection;

    private RawDatabase(Connection connection) {
        this.connection = connection;
    }

    /**
     * With the folder's secrets from this user's key ring: the attacker here is one who has the
     * keys too (the same OS account, or IT), which encryption at rest does not stop; the audit
     * chain and the row digests must.
     */
    public static RawDatabase open(Path dataDir) throws SQLException {
        FolderSecrets secrets = KeyRing.folderIdOf(dataDir).flatMap(KeyRing.forThisUser()::find)
                .orElseThrow(() -> new IllegalStateException("no key for " + dataDir));
        return new RawDatabase(DriverManager.getConnection(Database.url(dataDir, true), Database.USER, secrets.h2Password()));
    }

    /** As someone with the file but not the key ring: only H2's defaults to try. */
    public static RawDatabase openWithoutKeys(Path dataDir) throws SQLException {
        return new RawDatabase(DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("vigil") + ";IFEXISTS=TRUE", "vigil", ""));
    }

    public Connection connection() {
        return connection;
    }

    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    /** The first column of every row. */
    public List<String> column(String sql, Object... args) throws SQLException {
        return rows(sql, args).stream().map(row -> row.getFirst()).toList();
    }

    /** Every column of every row as text (null stays null). */
    public List<List<String>> rows(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** What a tamperer does first: the append-only trigger stands in the way of edits. */
    public RawDatabase withoutAppendOnlyTrigger() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TRIGGER audit_event_append_only");
        }
        return this;
    }

    /** The seals' own append-only trigger, for a tamperer who also cuts the seals of the events removed. */
    public RawDatabase withoutSealTrigger() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TRIGGER audit_row_append_only");
        }
        return this;
    }

    /** What a careful tamperer does last: puts the trigger back so that nothing looks missing. */
    public RawDatabase withAppendOnlyTriggerBack() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : new String[] {"audit_event", "audit_row"}) {
                s.execute("CREATE TRIGGER IF NOT EXISTS " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                        + " FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
            }
        }
        return this;
    }

    /** Points the database's own head record at the given event, so the chain looks whole. */
    public void setAuditHeadTo(long seq) throws SQLException {
        update("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_event WHERE seq = ?) WHERE id = 1", seq, seq);
    }

    public long auditHead() throws SQLException {
        return Long.parseLong(column("SELECT seq FROM audit_head").getFirst());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
