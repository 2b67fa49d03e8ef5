package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.JdbiException;

/**
 * Reads every row of every table, so that the database touches every page: a damaged page shows
 * up as a table that cannot be read through, instead of waiting for the day someone opens it.
 */
public final class TableScan {

    /** What the scan found. */
    public record Result(int tablesRead, List<String> unreadable) {
        public Result {
            unreadable = List.copyOf(unreadable);
        }
    }

    public Result readEveryRow(Transaction tx) {
        List<String> tables = tx.select(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")
                .mapTo(String.class).list();
        List<String> unreadable = new ArrayList<>();
        // Lazily, row by row: without it H2 holds a whole table's result in memory before handing over the first row.
        tx.handle().execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            readEach(tx, tables, unreadable);
        } finally {
            tx.handle().execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
        return new Result(tables.size(), unreadable);
    }

    private static void readEach(Transaction tx, List<String> tables, List<String> unreadable) {
        for (String table : tables) {
            try {
                tx.handle().createQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")
                        .map((rs, context) -> {
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                rs.getObject(i);
                            }
                            return Boolean.TRUE;
                        })
                        .forEach(row -> { });
            } catch (JdbiException e) {
                unreadable.add(table + ": " + e.getMessage());
            }
        }
    }
}
