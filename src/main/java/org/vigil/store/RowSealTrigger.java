package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Tells the running write transaction which rows of a sealed table it changed, so that its audit
 * event can carry their digests (SIG-4). It records keys only: the digest is taken from the row as
 * it stands when the event is written.
 */
public class RowSealTrigger implements Trigger {

    private String table;
    private int[] keyColumns;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        List<Integer> positions = new ArrayList<>();
        try (PreparedStatement s = conn.prepareStatement("""
                SELECT c.ordinal_position FROM information_schema.key_column_usage k
                JOIN information_schema.table_constraints t
                  ON t.constraint_schema = k.constraint_schema AND t.constraint_name = k.constraint_name
                JOIN information_schema.columns c
                  ON c.table_schema = k.table_schema AND c.table_name = k.table_name AND c.column_name = k.column_name
                WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_schema = ? AND k.table_name = ?
                ORDER BY k.ordinal_position""")) {
            s.setString(1, schemaName);
            s.setString(2, tableName);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    positions.add(rs.getInt(1) - 1);
                }
            }
        }
        if (positions.isEmpty()) {
            throw new SQLException("Sealed table " + tableName + " has no primary key");
        }
        keyColumns = positions.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        RowChanges changes = RowChanges.current();
        if (changes == null) {
            return;
        }
        if (oldRow != null) {
            changes.touched(table, key(oldRow));
        }
        if (newRow != null) {
            changes.touched(table, key(newRow));
        }
    }

    private String key(Object[] row) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keyColumns.length; i++) {
            if (i > 0) {
                key.append('|');
            }
            key.append(row[keyColumns[i]]);
        }
        return key.toString();
    }
}
