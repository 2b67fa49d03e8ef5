package org.vigil.ui.common;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.vigil.domain.Outcome;

/**
 * A dialog whose OK button asks the service first and closes only when the service has done
 * the action. A refusal is shown inside the dialog and everything typed stays.
 */
public final class SubmitDialog<T> {

    private final Dialog<T> dialog = new Dialog<>();
    private final Label general = FormField.messageLine("dialogError");
    private final FormMessages messages;
    private final UiContext ui;

    public SubmitDialog(UiContext ui, String title, Node content) {
        this.ui = ui;
        this.messages = new FormMessages(ui, general::setText);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, content, general);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.inLanguage(dialog.getDialogPane(), ui);
        dialog.setResultConverter(button -> null);
        Fonts.style(dialog.getDialogPane(), ui);
        // Issue 15, item 9: Enter in one of the dialog's drop-downs chooses; it does not press OK.
        EnterChooses.within(dialog.getDialogPane());
    }

    /** Wider dialogs for long forms (the default suits a few fields). */
    public SubmitDialog<T> width(double width) {
        dialog.getDialogPane().setPrefWidth(width);
        return this;
    }

    /** Where the service's answer is shown: say here which of the dialog's fields a refusal or problem may name. */
    public FormMessages messages() {
        return messages;
    }

    /**
     * @param prepare runs on the JavaFX thread when OK is pressed, after the old messages are
     *     cleared: reads the form's values and returns the service call, which then runs in the background
     */
    public Optional<T> showAndWait(Supplier<Callable<Outcome<T>>> prepare) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("dialogOk");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            messages.clear();
            Callable<Outcome<T>> submit = prepare.get();
            ok.setDisable(true);
            ui.background().run(submit, outcome -> {
                ok.setDisable(false);
                messages.show(outcome, value -> {
                    dialog.setResult(value);
                    dialog.close();
                });
                if (dialog.isShowing()) {
                    // The message lines take room: the window grows to show them, and OK stays where it was.
                    DialogWindow.growKeepingButtons(dialog.getDialogPane().getScene().getWindow());
                }
            }, message -> {
                ok.setDisable(false);
                messages.fault(message);
            });
        });
        return dialog.showAndWait();
    }
}
