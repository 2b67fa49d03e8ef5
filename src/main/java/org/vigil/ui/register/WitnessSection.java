package org.vigil.ui.register;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.ui.common.UiContext;

/**
 * SIG-2 in a register dialog: the witness, another user, types their own user name and password
 * at this workstation. Nothing is prefilled, so the witness cannot be the user by default.
 */
final class WitnessSection {

    private WitnessSection() {}

    static <F extends Enum<F>> VBox of(UiContext ui, WitnessedForm<F, ?> form, F userField, F passwordField) {
        Label title = new Label(ui.text("registerScreen.witness.title"));
        title.getStyleClass().add("section-title");
        Label explain = new Label(ui.text("registerScreen.witness.explain"));
        explain.getStyleClass().add("field-hint");
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField user = RegisterDialog.bound(new TextField(), form.witnessUser, "witnessUser");
        PasswordField password = RegisterDialog.bound(new PasswordField(), form.witnessPassword, "witnessPassword");
        GridPane grid = RegisterDialog.grid();
        grid.add(RegisterDialog.field(form, userField, user, ui.text("registerScreen.witness.user")), 0, 0);
        grid.add(RegisterDialog.field(form, passwordField, password, ui.text("registerScreen.witness.password")), 1, 0);
        VBox box = new VBox(6, title, explain, grid);
        box.getStyleClass().add("witness-section");
        box.setPadding(new Insets(8));
        return box;
    }
}
