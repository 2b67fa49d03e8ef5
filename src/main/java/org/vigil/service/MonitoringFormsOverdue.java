package org.vigil.service;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.vigil.store.Transaction;

/**
 * PAT-6: how many risk-programme monitoring forms were past their deadline, not yet marked
 * submitted, at the end of a period, for the manager's period report; answered by the queue of
 * monitoring forms. Empty when the clinic was never in the programme: the report says so rather
 * than printing a zero.
 */
@FunctionalInterface
public interface MonitoringFormsOverdue {

    /** Read in the report's own transaction, so the figure belongs to the same moment as the rest. */
    OptionalInt overdueAt(Transaction tx, LocalDate until);
}
