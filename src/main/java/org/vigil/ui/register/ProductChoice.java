package org.vigil.ui.register;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.vigil.domain.register.Product;

/** A choice among products, each shown by its name and, when retired, saying so. */
final class ProductChoice {

    private ProductChoice() {}

    static ComboBox<Product> of(EntryText words, List<Product> products) {
        ComboBox<Product> box = new ComboBox<>();
        box.getItems().setAll(products);
        box.setCellFactory(list -> new Named(words));
        box.setButtonCell(new Named(words));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static final class Named extends ListCell<Product> {
        private final EntryText words;

        Named(EntryText words) {
            this.words = words;
        }

        @Override
        protected void updateItem(Product item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.active() ? item.name() : item.name() + " (" + words.productState(item) + ")");
        }
    }
}
