package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses UPDATE and DELETE on append-only tables (the audit trail, SIG-4; later the
 * controlled-drug register, CD-1). Corrections are new rows, never edits.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Table " + table + " is append-only: rows cannot be changed or deleted", "42000");
    }
}
