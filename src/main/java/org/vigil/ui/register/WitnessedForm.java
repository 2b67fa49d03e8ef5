package org.vigil.ui.register;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.service.Accounts;
import org.vigil.ui.common.UiContext;

/**
 * A register form a second person witnesses (CD-2, CD-5, SIG-2): the witness types their own
 * user name and password at this workstation, is authenticated at that moment, and the action
 * runs with them as the witness. Their password is cleared after any refusal.
 */
abstract class WitnessedForm<F extends Enum<F>, T> extends RegisterForm<F, T> {

    /** The witnessed action, run as the witness authenticated here, with their password. */
    @FunctionalInterface
    interface Witnessed<T> {
        Outcome<T> sign(Actor witness, String password) throws Exception;
    }

    final StringProperty witnessUser = typed();
    final StringProperty witnessPassword = typed();

    private final Accounts accounts;
    private final F userField;
    private final F passwordField;

    WitnessedForm(UiContext ui, Class<F> fields, Accounts accounts, F userField, F passwordField) {
        super(ui, fields);
        this.accounts = accounts;
        this.userField = userField;
        this.passwordField = passwordField;
        place("register.witness.", userField);
        place("login.", passwordField);
        place("login.locked", userField);
        place("signature.passwordWrong", passwordField);
    }

    /** Marks blank witness fields; returns the action to run once the rest of the form was read without a wrong field. */
    protected final Optional<Callable<Outcome<T>>> witnessedBy(Witnessed<T> action) {
        String user = text(userField, witnessUser, Integer.MAX_VALUE, true);
        String password = witnessPassword.get();
        if (password.isEmpty()) {
            wrong(passwordField, "registerScreen.witness.passwordRequired");
        }
        if (anyWrong()) {
            return Optional.empty();
        }
        return Optional.of(() -> {
            Outcome<Actor> witness = accounts.signer(user, password);
            return witness.isDone() ? action.sign(witness.value(), password) : witness.notDone();
        });
    }

    @Override
    protected void afterRefusal() {
        witnessPassword.set("");
    }
}
