package org.vigil.domain;

import java.time.Instant;

/**
 * One entry of the audit trail (SIG-4): who did what to which record, the values before and
 * after, and why. Events form a SHA-256 chain: each hash covers the previous hash and the
 * event's canonical form, so an edit, a deletion or a swap breaks every later link.
 *
 * @param userId null for events with no logged-in user (failed logins, first-run setup)
 */
public record AuditEvent(
        long seq,
        Instant at,
        Long userId,
        String username,
        String action,
        String entityType,
        String entityId,
        String oldValue,
        String newValue,
        String reason,
        String prevHash,
        String hash) {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /** The hash this event must carry given its content and prevHash. */
    public String expectedHash() {
        return computeHash(seq, at, userId, username, action, entityType, entityId, oldValue, newValue, reason, prevHash);
    }

    public static String computeHash(
            long seq, Instant at, Long userId, String username, String action, String entityType,
            String entityId, String oldValue, String newValue, String reason, String prevHash) {
        return ContentHash.of(prevHash, seq, at, userId, username, action, entityType, entityId, oldValue, newValue, reason);
    }
}
