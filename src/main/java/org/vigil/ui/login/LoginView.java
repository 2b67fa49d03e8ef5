package org.vigil.ui.login;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.vigil.demo.DemoClinic;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.service.LoginResult;
import org.vigil.service.Services;
import org.vigil.ui.common.EnterChooses;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.LanguageChooser;
import org.vigil.ui.common.UiContext;

/**
 * The login screen. A one-time code from an administrator typed as the password leads to
 * choosing a new password, and only then into the clinic.
 */
public final class LoginView {

    /** Read on the database thread, where work queued before the database opened runs after it (paint-first start). */
    private final Supplier<Services> services;
    private final UiContext ui;
    private final Consumer<Actor> onLoggedIn;
    private final StackPane root = new StackPane();
    private final Label clinic = new Label();

    public LoginView(Services services, UiContext ui, boolean demo, Consumer<Actor> onLoggedIn) {
        this(() -> services, ui, demo, onLoggedIn);
    }

    /**
     * The login screen shown as the window opens, before the database has (issue 15): the fields
     * take typing at once and a login sent meanwhile waits in the database thread's queue behind
     * the opening, so it is answered, never lost. Until the clinic's name is read the line under
     * the title says the database is opening.
     */
    public LoginView(Supplier<Services> services, UiContext ui, boolean demo, Consumer<Actor> onLoggedIn) {
        this.services = services;
        this.ui = ui;
        this.onLoggedIn = onLoggedIn;
        root.getStyleClass().add("screen-background");
        // Issue 15, item 9: choosing a language by keyboard is not a login attempt.
        EnterChooses.within(root);
        root.setPadding(new Insets(30));
        clinic.getStyleClass().add("clinic-name");
        clinic.setId("loginClinic");
        clinic.setText(ui.text("login.opening"));
        clinic.setWrapText(true);
        ui.background().run(() -> services.get().setup().clinic().map(c -> c.name()).orElse(""), clinic::setText, clinic::setText);
        showLogin(demo);
    }

    public Parent root() {
        return root;
    }

    private void showLogin(boolean demo) {
        TextField username = new TextField();
        username.setId("username");
        PasswordField password = new PasswordField();
        password.setId("password");
        Label general = FormField.messageLine("loginError");
        Button login = new Button(ui.text("login.action"));
        login.setId("login");
        login.setDefaultButton(true);
        login.setMaxWidth(Double.MAX_VALUE);

        Label title = new Label(ui.text("login.title"));
        title.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, LanguageChooser.create(ui));
        top.setAlignment(Pos.CENTER_LEFT);

        VBox form = new VBox(10, top, clinic,
                new FormField(username).label(ui.text("user.username")),
                new FormField(password).label(ui.text("login.password")),
                general, login);
        if (demo) {
            Label hint = new Label(ui.text("login.demoHint", DemoClinic.PASSWORD));
            hint.getStyleClass().add("field-hint");
            hint.setWrapText(true);
            form.getChildren().add(hint);
        }
        card(form);

        login.setOnAction(e -> {
            general.setText("");
            login.setDisable(true);
            String name = username.getText();
            String secret = password.getText();
            ui.background().run(() -> services.get().accounts().login(name, secret), result -> {
                login.setDisable(false);
                switch (result) {
                    case LoginResult.Granted granted when granted.resetNotice().isPresent() ->
                            showResetNotice(granted.resetNotice().get(), granted.actor());
                    case LoginResult.Granted granted -> onLoggedIn.accept(granted.actor());
                    case LoginResult.NewPasswordNeeded needed -> showChoosePassword(needed.username(), secret);
                    case LoginResult.Denied denied -> {
                        general.setText(ui.messages().refusal(denied.refusal()));
                        password.clear();
                        password.requestFocus();
                    }
                }
            }, message -> {
                login.setDisable(false);
                general.setText(message);
            });
        });
        username.requestFocus();
        // Built before it is in the window: the user name takes the first keys as soon as the screen is shown (issue 15).
        username.sceneProperty().addListener((obs, old, scene) -> {
            if (old == null && scene != null) {
                username.requestFocus();
            }
        });
    }

    private void showChoosePassword(String username, String code) {
        PasswordField password = new PasswordField();
        password.setId("newPassword");
        PasswordField confirm = new PasswordField();
        confirm.setId("newPasswordConfirm");
        Label general = FormField.messageLine("general");
        FormField passwordField = new FormField(password).label(ui.text("password.new"));
        FormField confirmField = new FormField(confirm).label(ui.text("password.confirm"));
        ui.background().run(() -> services.get().accounts().passwordMinLength(),
                min -> passwordField.hint(ui.text("password.hint", min)), general::setText);
        Button save = new Button(ui.text("password.choose.action"));
        save.setId("choosePassword");
        save.setDefaultButton(true);
        Label title = new Label(ui.text("password.choose.title"));
        title.getStyleClass().add("screen-title");
        Label intro = new Label(ui.text("password.choose.intro", username));
        intro.setWrapText(true);
        card(new VBox(10, title, intro, passwordField, confirmField, general, save));

        save.setOnAction(e -> {
            passwordField.clearError();
            confirmField.clearError();
            general.setText("");
            if (!password.getText().equals(confirm.getText())) {
                confirmField.showError(ui.text("password.mismatch"));
                // Issue 15, item 8: the new password's own problem too, not on the next click.
                String typed = password.getText();
                ui.background().run(() -> services.get().accounts().passwordProblem(username, typed),
                        weak -> weak.ifPresent(r -> passwordField.showError(ui.messages().refusal(r))), general::setText);
                return;
            }
            String chosen = password.getText();
            ui.background().run(() -> services.get().accounts().completeReset(username, code, chosen), outcome -> {
                new FormMessages(ui, general::setText).keyPrefix("password.", passwordField).show(outcome, onLoggedIn);
            }, general::setText);
        });
    }

    /**
     * PWD-5: the first login with a password set from a one-time code says who issued the code and
     * when, so that an owner who did not set the password knows someone else does.
     */
    private void showResetNotice(LoginResult.ResetNotice notice, Actor actor) {
        Label title = new Label(ui.text("login.resetNotice.title"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label text = new Label(ui.text("login.resetNotice.text", notice.issuedBy(), notice.issuedByUsername(),
                ui.times().dateTime(notice.passwordSetAt()), ui.times().dateTime(notice.issuedAt())));
        text.setId("resetNotice");
        text.setWrapText(true);
        Button go = new Button(ui.text("login.resetNotice.continue"));
        go.setId("resetNoticeContinue");
        go.setDefaultButton(true);
        go.setOnAction(e -> onLoggedIn.accept(actor));
        card(new VBox(12, title, text, go));
        go.requestFocus();
    }

    private void card(VBox form) {
        form.getStyleClass().add("card");
        form.setMaxWidth(440);
        form.setMaxHeight(Region.USE_PREF_SIZE);
        form.setPadding(new Insets(28));
        root.getChildren().setAll(form);
    }
}
