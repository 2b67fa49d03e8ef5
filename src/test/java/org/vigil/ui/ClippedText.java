package org.vigil.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Labels, buttons, check boxes, tab and column headers, table cells whose text a window shows cut off
 * (issue 15, item 7). A Labeled's skin draws its text with a Text child; when the room is too small the
 * skin puts a shortened copy ending in the ellipsis ("Overr…") there, while the control's own text stays
 * whole. Comparing the two finds every cut, whatever the font or language.
 */
final class ClippedText {

    /** One cut: which kind of control, its id when it has one, and its whole text. */
    record Clip(String control, String fullText, String shown) {
        @Override
        public String toString() {
            return control + " \"" + fullText + "\" shown as \"" + shown + "\"";
        }
    }

    private ClippedText() {}

    /** Every clipped text under this node that is on screen; call on the JavaFX thread after a layout pass. */
    static List<Clip> under(Parent root) {
        root.applyCss();
        root.layout();
        List<Clip> clips = new ArrayList<>();
        collect(root, clips);
        return clips;
    }

    private static void collect(Node node, List<Clip> clips) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            clipOf(labeled).ifPresent(clips::add);
        }
        if (node instanceof TextField field) {
            promptClipOf(field).ifPresent(clips::add);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, clips);
            }
        }
    }

    private static java.util.Optional<Clip> clipOf(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0) {
            return java.util.Optional.empty();
        }
        String ellipsis = labeled.getEllipsisString();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's LabeledText (com.sun.javafx.scene.control.LabeledText, a Text): what is really drawn.
            if (child instanceof Text drawn && child.getStyleClass().contains("text")) {
                String shown = drawn.getText() == null ? "" : drawn.getText();
                boolean cut = !shown.equals(full)
                        && (shown.isBlank() || (ellipsis != null && !ellipsis.isEmpty() && shown.contains(ellipsis)));
                if (cut) {
                    return java.util.Optional.of(new Clip(describe(labeled), full, shown));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * An empty field's prompt ("Choose from the list, or type a user name") that is wider than the field:
     * the skin draws it in a clipped area without an ellipsis, so it is measured in the field's own font.
     */
    private static java.util.Optional<Clip> promptClipOf(TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty()) || field.getWidth() <= 0) {
            return java.util.Optional.empty();
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (measure.getLayoutBounds().getWidth() <= room + 0.5) {
            return java.util.Optional.empty();
        }
        String kind = field.getParent() instanceof javafx.scene.control.ComboBoxBase<?> box && box.getId() != null
                ? "ComboBox#" + box.getId() + " prompt" : "TextField" + (field.getId() == null ? "" : "#" + field.getId()) + " prompt";
        return java.util.Optional.of(new Clip(kind, prompt, "cut at " + Math.round(room) + " of " + Math.round(measure.getLayoutBounds().getWidth()) + " px"));
    }

    private static String describe(Labeled labeled) {
        String kind = labeled.getClass().getSimpleName();
        if (kind.isEmpty()) {
            kind = labeled.getClass().getSuperclass().getSimpleName();
        }
        return labeled.getId() == null ? kind : kind + "#" + labeled.getId();
    }
}
