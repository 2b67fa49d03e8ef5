package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.domain.session.SessionEvent;

/**
 * The session events, append-only (the table's trigger refuses UPDATE and DELETE). A session's
 * state is never stored as the truth: it is replayed from these rows.
 */
public final class SessionEventStore {

    /**
     * What a request carried, kept with the event it stored so that a reused request id can be
     * told from a retry of the same submission (issue 10).
     *
     * @param action the service action, e.g. "session.vitals"
     * @param inputHash SHA-256 (hex) of the session, the actor and the values submitted
     */
    public record RequestBinding(String action, String inputHash) {}

    /**
     * One stored event with who recorded it, when, and under which request.
     *
     * @param binding what the request carried; empty for events derived from another request
     *     (alarm resolutions) and for events stored before requests were bound
     */
    public record StoredEvent(long id, long sessionId, int seq, SessionEvent event, Instant recordedAt, long recordedBy,
                              String requestId, Optional<RequestBinding> binding) {}

    /** @param binding null for an event derived from the request that stored another one */
    public long append(Transaction tx, long sessionId, SessionEvent event, long userId, Instant recordedAt, String requestId,
                       RequestBinding binding) {
        int seq = tx.select("SELECT COALESCE(MAX(seq), 0) FROM session_event WHERE session_id = ?", sessionId).mapTo(Integer.class).one() + 1;
        return tx.insert("""
                INSERT INTO session_event (session_id, seq, kind, payload, at, recorded_at, recorded_by, request_id,
                    request_action, request_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sessionId, seq, SessionEventCodec.kind(event), SessionEventCodec.payload(event),
                event.at(), recordedAt, userId, requestId, binding == null ? null : binding.action(),
                binding == null ? null : binding.inputHash());
    }

    /** The session's events in the order they were appended: the order replay needs. */
    public List<StoredEvent> ofSession(Transaction tx, long sessionId) {
        return select(tx, "WHERE session_id = ? ORDER BY seq", sessionId);
    }

    /** The events of several sessions, each in appended order, in one query (the board shows every chair). */
    public Map<Long, List<SessionEvent>> events(Transaction tx, Collection<Long> sessionIds) {
        return tx.selectIn("SELECT * FROM session_event WHERE session_id IN (<ids>) ORDER BY session_id, seq", sessionIds)
                .map(SessionEventStore::read)
                .collect(Collectors.groupingBy(StoredEvent::sessionId, Collectors.mapping(StoredEvent::event, Collectors.toList())));
    }

    /**
     * When each of these sessions ended (discharged, abandoned, referred to emergency care), in one
     * query: the clinic day lists every patient of the day with their outcome (issue 15).
     */
    public Map<Long, Instant> endedAt(Transaction tx, Collection<Long> sessionIds) {
        return tx.selectIn("SELECT session_id, at FROM session_event WHERE session_id IN (<ids>)"
                        + " AND kind IN ('Discharged', 'Abandoned', 'ReferredToEmergency')", sessionIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("session_id"), ColumnTypes.instant(rs, "at")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a.isAfter(b) ? a : b));
    }

    public List<SessionEvent> events(Transaction tx, long sessionId) {
        return ofSession(tx, sessionId).stream().map(StoredEvent::event).toList();
    }

    public Optional<StoredEvent> byRequestId(Transaction tx, String requestId) {
        return select(tx, "WHERE request_id = ?", requestId).stream().findFirst();
    }

    private static List<StoredEvent> select(Transaction tx, String where, Object... args) {
        return tx.select("SELECT * FROM session_event " + where, args).map(SessionEventStore::read).list();
    }

    /**
     * Reads the result set directly rather than through a RowView: every action replays its
     * session, and resolving each column by name through Jdbi's mappers doubled the time of a
     * reading in a long session (benchmark, 2 000 events).
     */
    static StoredEvent read(ResultSet rs, StatementContext context) throws SQLException {
        SessionEvent event = SessionEventCodec.event(rs.getString("kind"), rs.getString("payload"), ColumnTypes.instant(rs, "at"));
        String action = rs.getString("request_action");
        Optional<RequestBinding> binding = action == null ? Optional.empty()
                : Optional.of(new RequestBinding(action, rs.getString("request_hash")));
        return new StoredEvent(rs.getLong("id"), rs.getLong("session_id"), rs.getInt("seq"), event, ColumnTypes.instant(rs, "recorded_at"),
                rs.getLong("recorded_by"), rs.getString("request_id"), binding);
    }
}
