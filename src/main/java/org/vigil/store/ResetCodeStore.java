package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** One-time password reset codes, stored only as hashes. */
public final class ResetCodeStore {

    /** The live code of a user. */
    public record ResetCode(long id, long userId, String codeHash, Instant expiresAt) {}

    public void issue(Connection c, long userId, String codeHash, long issuedBy, Instant now, Instant expiresAt) throws SQLException {
        // A new code replaces any earlier unused one.
        try (PreparedStatement retire = c.prepareStatement("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL")) {
            Timestamps.set(retire, 1, now);
            retire.setLong(2, userId);
            retire.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO password_reset (user_id, code_hash, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, userId);
            insert.setString(2, codeHash);
            insert.setLong(3, issuedBy);
            Timestamps.set(insert, 4, now);
            Timestamps.set(insert, 5, expiresAt);
            insert.executeUpdate();
        }
    }

    public Optional<ResetCode> live(Connection c, long userId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, user_id, code_hash, expires_at FROM password_reset
                WHERE user_id = ? AND used_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1""")) {
            s.setLong(1, userId);
            Timestamps.set(s, 2, now);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ResetCode(rs.getLong("id"), rs.getLong("user_id"), rs.getString("code_hash"), Timestamps.get(rs, "expires_at")))
                        : Optional.empty();
            }
        }
    }

    public void markUsed(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE password_reset SET used_at = ? WHERE id = ?")) {
            Timestamps.set(s, 1, now);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }
}
