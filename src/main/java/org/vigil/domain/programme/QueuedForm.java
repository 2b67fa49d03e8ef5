package org.vigil.domain.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PAT-6: one session's monitoring form in the queue: whose, from which day, by when, and whether
 * (by whom, when) it was marked submitted.
 */
public record QueuedForm(long sessionId, long patientId, String patientName, LocalDate sessionDate, FormDeadline deadline,
                         Optional<Submitted> submitted) {

    /** The mark that the form reached the programme. */
    public record Submitted(Instant at, String by) {}
}
