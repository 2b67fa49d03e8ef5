package org.vigil.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/** Every text in a scene graph, shown or not: what a screen reader or a look over the shoulder could find. */
final class SceneTexts {

    private SceneTexts() {}

    static List<String> in(Parent parent) {
        List<String> texts = new ArrayList<>();
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof Labeled l && l.getText() != null) {
                texts.add(l.getText());
            }
            if (node instanceof TextInputControl t) {
                texts.add(t.getText());
            }
            if (node instanceof Parent p) {
                texts.addAll(in(p));
            }
        }
        return texts;
    }
}
