package org.vigil.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.LoginLockout;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.SigningRight;
import org.vigil.domain.UserAccount;
import org.vigil.store.ResetCodeStore;
import org.vigil.store.Transaction;

/**
 * Logging in, unlocking the screen, and a user's own password. Every attempt is audited; the
 * typed password never is.
 */
public final class Accounts {

    private final AccountContext ctx;

    Accounts(AccountContext ctx) {
        this.ctx = ctx;
    }

    public LoginResult login(String username, String password) {
        return authenticate(username, password, "LOGIN");
    }

    /** The same or another user takes over a locked screen. */
    public LoginResult unlockScreen(String username, String password) {
        return authenticate(username, password, "SCREEN_UNLOCKED");
    }

    /**
     * SIG-1/SIG-2: who is signing, at the moment of signing: a prescriber authorising at the
     * nurse's workstation, or a witness, types their own name and password. Failures count
     * towards the lockout like a failed login; a one-time reset code never signs.
     */
    public Outcome<Actor> signer(String username, String password) {
        return switch (authenticate(username, password, "SIGNER_CONFIRMED")) {
            case LoginResult.Granted g -> Outcome.done(g.actor());
            case LoginResult.Denied d -> Outcome.refused(d.refusal());
            case LoginResult.NewPasswordNeeded n -> Outcome.refused(Refusal.of("SIG-2", "signature.passwordWrong"));
        };
    }

    /** Someone who can be chosen as signer: the name people know them by and the user name they sign with. */
    public record Signatory(String username, String fullName) {}

    /**
     * SIG-1, ROLE-2: the active, unlocked accounts that could give a signature of this meaning, by
     * name, so the signature dialog offers the prescribers for an override instead of the nurse at
     * the keyboard. A witness is never the one acting (CD-5). Asked by the clinical staff at the
     * chair; the signature itself is checked again when it is given.
     */
    public Outcome<List<Signatory>> signatories(Actor asking, SigningRight right) {
        Refusal refused = ctx.audit.refuseUnless(asking, Permission.RECORD_CLINICAL, "signature.signatories");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Instant now = ctx.clock.instant();
        return Outcome.done(ctx.database.read(ctx.users::all).stream()
                .filter(right::heldBy)
                .filter(a -> !a.lockedAt(now))
                .filter(a -> !right.someoneElse() || a.id() != asking.userId())
                .sorted(Comparator.comparing(UserAccount::fullName, String.CASE_INSENSITIVE_ORDER))
                .map(a -> new Signatory(a.username(), a.fullName()))
                .toList());
    }

    public void screenLocked(Actor actor, String why) {
        ctx.database.write(tx -> {
            ctx.audit.record(tx, actor, "SCREEN_LOCKED", "user", actor.userId(), null, null, why);
            return null;
        });
    }

    public void logout(Actor actor) {
        ctx.database.write(tx -> {
            ctx.audit.record(tx, actor, "LOGOUT", "user", actor.userId(), null, null, null);
            return null;
        });
    }

    private LoginResult authenticate(String typedName, String password, String action) {
        String username = typedName == null ? "" : typedName.strip();
        Instant now = ctx.clock.instant();
        return ctx.database.write(tx -> {
            Optional<UserAccount> found = ctx.users.byUsername(tx, username);
            // One message for unknown user and wrong password: the screen must not reveal who exists.
            Refusal failed = Refusal.of("PWD-3", "login.failed");
            if (found.isEmpty()) {
                // What was typed is not kept: people type their password into the name field.
                ctx.audit.recordAnonymous(tx, null, null, "LOGIN_FAILED", "user", null, null, null, "unknown user name");
                return new LoginResult.Denied(failed);
            }
            UserAccount user = found.get();
            if (!user.active()) {
                ctx.audit.recordAnonymous(tx, user.id(), user.username(), "LOGIN_FAILED", "user", user.id(), null, null, "account deactivated");
                return new LoginResult.Denied(failed);
            }
            if (user.lockedAt(now)) {
                ctx.audit.recordAnonymous(tx, user.id(), user.username(), "LOGIN_FAILED", "user", user.id(), null, null, "account locked");
                return new LoginResult.Denied(Refusal.of("PWD-3", "login.locked", minutesLeft(now, user.lockedUntil())));
            }
            Optional<String> hash = ctx.users.passwordHash(tx, user.id());
            if (hash.isPresent() && ctx.credentials.matches(password, hash.get())) {
                ctx.users.setLoginFailures(tx, user.id(), 0, null);
                Optional<LoginResult.ResetNotice> notice = firstLoginAfterReset(tx, user, action, now);
                ctx.audit.record(tx, user.asActor(), action, "user", user.id(), null,
                        notice.map(n -> codeName(n.codeId()) + ": first login with the password set from it").orElse(null), null);
                return new LoginResult.Granted(user.asActor(), notice);
            }
            Optional<ResetCodeStore.ResetCode> code = ctx.resetCodes.live(tx, user.id(), now);
            if (code.isPresent() && ctx.credentials.matches(Credentials.normaliseCode(password), code.get().codeHash())) {
                ctx.audit.recordAnonymous(tx, user.id(), user.username(), "RESET_CODE_ACCEPTED", "user", user.id(), null,
                        codeName(code.get().id()), "must choose a new password");
                return new LoginResult.NewPasswordNeeded(user.username());
            }
            return recordFailure(tx, user, now, failed);
        });
    }

