package org.vigil.store;

import java.time.Instant;
import java.util.Optional;

/** One-time password reset codes, stored only as hashes. */
public final class ResetCodeStore {

    /** The live code of a user. */
    public record ResetCode(long id, long userId, String codeHash, Instant expiresAt) {}

    public void issue(Transaction tx, long userId, String codeHash, long issuedBy, Instant now, Instant expiresAt) {
        // A new code replaces any earlier unused one.
        tx.update("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, userId);
        tx.update("INSERT INTO password_reset (user_id, code_hash, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                userId, codeHash, issuedBy, now, expiresAt);
    }

    public Optional<ResetCode> live(Transaction tx, long userId, Instant now) {
        return tx.select("""
                SELECT id, user_id, code_hash, expires_at FROM password_reset
                WHERE user_id = ? AND used_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1""", userId, now)
                .map(row -> new ResetCode(row.getColumn("id", Long.class), row.getColumn("user_id", Long.class),
                        row.getColumn("code_hash", String.class), row.getColumn("expires_at", Instant.class)))
                .findOne();
    }

    public void markUsed(Transaction tx, long id, Instant now) {
        tx.update("UPDATE password_reset SET used_at = ? WHERE id = ?", now, id);
    }
}
