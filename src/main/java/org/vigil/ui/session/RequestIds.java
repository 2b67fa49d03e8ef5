package org.vigil.ui.session;

import java.util.Objects;
import java.util.UUID;

/**
 * One request id per user action, so the service applies an action once however often it
 * arrives. When a submission ends in a fault (the commit may or may not have happened), the very
 * same submission keeps its id, so pressing again cannot record it twice. Called from the
 * JavaFX thread and the background worker, hence synchronised.
 */
final class RequestIds {

    private Object pendingPayload;
    private String pendingId;

    /** The id for this submission: the pending one when it is the same submission retried. */
    synchronized String idFor(Object payload) {
        if (pendingId == null || !Objects.equals(pendingPayload, payload)) {
            pendingPayload = payload;
            pendingId = UUID.randomUUID().toString();
        }
        return pendingId;
    }

    /** The service answered (done or refused): the next submission is a new action. */
    synchronized void settled(String id) {
        if (id.equals(pendingId)) {
            pendingId = null;
            pendingPayload = null;
        }
    }
}
