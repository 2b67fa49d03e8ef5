package org.vigil.service;

import java.sql.SQLException;
import java.time.LocalDate;
import org.vigil.store.RawDatabase;

/**
 * Doses given, as the session engine will record them: the session engine is not written yet, so
 * the test closes the clinic, writes the session rows over plain JDBC (state DISCHARGED, dose
 * given) and opens the clinic again, as a restart would.
 */
final class GivenDoses {

    private GivenDoses() {}

    /** A discharged session with its dose on each day, in chair 1, recorded by the user. */
    static void given(TestClinic clinic, long courseId, long byUserId, LocalDate... days) {
        write(clinic, raw -> {
            for (LocalDate day : days) {
                raw.update("""
                        INSERT INTO clinic_session (patient_id, course_id, session_date, chair, state, dose_given, created_by, created_at)
                        SELECT patient_id, id, ?, 1, 'DISCHARGED', TRUE, ?, CURRENT_TIMESTAMP FROM treatment_course WHERE id = ?""",
                        day, byUserId, courseId);
            }
        });
    }

    /** A booked session was given and the patient discharged. */
    static void discharged(TestClinic clinic, long sessionId) {
        write(clinic, raw -> {
            if (raw.update("UPDATE clinic_session SET state = 'DISCHARGED', dose_given = TRUE WHERE id = ? AND state = 'BOOKED'",
                    sessionId) != 1) {
                throw new IllegalStateException("no booked session " + sessionId);
            }
        });
    }

    private interface RawWork {
        void apply(RawDatabase raw) throws SQLException;
    }

    private static void write(TestClinic clinic, RawWork work) {
        clinic.close();
        try (RawDatabase raw = RawDatabase.open(clinic.dir)) {
            work.apply(raw);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        clinic.reopen();
    }
}
