package org.vigil.ui.shell;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.vigil.service.DataFolderUnavailable;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * Shown instead of the clinic when the database cannot be opened: says why and what to do.
 * Nothing is created or replaced in the data folder.
 */
public final class StartupProblemView {

    private final VBox root = new VBox(14);

    public StartupProblemView(UiContext ui, DataFolderUnavailable.Reason reason, Path path) {
        String key = switch (reason) {
            case IN_USE -> "startup.inUse";
            case DAMAGED -> "startup.damaged";
            case DISK_FULL -> "startup.diskFull";
            case KEY_MISSING -> "startup.keyMissing";
        };
        Label title = new Label(ui.text(key + ".title"));
        title.getStyleClass().add("screen-title");
        Label body = new Label(ui.text(key, path, Services.keyRingLocation()));
        body.setId("startupProblem");
        body.setWrapText(true);
        body.setMaxWidth(640);
        Button close = new Button(ui.text("action.close"));
        close.setOnAction(e -> Platform.exit());
        root.getChildren().addAll(title, body, close);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        root.getStyleClass().add("startup-problem");
    }

    public Parent root() {
        return root;
    }
}
