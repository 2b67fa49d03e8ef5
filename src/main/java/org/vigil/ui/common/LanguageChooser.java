package org.vigil.ui.common;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.vigil.text.Messages;

/** English / 简体中文, each written in its own language so anyone can find theirs. */
public final class LanguageChooser {

    private LanguageChooser() {}

    public static ComboBox<Locale> create(UiContext ui) {
        ComboBox<Locale> box = new ComboBox<>();
        box.getItems().setAll(Messages.SUPPORTED);
        box.setValue(ui.messages().locale());
        box.setCellFactory(list -> new NameCell());
        box.setButtonCell(new NameCell());
        box.setId("language");
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(ui.messages().locale())) {
                ui.switchLanguage(chosen);
            }
        });
        return box;
    }

    private static final class NameCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.CHINESE.equals(item) ? "简体中文" : "English");
        }
    }
}