    /** Whole minutes left, rounded up: a lock with 15:00 left says 15, with 0:30 left says 1. */
    private static long minutesLeft(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    }

    /** Counts a wrong password or one-time code towards the lockout (PWD-3). */
    private LoginResult recordFailure(Transaction tx, UserAccount user, Instant now, Refusal failed) {
        Settings current = new Settings(ctx.settings.current(tx));
        LoginLockout lockout = new LoginLockout(current.integer(SettingKeys.LOGIN_MAX_FAILURES),
                Duration.ofMinutes(current.integer(SettingKeys.LOGIN_LOCKOUT_MINUTES)));
        int failures = user.failedLogins() + 1;
        Optional<Instant> lockedUntil = lockout.lockAfterFailure(failures, now);
        ctx.users.setLoginFailures(tx, user.id(), lockedUntil.isPresent() ? 0 : failures, lockedUntil.orElse(null));
        ctx.audit.recordAnonymous(tx, user.id(), user.username(), "LOGIN_FAILED", "user", user.id(), null, "failures=" + failures,
                "wrong password");
        if (lockedUntil.isPresent()) {
            ctx.audit.recordAnonymous(tx, user.id(), user.username(), "ACCOUNT_LOCKED", "user", user.id(), null,
                    "lockedUntil=" + lockedUntil.get(), failures + " failed logins");
            return new LoginResult.Denied(Refusal.of("PWD-3", "login.locked", minutesLeft(now, lockedUntil.get())));
        }
        return new LoginResult.Denied(failed);
    }

    /** Chooses a new password with a one-time code from an administrator; logs the user in. */
    public Outcome<Actor> completeReset(String username, String code, String newPassword) {
        Instant now = ctx.clock.instant();
        return ctx.database.write(tx -> {
            Optional<UserAccount> found = ctx.users.byUsername(tx, username == null ? "" : username.strip());
            if (found.isEmpty() || !found.get().active()) {
                return Outcome.<Actor>refused(Refusal.of("PWD-4", "reset.codeInvalid"));
            }
            UserAccount user = found.get();
            if (user.lockedAt(now)) {
                return Outcome.<Actor>refused(Refusal.of("PWD-3", "login.locked", minutesLeft(now, user.lockedUntil())));
            }
            Optional<ResetCodeStore.ResetCode> live = ctx.resetCodes.live(tx, user.id(), now);
            if (live.isEmpty() || !ctx.credentials.matches(Credentials.normaliseCode(code), live.get().codeHash())) {
                LoginResult.Denied denied = (LoginResult.Denied) recordFailure(tx, user, now, Refusal.of("PWD-4", "reset.codeInvalid"));
                return Outcome.<Actor>refused(denied.refusal());
            }
            Optional<Refusal> weak = ctx.credentials.policy(tx).check(newPassword, user.username());
            if (weak.isPresent()) {
                return Outcome.<Actor>refused(weak.get());
            }
            ctx.resetCodes.passwordSet(tx, live.get().id(), now);
            ctx.users.setPassword(tx, user.id(), ctx.credentials.hash(newPassword), false);
            ctx.users.setLoginFailures(tx, user.id(), 0, null);
            // PWD-5: whoever typed the code is in now, but signs nothing until the account logs in with this password.
            ctx.audit.record(tx, user.asActor(), "PASSWORD_CHOSEN", "user", user.id(), null,
                    codeName(live.get().id()) + "; signatures held until the first login with this password", "with one-time code");
            ctx.audit.record(tx, user.asActor(), "LOGIN", "user", user.id(), null, null, "with one-time code " + codeName(live.get().id()));
            return Outcome.done(user.asActor());
        });
    }

    /** A logged-in user changes their own password; the current one is asked again. */
    public Outcome<Void> changePassword(Actor actor, String currentPassword, String newPassword) {
        return ctx.database.write(tx -> {
            Optional<String> hash = ctx.users.passwordHash(tx, actor.userId());
            if (hash.isEmpty() || !ctx.credentials.matches(currentPassword, hash.get())) {
                ctx.audit.record(tx, actor, "PASSWORD_CHANGE_FAILED", "user", actor.userId(), null, null, "current password wrong");
                return Outcome.<Void>refused(Refusal.of("PWD-3", "password.currentWrong"));
            }
            Optional<Refusal> weak = ctx.credentials.policy(tx).check(newPassword, actor.username());
            if (weak.isPresent()) {
                return Outcome.<Void>refused(weak.get());
            }
            ctx.users.setPassword(tx, actor.userId(), ctx.credentials.hash(newPassword), false);
            ctx.audit.record(tx, actor, "PASSWORD_CHANGED", "user", actor.userId(), null, null, null);
            return Outcome.done(null);
        });
    }

