package org.vigil.domain.report;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;

/**
 * A session of the period as the report reads it: its day and chair, the nurse who checked the
 * patient in (the chair's nurse for that session), and the session replayed from its events. A
 * session entered afterwards, without events from the chair, has only its slot to say how it
 * ended and whether it was dosed.
 *
 * @param chairSide whether the session was recorded at the chair (it has events)
 * @param state how it stands or ended: replayed, or as stored for a session entered afterwards
 * @param doseGiven whether a dose was given: replayed, or as stored
 */
public record HeldSession(long id, LocalDate day, int chair, String nurse, SessionSnapshot snapshot, boolean chairSide, SessionState state,
                          boolean doseGiven) {

    public HeldSession {
        Objects.requireNonNull(day);
        Objects.requireNonNull(snapshot);
        Objects.requireNonNull(state);
        nurse = nurse == null ? "" : nurse;
    }

    /** As replayed when recorded at the chair; as its slot says when entered afterwards. */
    public static HeldSession of(long id, LocalDate day, int chair, String nurse, SessionSnapshot snapshot, String storedState,
                                 boolean storedDoseGiven) {
        boolean chairSide = !snapshot.events().isEmpty();
        return new HeldSession(id, day, chair, nurse, snapshot, chairSide, chairSide ? snapshot.state() : SessionState.valueOf(storedState),
                chairSide ? snapshot.doseStart().isPresent() : storedDoseGiven);
    }
}
