package org.vigil.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Refusal;
import org.vigil.store.SessionEventCodec;
import org.vigil.store.SessionEventStore.RequestBinding;
import org.vigil.store.SessionEventStore.StoredEvent;

/**
 * A request id, bound to what it carried (issue 10): the session, the action, the actor and the
 * values submitted. The same id with the same content is a retry (a double click, a resend after
 * a fault) and is answered as before; the same id with anything different is another action that
 * would otherwise be silently dropped, and is refused so that the caller finds out.
 */
final class BoundRequest {

    /** Separates the fields hashed, so that ("ab", "c") and ("a", "bc") differ. */
    private static final char SEPARATOR = '\u001f';

    private BoundRequest() {}

    /** @param inputs the values as submitted; never a password, which must not be kept even hashed */
    static RequestBinding of(String action, long sessionId, Actor actor, List<?> inputs) {
        StringBuilder text = new StringBuilder(action).append(SEPARATOR).append(sessionId).append(SEPARATOR).append(actor.userId());
        for (Object input : inputs) {
            text.append(SEPARATOR).append(input == null ? "\u0000" : input.toString());
        }
        return new RequestBinding(action, sha256(text.toString()));
    }

    /**
     * Why an id already stored with {@code first} cannot be taken for this request; empty when it
     * is the same request again. Events stored before requests were bound carry no binding and
     * are matched on their session.
     */
    static Optional<Refusal> reused(String requestId, StoredEvent first, long sessionId, RequestBinding now) {
        boolean same = first.sessionId() == sessionId && first.binding().map(now::equals).orElse(true);
        if (same) {
            return Optional.empty();
        }
        String firstAction = first.binding().map(RequestBinding::action).orElse(SessionEventCodec.kind(first.event()));
        return Optional.of(Refusal.of("SESSION", "session.refused.requestReused", requestId, firstAction, first.sessionId(),
                first.recordedAt()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
