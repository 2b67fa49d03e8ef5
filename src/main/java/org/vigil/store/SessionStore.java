package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public long book(Connection c, long patientId, long courseId, LocalDate date, int chair, long userId, Instant now) throws SQLException {
        return Rows.insert(c, """
                INSERT INTO clinic_session (patient_id, course_id, session_date, chair, state, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", patientId, courseId, date, chair, BOOKED, userId, now);
    }

    public void setState(Connection c, long id, String state, boolean doseGiven) throws SQLException {
        Rows.update(c, "UPDATE clinic_session SET state = ?, dose_given = ? WHERE id = ?", state, doseGiven, id);
    }

    public Optional<StoredSession> byId(Connection c, long id) throws SQLException {
        return select(c, "WHERE id = ?", id).stream().findFirst();
    }

    /** Slots from one day to another (inclusive), not cancelled, by day and chair. */
    public List<StoredSession> between(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return select(c, "WHERE session_date BETWEEN ? AND ? AND state <> ? ORDER BY session_date, chair", from, to, CANCELLED);
    }

    /** Every slot of a patient, for "one active session per patient". */
    public List<StoredSession> ofPatient(Connection c, long patientId) throws SQLException {
        return select(c, "WHERE patient_id = ? ORDER BY session_date, id", patientId);
    }

    public List<StoredSession> ofCourse(Connection c, long courseId) throws SQLException {
        return select(c, "WHERE course_id = ? ORDER BY session_date, id", courseId);
    }

    /** The days a dose was given in a course: what the schedule counts. */
    public List<LocalDate> dosesGiven(Connection c, long courseId) throws SQLException {
        return ofCourse(c, courseId).stream().filter(StoredSession::doseGiven).map(StoredSession::date).toList();
    }

    private static List<StoredSession> select(Connection c, String where, Object... args) throws SQLException {
        List<StoredSession> result = new ArrayList<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT * FROM clinic_session " + where), args);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(new StoredSession(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("course_id"),
                        Rows.date(rs, "session_date"), rs.getInt("chair"), rs.getString("state"), rs.getBoolean("dose_given")));
            }
        }
        return result;
    }
}
