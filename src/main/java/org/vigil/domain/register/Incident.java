package org.vigil.domain.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A reportable loss or theft of controlled drug (CD-6), with the regulator's deadlines worked out
 * when it opened. It is shown to managers until it is closed.
 */
public record Incident(long id, long discrepancyId, DiscrepancyOutcome kind, Instant openedAt, LocalDate noticeDue, LocalDate formDue,
                       List<Step> steps) {

    /** What the manager has done about it, in order: the authority notified, the form filed, the incident closed. */
    public enum Stage {
        NOTIFIED,
        FORM_FILED,
        CLOSED
    }

    public record Step(Stage stage, Instant at, Signer by, String note) {}

    public Incident {
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(Stage stage) {
        return steps.stream().filter(s -> s.stage() == stage).findFirst();
    }

    public boolean open() {
        return step(Stage.CLOSED).isEmpty();
    }

    /** The notice is late when it is not given and its day has passed. */
    public boolean noticeOverdue(LocalDate today) {
        return step(Stage.NOTIFIED).isEmpty() && today.isAfter(noticeDue);
    }

    public boolean formOverdue(LocalDate today) {
        return step(Stage.FORM_FILED).isEmpty() && today.isAfter(formDue);
    }
}
