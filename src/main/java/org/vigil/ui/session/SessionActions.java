package org.vigil.ui.session;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.service.Services;
import org.vigil.service.SessionEngine;
import org.vigil.service.SessionView;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.SignatureDialog;
import org.vigil.ui.common.UiContext;

/**
 * Every action of the session screen goes through here: off the JavaFX thread (the FX thread
 * never waits on the database), with a request id per user action (RequestIds), and back with
 * either the new session view, which the whole screen then shows, or the service's refusal for
 * the control that asked.
 */
final class SessionActions {

    /** One call of the session engine as the logged-in user. */
    @FunctionalInterface
    interface Action {
        Outcome<SessionView> call(SessionEngine engine, Actor actor, long sessionId, String requestId) throws Exception;
    }

    /** One signed call (SIG-2), as the signer authenticated in the dialog, with their password. */
    @FunctionalInterface
    interface SignedAction {
        Outcome<SessionView> call(SessionEngine engine, Actor signer, String password, long sessionId, String requestId) throws Exception;
    }

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final long sessionId;
    private final Consumer<SessionView> onView;
    private final RequestIds ids = new RequestIds();

    SessionActions(Services services, UiContext ui, Supplier<Actor> actor, long sessionId, Consumer<SessionView> onView) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.sessionId = sessionId;
        this.onView = onView;
    }

    UiContext ui() {
        return ui;
    }

    /**
     * @param payload what the user submitted, for recognising a retry of the same submission
     * @param onDone after the screen shows the new view, e.g. clears the entry that was taken
     * @param onRefused gets the service's refusal, to show next to the control
     * @param onFault gets the sentence for a fault (the stack trace is in the log)
     */
    void run(Object payload, Action action, Runnable onDone, Consumer<Refusal> onRefused, Consumer<String> onFault) {
        String requestId = ids.idFor(payload);
        Actor who = actor.get();
        SessionEngine engine = services.sessions();
        ui.background().run(() -> {
            Outcome<SessionView> outcome = action.call(engine, who, sessionId, requestId);
            ids.settled(requestId);
            return outcome;
        }, outcome -> {
            switch (outcome) {
                case Outcome.Done<SessionView> done -> {
                    onView.accept(done.value());
                    onDone.run();
                }
                case Outcome.Refused<SessionView> refused -> onRefused.accept(refused.refusal());
                // A field problem is a refusal about one control: the step places each as it places a refusal.
                case Outcome.Invalid<SessionView> invalid -> invalid.problems().forEach(p -> onRefused.accept(p.refusal()));
            }
        }, onFault);
    }

    void run(Object payload, Action action, Consumer<Refusal> onRefused, Consumer<String> onFault) {
        run(payload, action, () -> { }, onRefused, onFault);
    }

    /** The same, with the refusal or fault written in one message line that is cleared first. */
    void run(Object payload, Action action, Label message) {
        FormMessages messages = new FormMessages(ui, message::setText);
        messages.clear();
        run(payload, action, messages::refusal, messages::fault);
    }

    /**
     * Opens the signature dialog (SIG-1/SIG-2) for a signed action; the dialog shows refusals and
     * stays open, and the screen shows the new view once signed.
     *
     * @param extra fields the signature covers (a reason), or null
     * @param prepare reads those fields on the JavaFX thread; empty when they show what is missing
     */
    void sign(String meaning, Node extra, Object payload, Supplier<Optional<SignedAction>> prepare) {
        SignatureDialog<SessionView> dialog = new SignatureDialog<>(ui, services.accounts(), meaning, actor.get().username());
        if (extra != null) {
            dialog.with(extra);
        }
        SessionEngine engine = services.sessions();
        dialog.showAndWait(() -> prepare.get().map(action -> (signer, password) -> {
            String requestId = ids.idFor(java.util.List.of(payload, signer.username()));
            Outcome<SessionView> outcome = action.call(engine, signer, password, sessionId, requestId);
            ids.settled(requestId);
            return outcome;
        })).ifPresent(onView);
    }
}
