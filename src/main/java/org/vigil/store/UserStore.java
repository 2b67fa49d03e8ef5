package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.Role;
import org.vigil.domain.UserAccount;

/** Users, their roles and password hashes. */
public final class UserStore {

    public long insert(Connection c, String username, String fullName, String passwordHash, boolean mustChange,
                       Set<Role> roles, boolean prescribingRight, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO app_user (username, full_name, password_hash, must_change_password, prescribing_right, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, fullName);
            insert.setString(3, passwordHash);
            insert.setBoolean(4, mustChange);
            insert.setBoolean(5, prescribingRight);
            Timestamps.set(insert, 6, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        replaceRoles(c, id, roles);
        return id;
    }

    public void replaceRoles(Connection c, long userId, Set<Role> roles) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM user_role WHERE user_id = ?")) {
            delete.setLong(1, userId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
            for (Role role : roles) {
                insert.setLong(1, userId);
                insert.setString(2, role.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<UserAccount> byUsername(Connection c, String username) throws SQLException {
        List<UserAccount> found = select(c, "WHERE LOWER(u.username) = LOWER(?)", username);
        return found.stream().findFirst();
    }

    public Optional<UserAccount> byId(Connection c, long id) throws SQLException {
        return select(c, "WHERE u.id = ?", id).stream().findFirst();
    }

    public List<UserAccount> all(Connection c) throws SQLException {
        return select(c, "", null);
    }

    public boolean anyExists(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM app_user")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** The stored hash, or empty when the password was cleared by a reset. */
    public Optional<String> passwordHash(Connection c, long userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM app_user WHERE id = ?")) {
            s.setLong(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void setPassword(Connection c, long userId, String hash, boolean mustChange) throws SQLException {
        Rows.update(c, "UPDATE app_user SET password_hash = ?, must_change_password = ? WHERE id = ?", hash, mustChange, userId);
    }

    public void setPrescribingRight(Connection c, long userId, boolean right) throws SQLException {
        Rows.update(c, "UPDATE app_user SET prescribing_right = ? WHERE id = ?", right, userId);
    }

    public void setActive(Connection c, long userId, boolean active) throws SQLException {
        Rows.update(c, "UPDATE app_user SET active = ? WHERE id = ?", active, userId);
    }

    public void setLoginFailures(Connection c, long userId, int failures, Instant lockedUntil) throws SQLException {
        Rows.update(c, "UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE id = ?", failures, lockedUntil, userId);
    }

    private List<UserAccount> select(Connection c, String where, Object arg) throws SQLException {
        String sql = "SELECT u.*, r.role FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id " + where
                + " ORDER BY u.username, r.role";
        Map<Long, UserAccount> users = new LinkedHashMap<>();
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (arg != null) {
                s.setObject(1, arg);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    String role = rs.getString("role");
                    Set<Role> held = roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
                    if (role != null) {
                        held.add(Role.valueOf(role));
                    }
                    if (!users.containsKey(id)) {
                        users.put(id, new UserAccount(id, rs.getString("username"), rs.getString("full_name"), Set.of(),
                                rs.getBoolean("prescribing_right"), rs.getBoolean("active"),
                                rs.getBoolean("must_change_password"), rs.getInt("failed_logins"),
                                Timestamps.get(rs, "locked_until"), Timestamps.get(rs, "created_at")));
                    }
                }
            }
        }
        List<UserAccount> result = new ArrayList<>();
        users.forEach((id, u) -> result.add(new UserAccount(u.id(), u.username(), u.fullName(), roles.get(id),
                u.prescribingRight(), u.active(), u.mustChangePassword(), u.failedLogins(), u.lockedUntil(), u.createdAt())));
        return result;
    }
}
