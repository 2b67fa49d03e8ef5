package org.vigil.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter in a drop-down chooses, and that is all it does (issue 15, item 9). JavaFX lets the Enter
 * that closes a drop-down's list travel on to the window, where the default button takes it: choosing
 * 简体中文 by keyboard at login also sent an empty login. The drop-down has handled the key by the
 * time it bubbles past it, so it is consumed there and no default button or screen shortcut sees it.
 */
public final class EnterChooses {

    private static final EventHandler<KeyEvent> CONSUME_ENTER = event -> {
        if (event.getCode() == KeyCode.ENTER) {
            event.consume();
        }
    };

    private EnterChooses() {}

    /** For one drop-down, wherever it is placed (a screen, a dialog). */
    public static <B extends ComboBoxBase<?>> B in(B box) {
        box.addEventHandler(KeyEvent.KEY_PRESSED, CONSUME_ENTER);
        box.addEventHandler(KeyEvent.KEY_RELEASED, CONSUME_ENTER);
        return box;
    }

    /** For every drop-down under this node, including ones its screens add later. */
    public static void within(Node root) {
        EventHandler<KeyEvent> fromDropDown = event -> {
            if (event.getCode() == KeyCode.ENTER && inDropDown(event.getTarget())) {
                event.consume();
            }
        };
        root.addEventHandler(KeyEvent.KEY_PRESSED, fromDropDown);
        root.addEventHandler(KeyEvent.KEY_RELEASED, fromDropDown);
    }

    private static boolean inDropDown(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>) {
                return true;
            }
        }
        return false;
    }
}
