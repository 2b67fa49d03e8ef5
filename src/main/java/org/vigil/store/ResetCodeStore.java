package org.vigil.store;

import java.time.Instant;
import java.util.Optional;

/** One-time password reset codes, stored only as hashes. */
public final class ResetCodeStore {

    /** The live code of a user. */
    public record ResetCode(long id, long userId, String codeHash, Instant expiresAt) {}

    /**
     * PWD-5: the latest password set from a code, and how far its owner has come since.
     *
     * @param issuedBy the administrator who issued the code, by full name
     * @param firstLoginAt null until the account has logged in with the password set from the code
     * @param firstSignedAt null until the account's first signature after that
     */
    public record CodeReset(long id, long userId, String issuedBy, String issuedByUsername, Instant issuedAt, Instant passwordSetAt,
                            Instant firstLoginAt, Instant firstSignedAt) {}

    /** Issues a code and returns its ID, which the audit trail uses to link the code's events (PWD-5). */
    public long issue(Transaction tx, long userId, String codeHash, long issuedBy, Instant now, Instant expiresAt) {
        // A new code replaces any earlier unused one.
        tx.update("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, userId);
        return tx.insert("INSERT INTO password_reset (user_id, code_hash, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)",
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

    /** The code was used and a password set with it (PWD-5: the password is held until a login). */
    public void passwordSet(Transaction tx, long id, Instant now) {
        tx.update("UPDATE password_reset SET used_at = ?, password_set_at = ? WHERE id = ?", now, now, id);
    }

    /** The latest password set from a code for this account, if any was. */
    public Optional<CodeReset> latestUsed(Transaction tx, long userId) {
        return tx.select("""
                SELECT r.id, r.user_id, i.full_name, i.username, r.issued_at, r.password_set_at, r.first_login_at, r.first_signed_at
                FROM password_reset r JOIN app_user i ON i.id = r.issued_by
                WHERE r.user_id = ? AND r.password_set_at IS NOT NULL ORDER BY r.password_set_at DESC, r.id DESC LIMIT 1""", userId)
                .map(row -> new CodeReset(row.getColumn("id", Long.class), row.getColumn("user_id", Long.class),
                        row.getColumn("full_name", String.class), row.getColumn("username", String.class),
                        row.getColumn("issued_at", Instant.class), row.getColumn("password_set_at", Instant.class),
                        row.getColumn("first_login_at", Instant.class), row.getColumn("first_signed_at", Instant.class)))
                .findOne();
    }

    public void firstLogin(Transaction tx, long id, Instant now) {
        tx.update("UPDATE password_reset SET first_login_at = ? WHERE id = ? AND first_login_at IS NULL", now, id);
    }

    public void firstSigned(Transaction tx, long id, Instant now) {
        tx.update("UPDATE password_reset SET first_signed_at = ? WHERE id = ? AND first_signed_at IS NULL", now, id);
    }
}
