package org.vigil.domain.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row being filled, column by column. A value for a column the export does not carry is
 * dropped here (EXP-1), so the code that reads a session may name everything it knows.
 */
public final class ExportRow {

    private final List<ExportColumn> columns;
    private final String[] values;

    public ExportRow(List<ExportColumn> columns) {
        this.columns = List.copyOf(columns);
        this.values = new String[columns.size()];
    }

    public ExportRow put(ExportColumn column, Object value) {
        int at = columns.indexOf(column);
        if (at >= 0) {
            values[at] = value == null ? "" : value.toString();
        }
        return this;
    }

    /** The values in column order; a column never filled is blank. */
    public List<String> values() {
        List<String> out = new ArrayList<>(Arrays.asList(values));
        out.replaceAll(v -> v == null ? "" : v);
        return out;
    }

    /** Empties the row for the next record, keeping its columns. */
    public void clear() {
        Arrays.fill(values, null);
    }
}
