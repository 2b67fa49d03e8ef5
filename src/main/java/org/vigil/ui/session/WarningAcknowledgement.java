package org.vigil.ui.session;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.vigil.domain.Refusal;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * ADM-4 "warn": the warnings of a dose, shown in the signature dialog above the signer, with the
 * reason the prescriber goes ahead. The signature is not taken until a reason is typed, so a
 * warning is never signed through unread.
 */
final class WarningAcknowledgement {

    private final UiContext ui;
    private final TextField reason = new TextField();
    private final FormField reasonField;
    private final VBox node = new VBox(8);

    WarningAcknowledgement(UiContext ui, List<Refusal> warnings) {
        this.ui = ui;
        for (Refusal warning : warnings) {
            Label line = new Label(ui.messages().refusal(warning));
            line.setId("doseWarning");
            line.getStyleClass().add("warning-line");
            line.setWrapText(true);
            line.setMaxWidth(Double.MAX_VALUE);
            node.getChildren().add(line);
        }
        reason.setId("warningReason");
        reasonField = new FormField(reason).label(ui.text("sessionScreen.authorise.acknowledgeReason"))
                .hint(ui.text("sessionScreen.authorise.acknowledgeHint"));
        node.getChildren().add(reasonField);
    }

    Node node() {
        return node;
    }

    /** The reason typed; empty (with the message next to the field) while there is none. */
    Optional<String> reason() {
        String typed = reason.getText() == null ? "" : reason.getText().strip();
        if (typed.isEmpty()) {
            reasonField.showError(ui.text("sessionScreen.authorise.acknowledgeRequired"));
            reason.requestFocus();
            return Optional.empty();
        }
        reasonField.clearError();
        return Optional.of(typed);
    }
}
