package org.vigil.ui.common;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
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
        // The arrow keys move through the open list: the language changes when the list closes on a
        // choice, not at each step (the screen is built again in the new language each time).
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (!box.isShowing()) {
                switchTo(ui, box);
            }
        });
        box.setOnHidden(e -> switchTo(ui, box));
        return EnterChooses.in(box);
    }

    private static void switchTo(UiContext ui, ComboBox<Locale> box) {
        Locale chosen = box.getValue();
        if (chosen == null || chosen.equals(ui.messages().locale())) {
            return;
        }
        Scene scene = box.getScene();
        boolean focused = box.isFocused();
        ui.switchLanguage(chosen);
        if (focused && scene != null) {
            // The screen is built again in the new language and this chooser is gone with the old one. The
            // keyboard goes to the new chooser, or JavaFX gives it to the first button (Lock in the main
            // window) and the next Enter locks the screen (issue 15, item 9). JavaFX moves the focus of a
            // removed node in the next pulse, before layout; a one-shot listener after that layout comes
            // last. A runLater could run before that pulse and lose the focus again (it did, once in CI).
            scene.addPostLayoutPulseListener(new FocusAfterPulse(scene, box));
            Platform.requestNextPulse();
        }
    }

    /** Runs once, after the pulse in which JavaFX tidied the focus of the removed chooser. */
    private static final class FocusAfterPulse implements Runnable {
        private final Scene scene;
        private final Node old;
        private boolean done;

        FocusAfterPulse(Scene scene, Node old) {
            this.scene = scene;
            this.old = old;
        }

        @Override
        public void run() {
            if (done) {
                return;
            }
            done = true;
            // Removed later: the scene walks its listener list while it calls them.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            if (scene.lookup("#language") instanceof Node fresh && fresh != old && !fresh.isFocused()) {
                fresh.requestFocus();
            }
        }
    }

    private static final class NameCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.CHINESE.equals(item) ? "简体中文" : "English");
        }
    }
}
