package org.vigil.service;

import java.time.Instant;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Refusal;

/** What the login screen does next. */
public sealed interface LoginResult {

    /**
     * Password accepted.
     *
     * @param resetNotice PWD-5: on the first login with a password set from a one-time code,
     *     who issued the code and when, so that an owner who did not set it knows at once
     */
    record Granted(Actor actor, Optional<ResetNotice> resetNotice) implements LoginResult {
        public Granted(Actor actor) {
            this(actor, Optional.empty());
        }
    }

    /**
     * PWD-5: the password now in use was set with a one-time code.
     *
     * @param codeId the code's ID, as the audit trail names it ("code #12")
     * @param issuedBy the administrator who issued the code, by full name
     */
    record ResetNotice(long codeId, String issuedBy, String issuedByUsername, Instant issuedAt, Instant passwordSetAt) {}

    /** A valid one-time code: the user must choose a new password before anything else. */
    record NewPasswordNeeded(String username) implements LoginResult {}

    /** Wrong name or password, account locked or deactivated. */
    record Denied(Refusal refusal) implements LoginResult {}
}
