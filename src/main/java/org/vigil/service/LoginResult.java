package org.vigil.service;

import org.vigil.domain.Actor;
import org.vigil.domain.Refusal;

/** What the login screen does next. */
public sealed interface LoginResult {

    /** Password accepted. */
    record Granted(Actor actor) implements LoginResult {}

    /** A valid one-time code: the user must choose a new password before anything else. */
    record NewPasswordNeeded(String username) implements LoginResult {}

    /** Wrong name or password, account locked or deactivated. */
    record Denied(Refusal refusal) implements LoginResult {}
}
