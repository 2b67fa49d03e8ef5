package org.vigil.ui.register;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.ui.common.UiContext;

/** The manager resolves a discrepancy (CD-6): what the count found, what it was, why, and the manager's signature. */
final class ResolveDialog {

    private ResolveDialog() {}

    static Optional<Discrepancy> show(UiContext ui, ResolveForm form, String productName) {
        Discrepancy d = form.discrepancy();
        Label found = new Label(ui.text("registerScreen.resolve.found", productName, d.lot(), d.expected(), d.counted()));
        found.setId("resolveFound");
        found.setWrapText(true);
        found.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<DiscrepancyOutcome> outcome = new ComboBox<>();
        outcome.setId("resolveOutcome");
        outcome.getItems().setAll(DiscrepancyOutcome.values());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(DiscrepancyOutcome o) {
                return o == null ? "" : ui.text("registerScreen.resolve.outcome." + o.name());
            }

            @Override
            public DiscrepancyOutcome fromString(String s) {
                return null;
            }
        });
        outcome.valueProperty().bindBidirectional(form.outcome);
        outcome.setMaxWidth(Double.MAX_VALUE);
        TextArea explanation = RegisterDialog.bound(new TextArea(), form.explanation, "resolveExplanation");
        explanation.setPrefRowCount(3);
        explanation.setWrapText(true);
        PasswordField password = RegisterDialog.bound(new PasswordField(), form.password, "resolvePassword");
        Label signer = new Label(ui.text("registerScreen.resolve.signer", form.manager().fullName()));
        VBox content = new VBox(10, found,
                RegisterDialog.field(form, ResolveForm.Field.OUTCOME, outcome, ui.text("registerScreen.resolve.outcome"))
                        .hint(ui.text("registerScreen.resolve.outcomeHint")),
                RegisterDialog.field(form, ResolveForm.Field.EXPLANATION, explanation, ui.text("registerScreen.resolve.explanation")),
                signer,
                RegisterDialog.field(form, ResolveForm.Field.PASSWORD, password, ui.text("registerScreen.log.password"))
                        .hint(ui.text("signature.passwordHint")));
        return new RegisterDialog<>(ui, ui.text("registerScreen.resolve.title"), content, form, ui.text("registerScreen.resolve.send"))
                .showAndWait();
    }
}
