package org.vigil.ui.setup;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.SetupField;
import org.vigil.service.Services;
import org.vigil.ui.common.EnterChooses;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.LanguageChooser;
import org.vigil.ui.common.UiContext;

/** The very first start: name the clinic and create the first administrator. */
public final class FirstRunView {

    /** The confirmation field, which only the form knows: the service sees one password. */
    private static final String PASSWORD_AGAIN = "passwordAgain";
    /**
     * A card as tall as the form with a message under every field, so the button at its foot never moves;
     * smaller windows shrink it and the fields scroll. A layout size, not a clinical number.
     */
    private static final double CARD_HEIGHT = 740;

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
        FormMessages messages = new FormMessages(ui, general::setText).field(SetupField.CLINIC_NAME, clinicField)
                .field(SetupField.FULL_NAME, fullNameField).field(SetupField.USERNAME, usernameField)
                .field(SetupField.PASSWORD, passwordField).field(PASSWORD_AGAIN, confirmField);
        create.setOnAction(e -> {
            messages.clear();
            create.setDisable(true);
            String c = clinicName.getText();
            String u = username.getText();
            String n = fullName.getText();
            String p = password.getText();
            // Issue 15, item 8: two passwords that differ are shown with every other problem of the form, not instead of them.
            List<FieldProblem<?>> found = p.equals(confirm.getText()) ? List.of()
                    : List.of(FieldProblem.of(PASSWORD_AGAIN, "PWD-1", "password.mismatch"));
            Runnable enable = () -> create.setDisable(false);
            if (found.isEmpty()) {
                ui.background().run(() -> services.setup().setUp(c, u, n, p), outcome -> {
                    enable.run();
                    messages.show(outcome, onDone);
                }, message -> {
                    enable.run();
                    messages.fault(message);
                });
            } else {
                ui.background().run(() -> services.setup().problems(c, u, n, p), fromService -> {
                    enable.run();
                    messages.problems(found, fromService);
                }, message -> {
                    enable.run();
                    messages.fault(message);
                });
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, LanguageChooser.create(ui));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox fields = new VBox(10, intro, clinicField, sectionTitle(ui.text("setup.adminHeading")), fullNameField, usernameField,
                passwordField, confirmField, general);
        fields.setPadding(new Insets(0, 4, 0, 0));
        // The fields scroll; the button keeps its place at the foot of the card however many messages appear.
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setId("setupFields");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // The card colour behind the fields, as Modena derives text and border colours from -fx-background.
        scroll.setStyle("-fx-background-color: transparent; -fx-background: -vigil-card;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox footer = new HBox(create);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(12, top, scroll, footer);
        form.getStyleClass().add("card");
        form.setMaxWidth(560);
        form.setMaxHeight(CARD_HEIGHT);
        form.setPrefHeight(CARD_HEIGHT);
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
