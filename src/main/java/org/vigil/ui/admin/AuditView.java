package org.vigil.ui.admin;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.service.Integrity;
import org.vigil.service.Services;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.common.WrappingCell;

/** The audit trail: the latest events, and a check of the whole chain on demand (SIG-4). */
final class AuditView {

    private static final int SHOWN = 500;

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final VBox root = new VBox(10);
    private final TableView<AuditEvent> table = new TableView<>();
    private final Label result = new Label();
    private final CheckBox raw = new CheckBox();
    private final Label detail = new Label();
    private AuditWords words;

    AuditView(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.words = new AuditWords(ui, java.util.Map.of());
        raw.setText(ui.text("audit.showRaw"));
        result.setId("verifyResult");
        result.setWrapText(true);
        table.setId("auditTable");
        raw.setId("auditShowRaw");
        raw.setTooltip(new Tooltip(ui.text("audit.showRaw.tooltip")));
        // Readable by default; the stored text, exactly as the chain's hashes cover it, on request.
        table.getColumns().add(column("audit.col.seq", e -> Long.toString(e.seq())));
        table.getColumns().add(column("audit.col.at", e -> ui.times().dateTime(e.at())));
        table.getColumns().add(column("audit.col.user", e -> raw.isSelected() ? nz(e.username()) : words.who(e)));
        table.getColumns().add(column("audit.col.action", e -> raw.isSelected() ? e.action() : words.action(e)));
        table.getColumns().add(column("audit.col.entity", e -> raw.isSelected()
                ? (e.entityType() == null ? "" : e.entityType() + " " + nz(e.entityId())) : words.record(e)));
        table.getColumns().add(column("audit.col.change", e -> raw.isSelected()
                ? (e.oldValue() == null ? "" : e.oldValue() + " → ") + nz(e.newValue()) : String.join(" · ", words.changes(e))));
        table.getColumns().add(column("audit.col.reason", e -> nz(e.reason())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double[] widths = {50, 150, 130, 140, 110, 240};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        // Names, actions and changes are sentences: they wrap in their column rather than end in "…".
        for (int i = 2; i < table.getColumns().size(); i++) {
            @SuppressWarnings("unchecked") // every column here is built by column(...) below, as text
            TableColumn<AuditEvent, String> text = (TableColumn<AuditEvent, String>) table.getColumns().get(i);
            wrap(text);
        }
        raw.selectedProperty().addListener((o, was, now) -> table.refresh());
        detail.setId("auditDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("field-hint");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> detail.setText(now == null ? "" : detail(now)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button verify = new Button(ui.text("audit.verify"));
        verify.setId("verifyChain");
        verify.setOnAction(e -> verify());
        Button refresh = new Button(ui.text("action.refresh"));
        refresh.setOnAction(e -> load());
        HBox actions = new HBox(8, verify, refresh, raw, result);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(actions, table, detail);
        root.setPadding(new Insets(14));
        load();
    }

    Parent root() {
        return root;
    }

    private void load() {
        FormMessages answer = new FormMessages(ui, result::setText);
        ui.background().run(() -> services.integrity().latestNamed(actor.get(), SHOWN), outcome -> answer.show(outcome, trail -> {
            words = new AuditWords(ui, trail.people());
            table.getItems().setAll(trail.events());
        }), answer::fault);
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

    /** The selected event in full: every change on its own line, then the values as stored. */
    private String detail(AuditEvent e) {
        List<String> lines = new java.util.ArrayList<>(words.changes(e));
        lines.add(ui.text("audit.detail.raw", e.action(), nz(e.entityType()) + " " + nz(e.entityId()), nz(e.oldValue()), nz(e.newValue())));
        return String.join("\n", lines);
    }

    private static void wrap(TableColumn<AuditEvent, String> column) {
        WrappingCell.wrap(column, "audit-cell-text");
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
