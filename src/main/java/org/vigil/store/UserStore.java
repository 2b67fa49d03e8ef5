package org.vigil.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vigil.domain.Role;
import org.vigil.domain.UserAccount;

/** Users, their roles and password hashes. */
public final class UserStore {

    public long insert(Transaction tx, String username, String fullName, String passwordHash, boolean mustChange,
                       Set<Role> roles, boolean prescribingRight, Instant now) {
        long id = tx.insert("""
                INSERT INTO app_user (username, full_name, password_hash, must_change_password, prescribing_right, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", username, fullName, passwordHash, mustChange, prescribingRight, now);
        replaceRoles(tx, id, roles);
        return id;
    }

    public void replaceRoles(Transaction tx, long userId, Set<Role> roles) {
        tx.update("DELETE FROM user_role WHERE user_id = ?", userId);
        if (roles.isEmpty()) {
            return;
        }
        PreparedBatch batch = tx.handle().prepareBatch("INSERT INTO user_role (user_id, role) VALUES (?, ?)");
        for (Role role : roles) {
            batch.bind(0, userId).bind(1, role.name()).add();
        }
        batch.execute();
    }

    public Optional<UserAccount> byUsername(Transaction tx, String username) {
        return select(tx, "WHERE LOWER(u.username) = LOWER(?)", username).stream().findFirst();
    }

    public Optional<UserAccount> byId(Transaction tx, long id) {
        return select(tx, "WHERE u.id = ?", id).stream().findFirst();
    }

    public List<UserAccount> all(Transaction tx) {
        return select(tx, "");
    }

    public boolean anyExists(Transaction tx) {
        return tx.select("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one() > 0;
    }

    /** The stored hash, or empty when the password was cleared by a reset. */
    public Optional<String> passwordHash(Transaction tx, long userId) {
        return tx.select("SELECT password_hash FROM app_user WHERE id = ?", userId).mapTo(String.class).findFirst();
    }

    public void setPassword(Transaction tx, long userId, String hash, boolean mustChange) {
        tx.update("UPDATE app_user SET password_hash = ?, must_change_password = ? WHERE id = ?", hash, mustChange, userId);
    }

    public void setPrescribingRight(Transaction tx, long userId, boolean right) {
        tx.update("UPDATE app_user SET prescribing_right = ? WHERE id = ?", right, userId);
    }

    public void setIdNumber(Transaction tx, long userId, String idNumber) {
        tx.update("UPDATE app_user SET id_number = ? WHERE id = ?", idNumber, userId);
    }

    public void setActive(Transaction tx, long userId, boolean active) {
        tx.update("UPDATE app_user SET active = ? WHERE id = ?", active, userId);
    }

    public void setLoginFailures(Transaction tx, long userId, int failures, Instant lockedUntil) {
        tx.update("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE id = ?", failures, lockedUntil, userId);
    }

    private record UserRole(UserAccount user, Role role) {}

    /** One query for users and their roles: the join gives a row per role, folded here per user. */
    private List<UserAccount> select(Transaction tx, String where, Object... args) {
        List<UserRole> rows = tx.select("SELECT u.*, r.role FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id " + where
                + " ORDER BY u.username, r.role", args).map(row -> new UserRole(new UserAccount(row.getColumn("id", Long.class),
                        row.getColumn("username", String.class), row.getColumn("full_name", String.class), Set.of(),
                        row.getColumn("prescribing_right", Boolean.class), row.getColumn("active", Boolean.class),
                        row.getColumn("must_change_password", Boolean.class), row.getColumn("failed_logins", Integer.class),
                        row.getColumn("locked_until", Instant.class), row.getColumn("created_at", Instant.class),
                        row.getColumn("id_number", String.class)),
                        row.getColumn("role", Role.class))).list();
        Map<Long, UserAccount> users = new LinkedHashMap<>();
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        for (UserRole r : rows) {
            users.putIfAbsent(r.user().id(), r.user());
            Set<Role> held = roles.computeIfAbsent(r.user().id(), k -> EnumSet.noneOf(Role.class));
            if (r.role() != null) {
                held.add(r.role());
            }
        }
        List<UserAccount> result = new ArrayList<>();
        users.forEach((id, u) -> result.add(new UserAccount(u.id(), u.username(), u.fullName(), roles.get(id),
                u.prescribingRight(), u.active(), u.mustChangePassword(), u.failedLogins(), u.lockedUntil(), u.createdAt(), u.idNumber())));
        return result;
    }
}
