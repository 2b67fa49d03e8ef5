package org.vigil.ui.common;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;

/** Asks why, for actions the audit trail must explain (SIG-4). A blank reason is not accepted. */
public final class ReasonDialog {

    private final Dialog<String> dialog = new Dialog<>();

    public ReasonDialog(UiContext ui, String title) {
        TextArea reason = new TextArea();
        reason.setId("reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        FormField field = new FormField(reason).label(ui.text("reason.label"));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().setPrefWidth(480);
        Fonts.style(dialog.getDialogPane(), ui);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.inLanguage(dialog.getDialogPane(), ui);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("reasonOk");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (reason.getText().isBlank()) {
                field.showError(ui.text("reason.required"));
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? reason.getText().strip() : null);
        dialog.setOnShown(e -> reason.requestFocus());
    }

    public Optional<String> ask() {
        return dialog.showAndWait();
    }
}
