package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.result.RowView;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.register.RegisterEntry;

/**
 * The records of a period, read in pages for exports: a page at a time by key, because embedded
 * H2 materialises a whole result before its first row (architecture guide), and a year of
 * readings or audit events must not sit in memory at once.
 */
public final class PeriodRecords {

    /**
     * A session slot of the period with what its rows need besides its events.
     *
     * @param regimen the course's regimen, by name
     */
    public record Slot(long id, long patientId, String regimen, LocalDate date, int chair, String state) {}

    /** Every slot booked for a day of the period, cancelled ones too, by day, chair and booking. Ids and codes only: small even for a year. */
    public List<Slot> sessions(Transaction tx, LocalDate from, LocalDate until) {
        return tx.select("""
                SELECT s.id, s.patient_id, c.regimen, s.session_date, s.chair, s.state
                FROM clinic_session s JOIN treatment_course c ON c.id = s.course_id
                WHERE s.session_date BETWEEN ? AND ? ORDER BY s.session_date, s.chair, s.id""", from, until)
                .map(PeriodRecords::slot).list();
    }

    /** The events of a page of sessions, each session's in appended order. */
    public Map<Long, List<SessionEventStore.StoredEvent>> events(Transaction tx, Collection<Long> sessionIds) {
        return tx.selectIn("SELECT * FROM session_event WHERE session_id IN (<ids>) ORDER BY session_id, seq", sessionIds)
                .map(SessionEventStore::read)
                .collect(Collectors.groupingBy(SessionEventStore.StoredEvent::sessionId, Collectors.toList()));
    }

    /** How many register entries were written in [start, end). */
    public long entryCount(Transaction tx, Instant start, Instant end) {
        return tx.select("SELECT COUNT(*) FROM register_entry WHERE recorded_at >= ? AND recorded_at < ?", start, end)
                .mapTo(Long.class).one();
    }

    /** The next page of register entries written in [start, end), in the order written, after entry {@code afterId}. */
    public List<RegisterEntry> entries(Transaction tx, Instant start, Instant end, long afterId, int limit) {
        return tx.select("""
                SELECT * FROM register_entry WHERE recorded_at >= ? AND recorded_at < ? AND id > ?
                ORDER BY id LIMIT ?""", start, end, afterId, limit).map(RegisterStore::entryRow).list();
    }

    /** How many audit events happened in [start, end) up to the chain head {@code lastSeq}. */
    public long auditCount(Transaction tx, Instant start, Instant end, long lastSeq) {
        return tx.select("SELECT COUNT(*) FROM audit_event WHERE at >= ? AND at < ? AND seq <= ?", start, end, lastSeq)
                .mapTo(Long.class).one();
    }

    /**
     * The next page of audit events in [start, end) after {@code afterSeq}, none past the head
     * {@code lastSeq} the export names: events written while it runs belong to the next one.
     */
    public List<AuditEvent> auditEvents(Transaction tx, Instant start, Instant end, long afterSeq, long lastSeq, int limit) {
        return tx.select("""
                SELECT * FROM audit_event WHERE at >= ? AND at < ? AND seq > ? AND seq <= ?
                ORDER BY seq LIMIT ?""", start, end, afterSeq, lastSeq, limit).map(AuditTrail::read).list();
    }

    private static Slot slot(RowView row) {
        return new Slot(row.getColumn("id", Long.class), row.getColumn("patient_id", Long.class), row.getColumn("regimen", String.class),
                row.getColumn("session_date", LocalDate.class), row.getColumn("chair", Integer.class), row.getColumn("state", String.class));
    }
}
