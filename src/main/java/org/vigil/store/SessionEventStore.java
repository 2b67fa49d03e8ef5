package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    public long append(Connection c, long sessionId, SessionEvent event, long userId, Instant recordedAt, String requestId,
                       RequestBinding binding) throws SQLException {
        int seq = nextSeq(c, sessionId);
        return Rows.insert(c, """
                INSERT INTO session_event (session_id, seq, kind, payload, at, recorded_at, recorded_by, request_id,
                    request_action, request_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sessionId, seq, SessionEventCodec.kind(event), SessionEventCodec.payload(event),
                event.at(), recordedAt, userId, requestId, binding == null ? null : binding.action(),
                binding == null ? null : binding.inputHash());
    }

    /** The session's events in the order they were appended: the order replay needs. */
    public List<StoredEvent> ofSession(Connection c, long sessionId) throws SQLException {
        return select(c, "WHERE session_id = ? ORDER BY seq", sessionId);
    }

    public List<SessionEvent> events(Connection c, long sessionId) throws SQLException {
        return ofSession(c, sessionId).stream().map(StoredEvent::event).toList();
    }

    public Optional<StoredEvent> byRequestId(Connection c, String requestId) throws SQLException {
        return select(c, "WHERE request_id = ?", requestId).stream().findFirst();
    }

    private static int nextSeq(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM session_event WHERE session_id = ?"),
                sessionId); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1) + 1;
        }
    }

    private static List<StoredEvent> select(Connection c, String where, Object... args) throws SQLException {
        List<StoredEvent> result = new ArrayList<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT * FROM session_event " + where), args);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                SessionEvent event = SessionEventCodec.event(rs.getString("kind"), rs.getString("payload"), Timestamps.get(rs, "at"));
                String action = rs.getString("request_action");
                Optional<RequestBinding> binding = action == null ? Optional.empty()
                        : Optional.of(new RequestBinding(action, rs.getString("request_hash")));
                result.add(new StoredEvent(rs.getLong("id"), rs.getLong("session_id"), rs.getInt("seq"), event,
                        Timestamps.get(rs, "recorded_at"), rs.getLong("recorded_by"), rs.getString("request_id"), binding));
            }
        }
        return result;
    }
}
