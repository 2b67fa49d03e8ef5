package org.vigil.ui.admin;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Clinic;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * The clinic's own details that are not protocol numbers: its name, and the telephone number
 * patients are told to call on the discharge advice (DIS-3). A wrong number is said next to the
 * field, which keeps what was typed.
 */
final class ClinicView {

    private final VBox root = new VBox(10);

    ClinicView(Services services, UiContext ui, Supplier<Actor> actor) {
        root.setPadding(new Insets(14));
        root.setId("clinicDetails");
        Label name = new Label();
        name.setId("clinicName");
        name.getStyleClass().add("section-title");
        TextField phone = new TextField();
        phone.setId("clinicPhone");
        phone.setPrefColumnCount(20);
        phone.setMaxWidth(320);
        FormField phoneField = new FormField(phone).label(ui.text("admin.clinic.phone")).hint(ui.text("admin.clinic.phone.hint"));
        Label result = new Label();
        result.setId("clinicPhoneResult");
        result.setWrapText(true);
        ui.background().run(() -> services.setup().clinic(), clinic -> clinic.ifPresent(c -> {
            name.setText(c.name());
            phone.setText(c.phone());
        }), result::setText);
        Button save = new Button(ui.text("admin.clinic.save"));
        save.setId("saveClinicPhone");
        save.setOnAction(e -> {
            phoneField.clearError();
            result.setText("");
            String typed = phone.getText();
            FormMessages answer = new FormMessages(ui, result::setText).keyPrefix("clinic.phone", phoneField);
            ui.background().run(() -> services.setup().changePhone(actor.get(), typed),
                    outcome -> answer.show(outcome, (Clinic c) -> result.setText(ui.text("admin.clinic.saved",
                            c.phone().isEmpty() ? "—" : c.phone()))), answer::fault);
        });
        root.getChildren().addAll(name, phoneField, save, result);
    }

    Parent root() {
        return root;
    }
}