    /**
     * SIG-2: a signature needs the signer's password at the moment of signing, even when logged
     * in. Only an active account with a matching password confirms; the caller audits a failure.
     */
    public boolean confirmPassword(Actor actor, String password) {
        return ctx.database.read(tx -> confirmPassword(tx, actor, password));
    }

    /** The same inside the caller's transaction, so the refusal is audited with it. */
    boolean confirmPassword(Transaction tx, Actor actor, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        Optional<UserAccount> user = ctx.users.byId(tx, actor.userId());
        Optional<String> hash = ctx.users.passwordHash(tx, actor.userId());
        return user.isPresent() && user.get().active() && hash.isPresent() && ctx.credentials.matches(password, hash.get());
    }

    /**
     * SIG-2 and PWD-5 at the moment of signing, inside the caller's transaction: the signer's
     * password must match, and a password set from a one-time code must have been used to log in
     * once. A refusal is for the caller to audit ({@link #refusalReason}); the first signature
     * after a code is audited here, naming the code, so the trail links the reset to it.
     */
    Optional<Refusal> signatureRefusal(Transaction tx, Actor actor, String password) {
        if (!confirmPassword(tx, actor, password)) {
            return Optional.of(Refusal.of("SIG-2", "signature.passwordWrong"));
        }
        Optional<ResetCodeStore.CodeReset> reset = ctx.resetCodes.latestUsed(tx, actor.userId());
        if (reset.isEmpty()) {
            return Optional.empty();
        }
        ResetCodeStore.CodeReset r = reset.get();
        if (r.firstLoginAt() == null) {
            return Optional.of(Refusal.of("PWD-5", "signature.afterReset", r.issuedBy(), moment(r.issuedAt()), moment(r.passwordSetAt())));
        }
        if (r.firstSignedAt() == null) {
            Instant now = ctx.clock.instant();
            ctx.resetCodes.firstSigned(tx, r.id(), now);
            ctx.audit.record(tx, actor, "FIRST_SIGNATURE_AFTER_RESET", "user", actor.userId(), null, codeName(r.id())
                    + "; issued by " + r.issuedByUsername() + " at " + r.issuedAt() + "; password set at " + r.passwordSetAt()
                    + "; first login at " + r.firstLoginAt(), null);
        }
        return Optional.empty();
    }

    /** The audit reason for a refused signature, by its rule. */
    static String refusalReason(Refusal refusal) {
        return "PWD-5".equals(refusal.ruleId()) ? "PWD-5: password set from a one-time code, not yet used to log in" : "SIG-2: password wrong";
    }

    /**
     * PWD-5: a login at the login screen with a password set from a one-time code, the first since
     * it was set: marks it, which releases the account's signatures, and says who issued the code.
     * Unlocking a screen or confirming as signer at another's workstation is not that login: the
     * login screen is where the notice is shown.
     */
    private Optional<LoginResult.ResetNotice> firstLoginAfterReset(Transaction tx, UserAccount user, String action, Instant now) {
        if (!action.equals("LOGIN")) {
            return Optional.empty();
        }
        Optional<ResetCodeStore.CodeReset> reset = ctx.resetCodes.latestUsed(tx, user.id()).filter(r -> r.firstLoginAt() == null);
        reset.ifPresent(r -> ctx.resetCodes.firstLogin(tx, r.id(), now));
        return reset.map(r -> new LoginResult.ResetNotice(r.id(), r.issuedBy(), r.issuedByUsername(), r.issuedAt(), r.passwordSetAt()));
    }

    /**
     * A moment in the clinic's zone, for a sentence: the reader's language words it with the one
     * 24-hour clock every screen uses (issue 15, item 10), so the service formats nothing itself.
     */
    private java.time.ZonedDateTime moment(Instant at) {
        return at.atZone(ctx.clock.getZone());
    }

    /** How the audit trail names a one-time code, in every event about it (PWD-5). */
    static String codeName(long codeId) {
        return "code #" + codeId;
    }

    /**
     * What the password policy says of a password being chosen, before anything is saved, so a form
     * can show it beside its other problems at once (issue 15, item 8) instead of one per click.
     */
    public Optional<Refusal> passwordProblem(String username, String password) {
        return ctx.database.read(tx -> ctx.credentials.policy(tx).check(password == null ? "" : password,
                username == null ? "" : username.strip()));
    }

    /** The minimum password length in force, for hints on screen. */
    public int passwordMinLength() {
        return ctx.database.read(tx -> ctx.credentials.policy(tx).minLength());
    }
}
