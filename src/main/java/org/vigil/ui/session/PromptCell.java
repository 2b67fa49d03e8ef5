package org.vigil.ui.session;

import javafx.scene.control.ListCell;
import org.vigil.ui.common.UiContext;

/**
 * The face of an enum choice that shows its prompt again once the form is cleared for the next
 * entry (a ComboBox with its own button cell otherwise goes blank after its value is reset).
 */
final class PromptCell<E extends Enum<E>> extends ListCell<E> {

    private final UiContext ui;
    private final String prefix;
    private final String prompt;

    /** Gives the choice this face; the prompt is set on the box too, which the skin shows while nothing is chosen. */
    static <E extends Enum<E>> void use(javafx.scene.control.ComboBox<E> box, UiContext ui, String prefix, String prompt) {
        box.setPromptText(prompt);
        box.setButtonCell(new PromptCell<>(ui, prefix, prompt));
    }

    private PromptCell(UiContext ui, String prefix, String prompt) {
        this.ui = ui;
        this.prefix = prefix;
        this.prompt = prompt;
    }

    @Override
    protected void updateItem(E item, boolean empty) {
        super.updateItem(item, empty);
        boolean none = empty || item == null;
        setText(none ? prompt : ui.text(prefix + item.name()));
        if (none && !getStyleClass().contains("prompt-cell")) {
            getStyleClass().add("prompt-cell");
        } else if (!none) {
            getStyleClass().remove("prompt-cell");
        }
    }
}
