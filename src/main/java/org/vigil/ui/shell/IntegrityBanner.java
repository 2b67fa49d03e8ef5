package org.vigil.ui.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.vigil.domain.Refusal;
import org.vigil.ui.common.UiContext;

/**
 * Across the top of every screen, under the alarms: records that are not what Vigil wrote (SIG-4).
 * Everyone sees it, because everyone reads those records; the audit screen lists each one.
 */
final class IntegrityBanner {

    private final UiContext ui;
    private final Label line = new Label();
    private List<Refusal> problems = List.of();

    IntegrityBanner(UiContext ui) {
        this.ui = ui;
        line.setId("integrityBanner");
        line.getStyleClass().add("integrity-banner");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        show(List.of());
    }

    Node root() {
        return line;
    }

    void show(List<Refusal> found) {
        problems = List.copyOf(found);
        boolean any = !problems.isEmpty();
        line.setVisible(any);
        line.setManaged(any);
        line.setText(any ? ui.text("integrity.banner", ui.messages().refusal(problems.getFirst())) : "");
    }

    void languageChanged() {
        show(problems);
    }
}
