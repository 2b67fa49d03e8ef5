package org.vigil.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** What the session screen tests do and read the way a nurse would: click what is in sight, read what is shown. */
final class SessionRobot {

    private SessionRobot() {}

    /** Scrolls the step panel so the node is in sight, then clicks it, as a nurse would. */
    static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> scrollIntoView(node));
        robot.clickOn(node);
    }

    static void scrollIntoView(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (extra > 0) {
                    double top = Math.max(0, b.getMinY() - 40);
                    scroll.setVvalue(Math.min(1, top / extra));
                }
                scroll.layout();
                return;
            }
        }
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static boolean enabled(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof ButtonBase && !node.isDisabled() && node.isVisible();
    }

    /** The message shown under a field (FormField's error line). */
    static String fieldError(FxRobot robot, String fieldQuery) {
        Node field = robot.lookup(fieldQuery).query();
        return field.getParent().getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("field-error"))
                .map(n -> ((Labeled) n).getText()).findFirst().orElse("");
    }

    static Scene dialogScene(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(Window::getScene).findFirst().orElseThrow();
    }

    /** Shown on screen: the node and every parent visible. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
