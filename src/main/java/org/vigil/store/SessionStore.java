package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.result.RowView;
import org.vigil.domain.session.SessionState;

/** Session slots: booked for a day and a chair, and later given (by the session engine). */
public final class SessionStore {

    public static final String BOOKED = "BOOKED";
    public static final String CANCELLED = "CANCELLED";
    /** A session that ended with the patient discharged after a dose. */
    public static final String DISCHARGED = "DISCHARGED";

    /** One slot. */
    public record StoredSession(long id, long patientId, long courseId, LocalDate date, int chair, String state, boolean doseGiven) {

        /** Cancelled, or finished (discharged, abandoned, referred): it no longer holds its chair or its patient. */
        public boolean ended() {
            return CANCELLED.equals(state) || (!BOOKED.equals(state) && SessionState.valueOf(state).isFinished());
        }

        /** Checked in and not yet ended: the patient is in the chair now. */
        public boolean running() {
            return !BOOKED.equals(state) && !ended();
        }
    }

    public long book(Transaction tx, long patientId, long courseId, LocalDate date, int chair, long userId, Instant now) {
        return tx.insert("""
                INSERT INTO clinic_session (patient_id, course_id, session_date, chair, state, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", patientId, courseId, date, chair, BOOKED, userId, now);
    }

    public void setState(Transaction tx, long id, String state, boolean doseGiven) {
        tx.update("UPDATE clinic_session SET state = ?, dose_given = ? WHERE id = ?", state, doseGiven, id);
    }

    public Optional<StoredSession> byId(Transaction tx, long id) {
        return select(tx, "WHERE id = ?", id).stream().findFirst();
    }

    /** Slots from one day to another (inclusive), not cancelled, by day and chair. */
    public List<StoredSession> between(Transaction tx, LocalDate from, LocalDate to) {
        return select(tx, "WHERE session_date BETWEEN ? AND ? AND state <> ? ORDER BY session_date, chair", from, to, CANCELLED);
    }

    /** Every slot of a patient, for "one active session per patient". */
    public List<StoredSession> ofPatient(Transaction tx, long patientId) {
        return select(tx, "WHERE patient_id = ? ORDER BY session_date, id", patientId);
    }

    public List<StoredSession> ofCourse(Transaction tx, long courseId) {
        return select(tx, "WHERE course_id = ? ORDER BY session_date, id", courseId);
    }

    /** The days a dose was given in each of several courses, in one query (the day list's active courses). */
    public Map<Long, List<LocalDate>> dosesGiven(Transaction tx, Collection<Long> courseIds) {
        return tx.selectIn("SELECT * FROM clinic_session WHERE course_id IN (<ids>) AND dose_given ORDER BY session_date, id", courseIds)
                .map(SessionStore::read)
                .collect(Collectors.groupingBy(StoredSession::courseId, Collectors.mapping(StoredSession::date, Collectors.toList())));
    }

    /** The days a dose was given in a course: what the schedule counts. */
    public List<LocalDate> dosesGiven(Transaction tx, long courseId) {
        return ofCourse(tx, courseId).stream().filter(StoredSession::doseGiven).map(StoredSession::date).toList();
    }

    private static List<StoredSession> select(Transaction tx, String where, Object... args) {
        return tx.select("SELECT * FROM clinic_session " + where, args).map(SessionStore::read).list();
    }

    private static StoredSession read(RowView row) {
        return new StoredSession(row.getColumn("id", Long.class), row.getColumn("patient_id", Long.class),
                row.getColumn("course_id", Long.class), row.getColumn("session_date", LocalDate.class), row.getColumn("chair", Integer.class),
                row.getColumn("state", String.class), row.getColumn("dose_given", Boolean.class));
    }
}
