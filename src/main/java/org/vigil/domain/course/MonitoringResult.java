package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A long-term monitoring task recorded as done, with what was found (SCH-7). */
public record MonitoringResult(MonitoringKind kind, LocalDate doneOn, String result) {

    public MonitoringResult {
        result = result == null ? "" : result.strip();
    }

    /** The latest day each kind of task was done (SCH-7 counts its next due date from it). */
    public static Map<MonitoringKind, LocalDate> lastDone(List<MonitoringResult> results) {
        Map<MonitoringKind, LocalDate> last = new EnumMap<>(MonitoringKind.class);
        for (MonitoringResult r : results) {
            last.merge(r.kind(), r.doneOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }
}
