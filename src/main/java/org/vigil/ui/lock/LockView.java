package org.vigil.ui.lock;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.service.LoginResult;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * The locked screen. It shows no patient data and no names but the clock; the same or another
 * user unlocks it with their password.
 */
public final class LockView {

    private final UiContext ui;
    private final StackPane root = new StackPane();
    private final Label clock = new Label();

    private final Label hint = FormField.messageLine("lockHint");

    /**
     * @param floorWatch the de-identified list of what is due on which chair, so the floor is
     *     still watched while the screen is locked (issue 5)
     */
    public LockView(Services services, UiContext ui, Actor lockedBy, Instant lockedAt, Consumer<Actor> onUnlocked, Node floorWatch) {
        this.ui = ui;
        root.setId("lockScreen");
        root.getStyleClass().addAll("screen-background", "lock-screen");
        root.setPadding(new Insets(30));
        Label title = new Label(ui.text("lock.title"));
        title.getStyleClass().add("screen-title");
        Label since = new Label(ui.text("lock.since", ui.times().time(lockedAt)));
        since.setWrapText(true);
        since.setMinHeight(Region.USE_PREF_SIZE);
        clock.getStyleClass().add("lock-clock");
        clock.setId("lockClock");
        TextField username = new TextField(lockedBy.username());
        username.setId("unlockUsername");
        PasswordField password = new PasswordField();
        password.setId("unlockPassword");
        Label general = FormField.messageLine("unlockError");
        Button unlock = new Button(ui.text("lock.unlock"));
        unlock.setId("unlock");
        unlock.setDefaultButton(true);
        unlock.setMaxWidth(Double.MAX_VALUE);
        unlock.setOnAction(e -> {
            general.setText("");
            String name = username.getText();
            String secret = password.getText();
            ui.background().run(() -> services.accounts().unlockScreen(name, secret), result -> {
                switch (result) {
                    case LoginResult.Granted granted -> onUnlocked.accept(granted.actor());
                    case LoginResult.NewPasswordNeeded needed -> general.setText(ui.text("lock.codeAtLogin"));
                    case LoginResult.Denied denied -> general.setText(ui.messages().refusal(denied.refusal()));
                }
                password.clear();
            }, general::setText);
        });
        VBox form = new VBox(10, title, clock, since,
                new FormField(username).label(ui.text("user.username")),
                new FormField(password).label(ui.text("login.password")), general, unlock);
        form.getStyleClass().add("card");
        form.setMaxWidth(400);
        form.setMaxHeight(Region.USE_PREF_SIZE);
        form.setPadding(new Insets(28));
        form.setAlignment(Pos.CENTER_LEFT);
        VBox watch = new VBox(8, floorWatch, hint);
        watch.getStyleClass().add("card");
        watch.setPadding(new Insets(20));
        watch.setMaxWidth(460);
        watch.setMaxHeight(Region.USE_PREF_SIZE);
        HBox both = new HBox(24, form, watch);
        both.setAlignment(Pos.CENTER);
        root.getChildren().add(both);
        tick();
        password.requestFocus();
    }

    /** A sentence under the floor list, e.g. that acknowledging an alarm needs the screen unlocked. */
    public void hint(String text) {
        hint.setText(text);
    }

    public void tick() {
        clock.setText(ui.times().timeWithSeconds(ui.clock().instant()));
    }

    public Parent root() {
        return root;
    }
}
