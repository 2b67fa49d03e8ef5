package org.vigil.ui.patients;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PossibleDuplicate;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * Registering a patient. A possible duplicate is shown with the choice to open the existing
 * record, or, for a same name and birth date only, to confirm this is another person.
 */
final class RegistrationView {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final LongConsumer open;
    private final BorderPane root = new BorderPane();
    private final PatientForm form;
    private final VBox duplicates = new VBox(6);
    private final Label message = FormField.messageLine("registrationMessage");
    private final FormMessages messages;

    RegistrationView(Services services, UiContext ui, Supplier<Actor> actor, LongConsumer open, Runnable cancel) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.open = open;
        this.form = new PatientForm(ui);
        this.messages = new FormMessages(ui, message::setText);
        form.attach(messages);
        Label title = new Label(ui.text("patients.new.title"));
        title.getStyleClass().add("screen-title");
        Button save = new Button(ui.text("patients.register"));
        save.setId("registerPatient");
        save.setDefaultButton(true);
        save.setOnAction(e -> save(false));
        Button back = new Button(ui.text("action.cancel"));
        back.setId("cancelRegistration");
        back.setOnAction(e -> cancel.run());
        duplicates.setId("duplicates");
        duplicates.getStyleClass().add("duplicates");
        duplicates.managedProperty().bind(duplicates.visibleProperty());
        duplicates.setVisible(false);
        HBox actions = new HBox(8, save, back);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, duplicates, message);
        top.setPadding(new Insets(14, 14, 0, 14));
        root.setTop(top);
        root.setCenter(form.root());
        HBox bottom = new HBox(actions);
        bottom.setPadding(new Insets(10, 14, 14, 14));
        root.setBottom(bottom);
    }

    Parent root() {
        return root;
    }

    private void save(boolean differentPerson) {
        messages.clear();
        duplicates.setVisible(false);
        Patient patient = form.readOrShowAll(messages, services).orElse(null);
        if (patient == null) {
            return;
        }
        ui.background().run(() -> services.patients().register(actor.get(), patient, differentPerson),
                outcome -> messages.show(outcome, registration -> {
                    switch (registration) {
                        case Registration.Saved saved -> open.accept(saved.patient().id());
                        case Registration.PossibleDuplicates found -> showDuplicates(found);
                    }
                }), messages::fault);
    }

    private void showDuplicates(Registration.PossibleDuplicates found) {
        duplicates.getChildren().clear();
        Label heading = new Label(ui.text(found.confirmable() ? "patients.duplicate.maybe" : "patients.duplicate.blocked"));
        heading.getStyleClass().add("section-title");
        duplicates.getChildren().add(heading);
        for (PossibleDuplicate candidate : found.candidates()) {
            String why = String.join(" ", candidate.refusals().stream().map(ui.messages()::refusal).toList());
            Button openExisting = new Button(ui.text("patients.duplicate.open"));
            openExisting.setId("openExisting-" + candidate.existing().id());
            openExisting.setOnAction(e -> open.accept(candidate.existing().id()));
            Label text = new Label(why);
            text.setWrapText(true);
            HBox line = new HBox(10, openExisting, text);
            line.setAlignment(Pos.CENTER_LEFT);
            duplicates.getChildren().add(line);
        }
        if (found.confirmable()) {
            Button anyway = new Button(ui.text("patients.duplicate.different"));
            anyway.setId("registerAnyway");
            anyway.setOnAction(e -> save(true));
            duplicates.getChildren().add(anyway);
        }
        duplicates.setVisible(true);
    }
}
