package org.vigil.service;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.vigil.store.Transaction;

/**
 * PAT-6: how many risk-programme monitoring forms were past their deadline, not yet marked
 * submitted, at the end of a period, for the manager's period report. The queue of monitoring
 * forms is built beside this report (issue 13, item 3) and answers here when the two are put
 * together; until then the report says the figure is not kept rather than printing a zero.
 */
@FunctionalInterface
public interface MonitoringFormsOverdue {

    /** Merge hook: no monitoring-form queue in this build, so no figure. */
    MonitoringFormsOverdue NOT_KEPT = (tx, until) -> OptionalInt.empty();

    /** Read in the report's own transaction, so the figure belongs to the same moment as the rest. */
    OptionalInt overdueAt(Transaction tx, LocalDate until);
}
