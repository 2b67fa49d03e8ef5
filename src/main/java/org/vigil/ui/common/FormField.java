package org.vigil.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A labelled input with its own message line underneath: bad input is explained next to the
 * field, and what was typed stays.
 */
public final class FormField extends VBox {

    private final Label label = new Label();
    private final Label hint = new Label();
    private final Label error = new Label();
    private final javafx.scene.Node control;

    public FormField(javafx.scene.Node control) {
        this.control = control;
        getStyleClass().add("form-field");
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        // Wrapped messages must claim their height, or a long one is cut off with "...".
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        getChildren().addAll(label, control, hint, error);
        setSpacing(3);
    }

    /**
     * The line under a form for messages about no one field; takes no room while empty.
     */
    public static Label messageLine(String id) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("form-error");
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        return line;
    }

    public FormField label(String text) {
        label.setText(text);
        return this;
    }

    public FormField hint(String text) {
        hint.setText(text);
        return this;
    }

    public void showError(String message) {
        error.setText(message == null ? "" : message);
        if (message != null && !message.isEmpty()) {
            if (!control.getStyleClass().contains("invalid")) {
                control.getStyleClass().add("invalid");
            }
        } else {
            control.getStyleClass().remove("invalid");
        }
    }

    public void clearError() {
        showError(null);
    }

    public String error() {
        return error.getText();
    }
}
