package org.vigil.ui.session;

import javafx.scene.control.Button;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionState;

/** The patient has arrived: check-in opens the session and its record of who did what when. */
final class CheckInStep extends Step {

    private final Button checkIn = new Button();
    private final javafx.scene.control.Label why = hint("checkInWhy");

    CheckInStep(SessionActions actions) {
        super(actions, "stepCheckIn");
        checkIn.setId("checkIn");
        checkIn.getStyleClass().add("primary-action");
        checkIn.setText(ui.text("sessionScreen.checkIn"));
        checkIn.setOnAction(e -> actions.run("checkIn", (engine, actor, id, request) -> engine.startSession(actor, id, request), message));
        javafx.scene.control.Label intro = line(null);
        intro.setText(ui.text("sessionScreen.checkIn.intro"));
        body.getChildren().addAll(intro, checkIn, why, message);
    }

    @Override
    boolean applies(SessionMoment m) {
        return m.snapshot().state() == SessionState.BOOKED;
    }

    @Override
    boolean current(SessionMoment m) {
        return true;
    }

    @Override
    void show(SessionMoment m) {
        pane.setText(ui.text("sessionScreen.step.checkIn"));
        SessionEvent probe = new SessionEvent.CheckedIn(m.now(), false);
        checkIn.setDisable(!m.allows(probe));
        why.setText(why(m, probe));
    }
}
