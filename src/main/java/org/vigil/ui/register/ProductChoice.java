package org.vigil.ui.register;

import java.util.List;
import javafx.scene.control.ComboBox;
import org.vigil.domain.register.Product;

/** A choice among products, each shown by its name and, when retired, saying so. */
final class ProductChoice {

    private ProductChoice() {}

    static ComboBox<Product> of(EntryText words, List<Product> products) {
        ComboBox<Product> box = new ComboBox<>();
        box.getItems().setAll(products);
        NamedCell.name(box, p -> p.active() ? p.name() : p.name() + " (" + words.productState(p) + ")");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
