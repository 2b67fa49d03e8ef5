package org.vigil.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SigningRight;
import org.vigil.service.Accounts;
import org.vigil.service.SessionView;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.SignatureDialog;
import org.vigil.ui.common.UiContext;

/**
 * What the step panels ask the session's view model for, with the controls that belong to an
 * action: the message line it writes in, and the signature dialog (SIG-1/SIG-2) of a signed one.
 * The commands themselves, their request ids and where the reply goes are the view model's.
 */
final class SessionActions {

    private final SessionViewModel model;
    private final Accounts accounts;
    private final Supplier<Actor> actor;

    SessionActions(SessionViewModel model, Accounts accounts, Supplier<Actor> actor) {
        this.model = model;
        this.accounts = accounts;
        this.actor = actor;
    }

    UiContext ui() {
        return model.ui();
    }

    /** @see SessionViewModel#run */
    void run(Object payload, SessionViewModel.Action action, Runnable onDone, Consumer<Refusal> onRefused, Consumer<String> onFault) {
        model.run(payload, action, onDone, onRefused, onFault);
    }

    void run(Object payload, SessionViewModel.Action action, Consumer<Refusal> onRefused, Consumer<String> onFault) {
        model.run(payload, action, () -> { }, onRefused, onFault);
    }

    /** The same, with the refusal or fault written in one message line that is cleared first. */
    void run(Object payload, SessionViewModel.Action action, Label message) {
        FormMessages messages = new FormMessages(ui(), message::setText);
        messages.clear();
        run(payload, action, messages::refusal, messages::fault);
    }

    /** DIS-3: prints the patient's advice and, once printed, records it; what happened is said in the message line. */
    void printDischargeAdvice(org.vigil.ui.register.RegisterPrintModel.Printer printer, Label message) {
        FormMessages messages = new FormMessages(ui(), message::setText);
        messages.clear();
        model.printDischargeAdvice(printer, message::setText, messages::refusal, messages::fault);
    }

    /**
     * Opens the signature dialog for a signed action; the dialog shows refusals and stays open,
     * and the reply goes where every other action's goes once signed.
     *
     * @param right who may give it: the people the dialog offers
     * @param extra fields the signature covers (a reason), or null
     * @param prepare reads those fields on the JavaFX thread; empty when they show what is missing
     */
    void sign(SigningRight right, String meaning, Node extra, Object payload, Supplier<Optional<SessionViewModel.SignedAction>> prepare) {
        SignatureDialog<SessionView> dialog = new SignatureDialog<>(ui(), accounts, meaning, actor.get(), right);
        if (extra != null) {
            dialog.with(extra);
        }
        dialog.showAndWait(() -> prepare.get().map(action -> model.signing(payload, action))).ifPresent(model::answered);
    }

    /** The same, signed by a witness (CD-5, SIG-2): another user chooses or types their user name, and their password. */
    void witness(String meaning, Node extra, Object payload, Supplier<Optional<SessionViewModel.SignedAction>> prepare) {
        sign(SigningRight.WITNESS, meaning, extra, payload, prepare);
    }

    /**
     * The people who hold a signing right (the clinic's prescribers, say), by name, for a choice
     * at the chair; nothing is handed on when they cannot be listed, and the field stays typed.
     */
    void signatories(SigningRight right, Consumer<List<Accounts.Signatory>> onLoaded) {
        Actor who = actor.get();
        if (!who.may(Permission.RECORD_CLINICAL)) {
            // A manager reading the session records nothing here; asking would only audit a refusal.
            return;
        }
        ui().background().run(() -> accounts.signatories(who, right), outcome -> {
            if (outcome.isDone()) {
                onLoaded.accept(outcome.value());
            }
        }, fault -> onLoaded.accept(List.of()));
    }

    /** Who is logged in at this workstation: the one acting while a witness signs. */
    Actor actor() {
        return actor.get();
    }
}
