package org.vigil.ui.shell;

import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.vigil.domain.Refusal;
import org.vigil.ui.common.UiContext;

/**
 * Shown instead of the login when a protection of the records is missing (SIG-4): nothing can be
 * saved, not even a login, until an administrator repairs it, and this says what and how.
 */
final class IntegrityHoldView {

    private final VBox root = new VBox(14);

    IntegrityHoldView(UiContext ui, List<Refusal> problems) {
        Label title = new Label(ui.text("integrity.hold.title"));
        title.getStyleClass().add("screen-title");
        Label what = new Label(problems.stream().map(p -> ui.messages().refusal(p)).collect(Collectors.joining("\n")));
        what.setId("integrityHoldProblems");
        what.setWrapText(true);
        what.setMaxWidth(680);
        Label how = new Label(ui.text("integrity.hold.how"));
        how.setWrapText(true);
        how.setMaxWidth(680);
        Button close = new Button(ui.text("action.close"));
        close.setOnAction(e -> Platform.exit());
        root.getChildren().addAll(title, what, how, close);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        root.getStyleClass().add("startup-problem");
    }

    Parent root() {
        return root;
    }
}
