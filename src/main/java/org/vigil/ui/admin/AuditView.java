package org.vigil.ui.admin;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.service.Integrity;
import org.vigil.service.Services;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/** The audit trail: the latest events, and a check of the whole chain on demand (SIG-4). */
final class AuditView {

    private static final int SHOWN = 500;

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final VBox root = new VBox(10);
    private final TableView<AuditEvent> table = new TableView<>();
    private final Label result = new Label();

    AuditView(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        result.setId("verifyResult");
        result.setWrapText(true);
        table.setId("auditTable");
        table.getColumns().add(column("audit.col.seq", e -> Long.toString(e.seq())));
        table.getColumns().add(column("audit.col.at", e -> ui.times().dateTime(e.at())));
        table.getColumns().add(column("audit.col.user", e -> e.username() == null ? "" : e.username()));
        table.getColumns().add(column("audit.col.action", AuditEvent::action));
        table.getColumns().add(column("audit.col.entity", e -> e.entityType() == null ? "" : e.entityType() + " " + nz(e.entityId())));
        table.getColumns().add(column("audit.col.change", e -> (e.oldValue() == null ? "" : e.oldValue() + " → ") + nz(e.newValue())));
        table.getColumns().add(column("audit.col.reason", e -> nz(e.reason())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double[] widths = {55, 150, 100, 190, 150, 300};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        Button verify = new Button(ui.text("audit.verify"));
        verify.setId("verifyChain");
        verify.setOnAction(e -> verify());
        Button refresh = new Button(ui.text("action.refresh"));
        refresh.setOnAction(e -> load());
        HBox actions = new HBox(8, verify, refresh, result);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(actions, table);
        root.setPadding(new Insets(14));
        load();
    }

    Parent root() {
        return root;
    }

    private void load() {
        FormMessages answer = new FormMessages(ui, result::setText);
        ui.background().run(() -> services.integrity().latest(actor.get(), SHOWN),
                outcome -> answer.show(outcome, table.getItems()::setAll), answer::fault);
    }

    private void verify() {
        result.setText(ui.text("audit.verifying"));
        FormMessages answer = new FormMessages(ui, result::setText);
        ui.background().run(() -> services.integrity().verify(actor.get()), outcome -> {
            answer.show(outcome, this::show);
            load();
        }, answer::fault);
    }

    private void show(Integrity.Report report) {
        result.getStyleClass().removeAll("ok-text", "form-error");
        if (report.intact()) {
            result.setText(ui.text("audit.intact", report.chain().eventsChecked(), report.tablesChecked()));
            result.getStyleClass().add("ok-text");
        } else {
            result.setText(report.problems().stream().map(r -> ui.messages().refusal(r)).collect(java.util.stream.Collectors.joining("\n")));
            result.getStyleClass().add("form-error");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private TableColumn<AuditEvent, String> column(String key, Function<AuditEvent, String> value) {
        TableColumn<AuditEvent, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
