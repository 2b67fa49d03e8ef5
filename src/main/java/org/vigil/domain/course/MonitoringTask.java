package org.vigil.domain.course;

import java.time.LocalDate;

/** A monitoring task of SCH-7 with its due date. */
public record MonitoringTask(MonitoringKind kind, LocalDate dueOn, long daysOverdue) {

    public boolean overdue() {
        return daysOverdue > 0;
    }

    public String ruleId() {
        return "SCH-7";
    }

    public String messageKey() {
        return "monitoring." + kind.name();
    }
}
