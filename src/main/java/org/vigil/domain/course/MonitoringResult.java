package org.vigil.domain.course;

import java.time.LocalDate;

/** A long-term monitoring task recorded as done, with what was found (SCH-7). */
public record MonitoringResult(MonitoringKind kind, LocalDate doneOn, String result) {

    public MonitoringResult {
        result = result == null ? "" : result.strip();
    }
}
