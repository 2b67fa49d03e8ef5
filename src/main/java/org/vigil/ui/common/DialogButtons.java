package org.vigil.ui.common;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;

/**
 * JavaFX names its standard OK and Cancel buttons in the machine's language, not the one chosen at
 * login: a Chinese screen showed "Cancel" on an English machine (issue 15, item 11). Named here from
 * the bundles instead.
 */
public final class DialogButtons {

    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "action.ok",
            ButtonType.CANCEL, "action.cancel",
            ButtonType.CLOSE, "action.close");

    private DialogButtons() {}

    /** Call after the pane's button types are set. */
    public static void inLanguage(DialogPane pane, UiContext ui) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node button = pane.lookupButton(type);
            if (key != null && button instanceof Labeled labeled) {
                labeled.setText(ui.text(key));
            }
        }
    }
}
