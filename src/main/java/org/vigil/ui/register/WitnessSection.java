package org.vigil.ui.register;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.service.Accounts;
import org.vigil.ui.common.UiContext;

/**
 * SIG-2 in a register dialog: the witness, another user, chooses their name from the people who
 * may witness (or types their user name) and types their own password at this workstation. Nothing
 * is prefilled, so the witness cannot be the user by default; the service refuses the user as
 * their own witness whatever is typed.
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
        PasswordField password = RegisterDialog.bound(new PasswordField(), form.witnessPassword, "witnessPassword");
        GridPane grid = RegisterDialog.grid();
        grid.add(RegisterDialog.field(form, userField, witnessChoice(ui, form), ui.text("registerScreen.witness.user")), 0, 0);
        grid.add(RegisterDialog.field(form, passwordField, password, ui.text("registerScreen.witness.password")), 1, 0);
        VBox box = new VBox(6, title, explain, grid);
        box.getStyleClass().add("witness-section");
        box.setPadding(new Insets(8));
        form.offerWitnesses();
        return box;
    }

    /** An editable drop-down of user names, each shown as "Dr Wei Chen (drchen)", as the signature dialog offers signers. */
    private static ComboBox<String> witnessChoice(UiContext ui, WitnessedForm<?, ?> form) {
        ComboBox<String> user = new ComboBox<>();
        user.setId("witnessUser");
        user.setEditable(true);
        user.setMaxWidth(Double.MAX_VALUE);
        user.setPromptText(ui.text("registerScreen.witness.prompt"));
        user.getEditor().setId("witnessUserText");
        user.getEditor().textProperty().bindBidirectional(form.witnessUser);
        user.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String username, boolean empty) {
                super.updateItem(username, empty);
                setText(empty || username == null ? null : fullName(ui, form.witnessesProperty().get(), username));
            }
        });
        form.witnessesProperty().addListener((obs, old, people) -> {
            // Filling the list must not take away what was already typed.
            String typed = form.witnessUser.get();
            user.getItems().setAll(people.stream().map(Accounts.Signatory::username).toList());
            form.witnessUser.set(typed);
        });
        return user;
    }

    private static String fullName(UiContext ui, List<Accounts.Signatory> people, String username) {
        return people.stream().filter(p -> p.username().equals(username)).findFirst()
                .map(p -> ui.text("signature.user.choice", p.fullName(), p.username())).orElse(username);
    }
}
