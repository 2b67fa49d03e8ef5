package org.vigil.ui.register;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.ui.common.DialogButtons;
import org.vigil.ui.common.DialogWindow;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * A register form in a dialog: its fields, its message line, and a button that sends the form
 * and closes the dialog only once the service has done the action. A wrong field or a refusal is
 * shown in the dialog, which stays open with what was typed.
 *
 * @param <T> what the service answers when done
 */
final class RegisterDialog<T> {

    private final Dialog<T> dialog = new Dialog<>();
    private final RegisterForm<?, T> form;
    private final ButtonType send;

    RegisterDialog(UiContext ui, String title, Node content, RegisterForm<?, T> form, String sendText) {
        this.form = form;
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label message = FormField.messageLine("registerDialogError");
        message.textProperty().bind(form.messageProperty());
        VBox box = new VBox(10, content, message);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefWidth(620);
        dialog.getDialogPane().getStyleClass().add("register-dialog");
        send = new ButtonType(sendText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(send, ButtonType.CANCEL);
        DialogButtons.inLanguage(dialog.getDialogPane(), ui);
        dialog.setResultConverter(button -> null);
        Fonts.style(dialog.getDialogPane(), ui);
        // Messages take room as they come: once the service has answered, the window grows so none is cut off,
        // and the first field said to be wrong takes the focus (a witness's password is typed again there).
        form.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                fit();
                focusFirst(".invalid");
            }
        });
        dialog.setOnShown(e -> Platform.runLater(() -> focusFirst(".text-input")));
    }

    /** A labelled control whose message line shows what the form says is wrong with the field. */
    static <F extends Enum<F>> FormField field(RegisterForm<F, ?> form, F field, Node control, String label) {
        FormField shown = new FormField(control).label(label);
        form.errorProperty(field).addListener((obs, old, now) -> shown.showError(now));
        return shown;
    }

    /** The control, named for tests, showing and taking what the form holds. */
    static <C extends javafx.scene.control.TextInputControl> C bound(C control, javafx.beans.property.StringProperty typed, String id) {
        control.setId(id);
        control.textProperty().bindBidirectional(typed);
        return control;
    }

    /** Three equal columns: the dialogs' fields line up. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 3);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }
    Dialog<T> dialog() {
        return dialog;
    }

    /** @return the service's answer once done; empty when cancelled */
    Optional<T> showAndWait() {
        Button ok = (Button) dialog.getDialogPane().lookupButton(send);
        ok.setId("registerOk");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(form.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.submit(value -> {
                dialog.setResult(value);
                dialog.close();
            });
            fit();
        });
        return dialog.showAndWait();
    }

    private void focusFirst(String selector) {
        dialog.getDialogPane().getContent().lookupAll(selector).stream().filter(n -> !n.isDisabled()).findFirst()
                .ifPresent(Node::requestFocus);
    }

    private void fit() {
        if (dialog.isShowing() && dialog.getDialogPane().getScene() != null) {
            DialogWindow.growKeepingButtons(dialog.getDialogPane().getScene().getWindow());
        }
    }
}
