package org.vigil.domain.report;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.domain.session.SessionSnapshot;

/**
 * A session of the period as the report reads it: its day and chair, the nurse who checked the
 * patient in (the chair's nurse for that session), and the session replayed from its events.
 */
public record HeldSession(long id, LocalDate day, int chair, String nurse, SessionSnapshot snapshot) {

    public HeldSession {
        Objects.requireNonNull(day);
        Objects.requireNonNull(snapshot);
        nurse = nurse == null ? "" : nurse;
    }
}
