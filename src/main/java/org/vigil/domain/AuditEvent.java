package org.vigil.domain;

import java.time.Instant;

/**
 * One entry of the audit trail (SIG-4): who did what to which record, the values before and
 * after, and why. Events form a SHA-256 chain: each hash covers the previous hash and the
 * event's canonical form, so an edit, a deletion or a swap breaks every later link. From
 * {@link ChainKey#keyedFrom()} on, the hash is an HMAC with a key kept outside the database, and it
 * covers the digest of the rows the event created or changed: a record edited behind Vigil's back
 * no longer matches the event that wrote it, and the event cannot be rewritten to match.
 *
 * @param userId null for events with no logged-in user (failed logins, first-run setup)
 * @param rowsDigest digest of the rows this event sealed (table, key, row digest), or null when it
 *     sealed none
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
        String rowsDigest,
        String prevHash,
        String hash) {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /** The hash this event must carry given its content and prevHash. */
    public String expectedHash(ChainKey key) {
        return computeHash(key, seq, at, userId, username, action, entityType, entityId, oldValue, newValue, reason, rowsDigest,
                prevHash);
    }

    public static String computeHash(
            ChainKey key, long seq, Instant at, Long userId, String username, String action, String entityType,
            String entityId, String oldValue, String newValue, String reason, String rowsDigest, String prevHash) {
        if (!key.keys(seq)) {
            // Written before the chain had a key; rows were not sealed then.
            return ContentHash.of(prevHash, seq, at, userId, username, action, entityType, entityId, oldValue, newValue, reason);
        }
        return ContentHash.keyed(key, prevHash, seq, at, userId, username, action, entityType, entityId, oldValue, newValue, reason,
                rowsDigest);
    }
}
