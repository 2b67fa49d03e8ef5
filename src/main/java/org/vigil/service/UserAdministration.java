package org.vigil.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.RoleAssignment;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.UserAccount;
import org.vigil.domain.patient.IdNumberFormat;
import org.vigil.store.Transaction;

/**
 * What an administrator does with accounts. An administrator never learns or sets another
 * person's password: new users and resets get a one-time code that only lets its owner choose
 * a password, so no one can sign as someone else (SIG-2).
 */
public final class UserAdministration {

    /** A new account and the one-time code to hand to its owner. */
    public record NewAccount(UserAccount account, String oneTimeCode, Instant codeExpiresAt) {}

    private final AccountContext ctx;

    UserAdministration(AccountContext ctx) {
        this.ctx = ctx;
    }

    public Outcome<List<UserAccount>> list(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.MANAGE_USERS, "users.list");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(ctx.users::all));
    }

    /**
     * For `vigil users list`: the command runs with file access to the data folder, which already
     * gives the database file itself, so it asks for no login.
     */
    public List<UserAccount> listForOperator() {
        return ctx.database.read(ctx.users::all);
    }

    public Outcome<NewAccount> create(Actor actor, String username, String fullName, Set<Role> roles, boolean prescribingRight) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.MANAGE_USERS, "users.create");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        String name = username == null ? "" : username.strip();
        Refusal badName = Credentials.checkUsername(name);
        if (badName != null) {
            return Outcome.refused(badName);
        }
        String person = fullName == null ? "" : fullName.strip();
        if (person.isEmpty() || person.length() > 200) {
            return Outcome.refused(Refusal.of("USR-1", "user.fullName.invalid"));
        }
        Optional<Refusal> badRoles = RoleAssignment.check(roles, prescribingRight);
        if (badRoles.isPresent()) {
            return Outcome.refused(badRoles.get());
        }
        Instant now = ctx.clock.instant();
        return ctx.database.write(tx -> {
            if (ctx.users.byUsername(tx, name).isPresent()) {
                return Outcome.<NewAccount>refused(Refusal.of("USR-1", "user.username.taken", name));
            }
            long id = ctx.users.insert(tx, name, person, null, true, roles, prescribingRight, now);
            ctx.audit.record(tx, actor, "USER_CREATED", "user", id, null, describe(name, person, roles, prescribingRight, true), null);
            String code = ctx.credentials.newCode();
            Instant expires = issueCode(tx, actor, id, code, now);
            return Outcome.done(new NewAccount(ctx.users.byId(tx, id).orElseThrow(), code, expires));
        });
    }

    public Outcome<UserAccount> changeRoles(Actor actor, long userId, Set<Role> roles, boolean prescribingRight, String reason) {
        return changeAccount(actor, userId, roles, prescribingRight, null, reason);
    }

    /**
     * Roles, the prescribing right and the ID-document number that links the account to the patient
     * record this person could be (PRE-2: nobody authorises for themself), changed together.
     *
     * @param idNumber null to leave it as it is; blank to remove it
     */
    public Outcome<UserAccount> changeAccount(Actor actor, long userId, Set<Role> roles, boolean prescribingRight, String idNumber,
                                              String reason) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.MANAGE_USERS, "users.changeRoles");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Optional<Refusal> badRoles = RoleAssignment.check(roles, prescribingRight);
        if (badRoles.isPresent()) {
            return Outcome.refused(badRoles.get());
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(Refusal.of("SIG-4", "reason.required"));
        }
        return onAccount(userId, (tx, before) -> {
            if (before.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && activeAdmins(tx) <= 1) {
                return Outcome.<UserAccount>refused(Refusal.of("USR-2", "user.lastAdmin"));
            }
            ctx.users.replaceRoles(tx, userId, roles);
            ctx.users.setPrescribingRight(tx, userId, prescribingRight);
            String linked = idNumber == null ? before.idNumber() : IdNumberFormat.comparable(idNumber);
            if (!linked.equals(before.idNumber())) {
                ctx.users.setIdNumber(tx, userId, linked);
                // The number itself stays out of the audit trail, which every manager reads.
                ctx.audit.record(tx, actor, "USER_ID_NUMBER_LINKED", "user", userId, before.idNumber().isEmpty() ? "none" : "linked",
                        linked.isEmpty() ? "none" : "linked", reason.strip());
            }
            ctx.audit.record(tx, actor, "USER_ROLES_CHANGED", "user", userId,
                    describe(before.username(), before.fullName(), before.roles(), before.prescribingRight(), before.active()),
                    describe(before.username(), before.fullName(), roles, prescribingRight, before.active()), reason.strip());
            return Outcome.done(ctx.users.byId(tx, userId).orElseThrow());
        });
    }

    public Outcome<UserAccount> deactivate(Actor actor, long userId, String reason) {
        return setActive(actor, userId, false, reason);
    }

    public Outcome<UserAccount> reactivate(Actor actor, long userId, String reason) {
        return setActive(actor, userId, true, reason);
    }

    private Outcome<UserAccount> setActive(Actor actor, long userId, boolean active, String reason) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.MANAGE_USERS, active ? "users.reactivate" : "users.deactivate");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(Refusal.of("SIG-4", "reason.required"));
        }
        return onAccount(userId, (tx, before) -> {
            if (!active && userId == actor.userId()) {
                return Outcome.<UserAccount>refused(Refusal.of("USR-2", "user.notSelf"));
            }
            if (!active && before.roles().contains(Role.ADMIN) && activeAdmins(tx) <= 1) {
                return Outcome.<UserAccount>refused(Refusal.of("USR-2", "user.lastAdmin"));
            }
            ctx.users.setActive(tx, userId, active);
            ctx.audit.record(tx, actor, active ? "USER_REACTIVATED" : "USER_DEACTIVATED", "user", userId,
                    "active=" + before.active(), "active=" + active, reason.strip());
            return Outcome.done(ctx.users.byId(tx, userId).orElseThrow());
        });
    }

    /**
     * Clears the user's password and issues a one-time code. The old password stops working at
     * once; the code lets only its owner choose a new password, never log in or sign.
     */
    public Outcome<NewAccount> resetPassword(Actor actor, long userId, String reason) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.MANAGE_USERS, "users.resetPassword");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(Refusal.of("SIG-4", "reason.required"));
        }
        Instant now = ctx.clock.instant();
        return onAccount(userId, (tx, before) -> {
            ctx.users.setPassword(tx, userId, null, true);
            ctx.users.setLoginFailures(tx, userId, 0, null);
            ctx.audit.record(tx, actor, "PASSWORD_RESET", "user", userId, null, "mustChoosePassword=true", reason.strip());
            String code = ctx.credentials.newCode();
            Instant expires = issueCode(tx, actor, userId, code, now);
            return Outcome.done(new NewAccount(ctx.users.byId(tx, userId).orElseThrow(), code, expires));
        });
    }

    public Outcome<UserAccount> unlock(Actor actor, long userId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.MANAGE_USERS, "users.unlock");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return onAccount(userId, (tx, before) -> {
            ctx.users.setLoginFailures(tx, userId, 0, null);
            ctx.audit.record(tx, actor, "ACCOUNT_UNLOCKED", "user", userId, "lockedUntil=" + before.lockedUntil(), "lockedUntil=null", null);
            return Outcome.done(ctx.users.byId(tx, userId).orElseThrow());
        });
    }

    /** Work on the account as stored, in one transaction; refused when there is no such account. */
    private <T> Outcome<T> onAccount(long userId, AccountWork<T> work) {
        return ctx.database.write(tx -> {
            Optional<UserAccount> found = ctx.users.byId(tx, userId);
            return found.isEmpty() ? Outcome.<T>refused(Refusal.of("USR-1", "user.notFound")) : work.apply(tx, found.get());
        });
    }

    @FunctionalInterface
    private interface AccountWork<T> {
        Outcome<T> apply(Transaction tx, UserAccount found);
    }

    private Instant issueCode(Transaction tx, Actor actor, long userId, String code, Instant now) {
        Settings current = new Settings(ctx.settings.current(tx));
        Instant expires = now.plus(Duration.ofHours(current.integer(SettingKeys.RESET_CODE_VALID_HOURS)));
        long codeId = ctx.resetCodes.issue(tx, userId, ctx.credentials.hash(Credentials.normaliseCode(code)), actor.userId(), now, expires);
        ctx.audit.record(tx, actor, "ONE_TIME_CODE_ISSUED", "user", userId, null, Accounts.codeName(codeId) + "; expires=" + expires, null);
        return expires;
    }

    private int activeAdmins(Transaction tx) {
        return (int) ctx.users.all(tx).stream().filter(u -> u.active() && u.roles().contains(Role.ADMIN)).count();
    }

    /** The audit form of an account: never a password or hash. */
    static String describe(String username, String fullName, Set<Role> roles, boolean prescribingRight, boolean active) {
        return "username=" + username + "; fullName=" + fullName + "; roles=" + new TreeSet<>(roles)
                + "; prescribingRight=" + prescribingRight + "; active=" + active;
    }
}
