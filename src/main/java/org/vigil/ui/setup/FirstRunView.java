package org.vigil.ui.setup;

import java.util.function.Consumer;
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
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.service.Services;
import org.vigil.ui.common.EnterChooses;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.LanguageChooser;
import org.vigil.ui.common.UiContext;

/** The very first start: name the clinic and create the first administrator. */
public final class FirstRunView {

    private final VBox root = new VBox(12);
    private final TextField clinicName = new TextField();
    private final TextField fullName = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Label general = FormField.messageLine("setupError");
    private final Button create = new Button();

    public FirstRunView(Services services, UiContext ui, Consumer<Actor> onDone) {
        clinicName.setId("clinicName");
        fullName.setId("adminFullName");
        username.setId("adminUsername");
        password.setId("adminPassword");
        confirm.setId("adminPasswordConfirm");
        create.setId("createClinic");

        Label title = new Label(ui.text("setup.title"));
        title.getStyleClass().add("screen-title");
        Label intro = new Label(ui.text("setup.intro"));
        intro.setWrapText(true);

        FormField clinicField = new FormField(clinicName).label(ui.text("setup.clinicName"));
        FormField fullNameField = new FormField(fullName).label(ui.text("user.fullName"));
        FormField usernameField = new FormField(username).label(ui.text("user.username")).hint(ui.text("user.username.hint"));
        FormField passwordField = new FormField(password).label(ui.text("password.new"));
        FormField confirmField = new FormField(confirm).label(ui.text("password.confirm"));
        ui.background().run(() -> services.setup().passwordMinLength(),
                min -> passwordField.hint(ui.text("password.hint", min)), general::setText);

        create.setText(ui.text("setup.create"));
        create.setDefaultButton(true);
        create.setOnAction(e -> {
            for (FormField f : new FormField[] {clinicField, fullNameField, usernameField, passwordField, confirmField}) {
                f.clearError();
            }
            general.setText("");
            if (!password.getText().equals(confirm.getText())) {
                confirmField.showError(ui.text("password.mismatch"));
                return;
            }
            create.setDisable(true);
            String c = clinicName.getText();
            String u = username.getText();
            String n = fullName.getText();
            String p = password.getText();
            ui.background().run(() -> services.setup().setUp(c, u, n, p), outcome -> {
                create.setDisable(false);
                new FormMessages(ui, general::setText).keyPrefix("setup.clinicName", clinicField).keyPrefix("user.username", usernameField)
                        .keyPrefix("user.fullName", fullNameField).keyPrefix("password.", passwordField).show(outcome, onDone);
            }, message -> {
                create.setDisable(false);
                general.setText(message);
            });
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, LanguageChooser.create(ui));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(10, top, intro, clinicField, sectionTitle(ui.text("setup.adminHeading")), fullNameField, usernameField,
                passwordField, confirmField, general, create);
        form.getStyleClass().add("card");
        form.setMaxWidth(560);
        form.setPadding(new Insets(28));
        root.getChildren().add(form);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(30));
        root.getStyleClass().add("screen-background");
        EnterChooses.within(root);
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public Parent root() {
        return root;
    }
}
