package org.vigil.domain.export;

import java.util.List;

/**
 * Where an export's rows go as they are read, one at a time, so a year of readings is never held
 * in memory: a CSV file being written, or a list in a test. A sink that fails throws an unchecked
 * exception, which ends the export without its audit event.
 */
public interface ExportSink {

    /** The columns, before any row. */
    void header(List<ExportColumn> columns);

    void row(List<String> values);

    /** How far the export is, in records read of those the period holds. */
    default void progress(long done, long total) {
    }

    /** Asked between records: the user cancelled, so stop and write nothing more. */
    default boolean cancelled() {
        return false;
    }

    /** Every row is in: make them durable before the export is audited as done. */
    void complete();
}
