package org.vigil.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.session.SessionEvent;

/**
 * What a period report reads, each kind of fact in one statement whatever the number of sessions
 * (a year's report must not run a query per session): the sessions held in the period with all
 * their events, the register's administrations per product, and the courses treated.
 */
public final class PeriodReportRecords {

    /**
     * A session the patient was checked in for, with its events in appended order.
     *
     * @param checkedInBy the user who recorded the check-in; 0 when the session has no events
     * @param state the slot's state as stored, and {@code doseGiven} whether it was dosed: all a session entered afterwards,
     *              without chair-side events, has to say
     */
    public record HeldSession(long id, long courseId, LocalDate day, int chair, long checkedInBy, List<SessionEvent> events, String state,
                              boolean doseGiven) {}

    /** CD-3: administrations in the period's sessions for one product, corrected entries left out. */
    public record ProductTotal(String product, String unit, int sessions, int units, BigDecimal mg) {}

    /** A course with a dose given in the period, and the day of its first dose ever (empty date: none stored). */
    public record TreatedCourse(long id, Regimen regimen, LocalDate plannedStart, LocalDate firstDose) {}

    private record EventRow(long sessionId, SessionEvent event, long recordedBy) {}

    /**
     * Sessions checked in on a day from {@code from} to {@code until}, with their events: two
     * statements. The events are asked for by session id, which their index leads with, so a
     * month's report reads its month's events and not the year's.
     */
    public List<HeldSession> held(Transaction tx, LocalDate from, LocalDate until) {
        record Slot(long id, long courseId, LocalDate day, int chair, String state, boolean doseGiven) {}
        List<Slot> slots = tx.select("""
                SELECT id, course_id, session_date, chair, state, dose_given FROM clinic_session
                WHERE session_date BETWEEN ? AND ? AND state NOT IN (?, ?) ORDER BY session_date, chair, id""",
                        from, until, SessionStore.BOOKED, SessionStore.CANCELLED)
                .map((rs, ctx) -> new Slot(rs.getLong("id"), rs.getLong("course_id"), rs.getObject("session_date", LocalDate.class),
                        rs.getInt("chair"), rs.getString("state"), rs.getBoolean("dose_given")))
                .list();
        Map<Long, List<SessionEvent>> events = new HashMap<>();
        Map<Long, Long> checkedInBy = new HashMap<>();
        List<EventRow> rows = tx.selectIn("SELECT session_id, kind, payload, at, recorded_by FROM session_event WHERE session_id IN (<ids>) "
                        + "ORDER BY session_id, seq", slots.stream().map(Slot::id).toList())
                .map((ResultSet rs, StatementContext ctx) -> new EventRow(rs.getLong("session_id"),
                        SessionEventCodec.event(rs.getString("kind"), rs.getString("payload"), ColumnTypes.instant(rs, "at")),
                        rs.getLong("recorded_by")))
                .list();
        for (EventRow row : rows) {
            events.computeIfAbsent(row.sessionId(), id -> new ArrayList<>()).add(row.event());
            if (row.event() instanceof SessionEvent.CheckedIn) {
                checkedInBy.putIfAbsent(row.sessionId(), row.recordedBy());
            }
        }
        return slots.stream().map(s -> new HeldSession(s.id(), s.courseId(), s.day(), s.chair(), checkedInBy.getOrDefault(s.id(), 0L),
                events.getOrDefault(s.id(), List.of()), s.state(), s.doseGiven())).toList();
    }

    /** Everyone's name by user id, for the nurses of the period (the staff list is short). */
    public Map<Long, String> staffNames(Transaction tx) {
        return tx.select("SELECT id, full_name FROM app_user")
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("full_name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * CD-3: what the register took from stock for the period's sessions, per product. An entry a
     * correction reversed does not count (CD-1): its right entry, written after it, does.
     */
    public List<ProductTotal> administered(Transaction tx, LocalDate from, LocalDate until) {
        return tx.select("""
                SELECT p.name, p.unit, COUNT(DISTINCT e.session_id) AS sessions, SUM(-e.units) AS units,
                       SUM(COALESCE(e.mg, -e.units * p.mg_per_unit)) AS mg
                FROM register_entry e
                JOIN product p ON p.id = e.product_id
                JOIN clinic_session s ON s.id = e.session_id
                WHERE e.kind = 'ADMINISTRATION' AND s.session_date BETWEEN ? AND ?
                  AND NOT EXISTS (SELECT 1 FROM register_entry c WHERE c.corrects_id = e.id)
                GROUP BY p.id, p.name, p.unit ORDER BY p.name""", from, until)
                .map((rs, ctx) -> new ProductTotal(rs.getString("name"), rs.getString("unit"), rs.getInt("sessions"), rs.getInt("units"),
                        rs.getBigDecimal("mg")))
                .list();
    }

    /** The courses with a dose given in the period, each with the day of its first dose. */
    public List<TreatedCourse> treated(Transaction tx, LocalDate from, LocalDate until) {
        return tx.select("""
                SELECT c.id, c.regimen, c.planned_start,
                       (SELECT MIN(f.session_date) FROM clinic_session f WHERE f.course_id = c.id AND f.dose_given) AS first_dose
                FROM treatment_course c
                WHERE EXISTS (SELECT 1 FROM clinic_session s WHERE s.course_id = c.id AND s.dose_given
                              AND s.session_date BETWEEN ? AND ?)
                ORDER BY c.id""", from, until)
                .map((rs, ctx) -> new TreatedCourse(rs.getLong("id"), Regimen.valueOf(rs.getString("regimen")),
                        rs.getObject("planned_start", LocalDate.class), rs.getObject("first_dose", LocalDate.class)))
                .list();
    }
}
