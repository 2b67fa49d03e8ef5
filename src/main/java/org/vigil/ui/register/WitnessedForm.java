package org.vigil.ui.register;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.SigningRight;
import org.vigil.service.Accounts;
import org.vigil.ui.common.UiContext;

/**
 * A register form a second person witnesses (CD-2, CD-5, SIG-2): the witness types their own
 * user name and password at this workstation, is authenticated at that moment, and the action
 * runs with them as the witness. Their password is cleared after any refusal. The people who may
 * witness (another user who handles stock, SIG-2, CD-5) are offered by name, as the session's
 * signature dialog offers its signers; the field starts empty, since the witness is never the user.
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
    private final Supplier<Actor> asking;
    private final ReadOnlyObjectWrapper<List<Accounts.Signatory>> witnesses = new ReadOnlyObjectWrapper<>(List.of());
    private final F userField;
    private final F passwordField;

    WitnessedForm(UiContext ui, Class<F> fields, Accounts accounts, Supplier<Actor> asking, F userField, F passwordField) {
        super(ui, fields);
        this.accounts = accounts;
        this.asking = asking;
        this.userField = userField;
        this.passwordField = passwordField;
        place("register.witness.", userField);
        place("login.", passwordField);
        place("login.locked", userField);
        place("signature.passwordWrong", passwordField);
    }

    /** The people who may witness for the user at the keyboard, by name; empty until asked, or when they cannot be listed. */
    ReadOnlyObjectProperty<List<Accounts.Signatory>> witnessesProperty() {
        return witnesses.getReadOnlyProperty();
    }

    /**
     * Asks, in the background, who may witness (SigningRight.WITNESS: another user who may handle
     * stock, never the user at the keyboard). When they cannot be listed the witness types a user
     * name, as before; the service checks whoever signs either way (SIG-2, ROLE-2).
     */
    void offerWitnesses() {
        Actor who = asking.get();
        if (!who.may(Permission.RECORD_CLINICAL)) {
            // The list is the clinical staff's: asking would only audit a refusal.
            return;
        }
        ui.background().run(() -> accounts.signatories(who, SigningRight.WITNESS), outcome -> {
            if (outcome.isDone()) {
                witnesses.set(outcome.value());
            }
        }, fault -> witnesses.set(List.of()));
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
