package org.vigil.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A choice among an enum's values, each shown by its translated name. */
public final class EnumChoice {

    private EnumChoice() {}

    /** @param keyPrefix e.g. "sex." for the message keys "sex.FEMALE", … */
    public static <E extends Enum<E>> ComboBox<E> of(UiContext ui, E[] values, String keyPrefix) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setCellFactory(list -> new Named<>(ui, keyPrefix));
        box.setButtonCell(new Named<>(ui, keyPrefix));
        return EnterChooses.in(box);
    }

    private static final class Named<E extends Enum<E>> extends ListCell<E> {
        private final UiContext ui;
        private final String prefix;

        Named(UiContext ui, String prefix) {
            this.ui = ui;
            this.prefix = prefix;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ui.text(prefix + item.name()));
        }
    }
}
