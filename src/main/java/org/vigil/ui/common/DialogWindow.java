package org.vigil.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog that grows when its messages appear (a refusal, a field's error) keeps its buttons
 * where they were (issue 15, item 8: the button does not move): the pointer is still on OK after
 * the answer, and a second press cannot land on something else.
 */
public final class DialogWindow {

    private DialogWindow() {}

    /**
     * Fits the window to what it now shows, so nothing is cut off, and grows or shrinks it at the
     * top, so the button bar at its foot stays put. Only a window that would leave the top of the
     * screen lets its buttons go lower.
     */
    public static void growKeepingButtons(Window window) {
        double bottom = window.getY() + window.getHeight();
        window.sizeToScene();
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        window.setY(Math.max(screen.getMinY(), bottom - window.getHeight()));
    }
}
