package org.vigil.ui.register;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A choice's line in the register's words: a product, a lot from stock, "all lots". */
final class NamedCell<T> extends ListCell<T> {

    private final Function<T, String> name;

    private NamedCell(Function<T, String> name) {
        this.name = name;
    }

    /** Shows each choice of the box, and the chosen one, by its name. */
    static <T> void name(ComboBox<T> box, Function<T, String> name) {
        box.setCellFactory(list -> new NamedCell<>(name));
        box.setButtonCell(new NamedCell<>(name));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : name.apply(item));
    }
}
