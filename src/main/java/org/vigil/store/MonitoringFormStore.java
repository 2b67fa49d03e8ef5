package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.result.RowView;

/**
 * PAT-6: the sessions that owe the risk programme a monitoring form, and the marks that a form
 * was submitted. A mark is appended once per session and never changed (trigger in V13).
 */
public final class MonitoringFormStore {

    /** Who marked a session's form submitted, and when. */
    public record Submission(long sessionId, Instant at, long userId, String userName) {}

    /**
     * A session that ended after a dose (discharged, or referred to emergency care), with its mark if any.
     *
     * @param submission empty while the form is still owed
     */
    public record Owed(long sessionId, long patientId, long courseId, LocalDate date, String state, Optional<Submission> submission) {}

    private static final String ENDED_AFTER_DOSE = """
            SELECT s.id, s.patient_id, s.course_id, s.session_date, s.state,
                   m.submitted_at, m.submitted_by, m.submitted_by_name
            FROM clinic_session s LEFT JOIN monitoring_form_submission m ON m.session_id = s.id
            WHERE s.dose_given AND s.state IN ('DISCHARGED', 'REFERRED')""";

    /** Sessions from a day on whose form has not been marked submitted, oldest first. */
    public List<Owed> notSubmitted(Transaction tx, LocalDate from) {
        return tx.select(ENDED_AFTER_DOSE + " AND m.session_id IS NULL AND s.session_date >= ? ORDER BY s.session_date, s.id", from)
                .map(MonitoringFormStore::read).list();
    }

    /** Sessions whose form was marked submitted from a day on, the latest mark first. */
    public List<Owed> submittedSince(Transaction tx, LocalDate from) {
        return tx.select(ENDED_AFTER_DOSE + " AND m.session_id IS NOT NULL AND s.session_date >= ? ORDER BY m.submitted_at DESC, s.id DESC",
                from).map(MonitoringFormStore::read).list();
    }

    /** Sessions whose form was marked submitted at or after a moment: those not yet submitted then. */
    public List<Owed> submittedFrom(Transaction tx, Instant at) {
        return tx.select(ENDED_AFTER_DOSE + " AND m.submitted_at >= ? ORDER BY s.session_date, s.id", at).map(MonitoringFormStore::read).list();
    }

    public Optional<Owed> bySession(Transaction tx, long sessionId) {
        return tx.select(ENDED_AFTER_DOSE + " AND s.id = ?", sessionId).map(MonitoringFormStore::read).findOne();
    }

    public void markSubmitted(Transaction tx, Submission s) {
        tx.insert("INSERT INTO monitoring_form_submission (session_id, submitted_at, submitted_by, submitted_by_name) VALUES (?, ?, ?, ?)",
                s.sessionId(), s.at(), s.userId(), s.userName());
    }

    private static Owed read(RowView row) {
        long session = row.getColumn("id", Long.class);
        Instant at = row.getColumn("submitted_at", Instant.class);
        Optional<Submission> mark = at == null ? Optional.empty()
                : Optional.of(new Submission(session, at, row.getColumn("submitted_by", Long.class), row.getColumn("submitted_by_name", String.class)));
        return new Owed(session, row.getColumn("patient_id", Long.class), row.getColumn("course_id", Long.class),
                row.getColumn("session_date", LocalDate.class), row.getColumn("state", String.class), mark);
    }
}
