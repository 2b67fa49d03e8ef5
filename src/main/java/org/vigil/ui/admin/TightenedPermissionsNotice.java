package org.vigil.ui.admin;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * Tells the administrator what Vigil found open to other accounts in the data folder at this
 * start, and closed (issue 14): the files may have been read meanwhile, so someone must find out
 * who loosened them. Shown at the top of the administration area until Vigil restarts; the audit
 * trail keeps it.
 */
final class TightenedPermissionsNotice {

    private final VBox root = new VBox(4);

    TightenedPermissionsNotice(Services services, UiContext ui) {
        Label title = new Label(ui.text("permissions.tightened.title"));
        title.getStyleClass().add("form-error");
        title.setStyle("-fx-font-weight: bold;");
        Label body = new Label(ui.text("permissions.tightened", services.tightenedPermissions().size(), services.dataDir()));
        body.setWrapText(true);
        Label items = new Label(services.tightenedPermissions().stream()
                .map(t -> ui.text("permissions.tightened.item", services.dataDir().relativize(t.path()), t.found()))
                .collect(Collectors.joining("\n")));
        items.setId("tightenedPermissions");
        root.getChildren().addAll(title, body, items);
        root.setPadding(new Insets(10, 14, 10, 14));
        root.getStyleClass().add("integrity-warning");
    }

    Parent root() {
        return root;
    }
}
