package org.vigil.ui.register;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.Incident;
import org.vigil.ui.common.ReasonDialog;
import org.vigil.ui.common.UiContext;

/**
 * The counts tab (CD-6): a blind count for those who handle stock; every discrepancy, open ones
 * first and marked in words; for the manager, the resolution of a discrepancy and the incidents
 * of loss or theft with their deadlines, a late one marked, until each is closed.
 */
final class CountsView {

    private final CountsModel model;
    private final UiContext ui;
    private final EntryText words;
    private final VBox root = new VBox(8);
    private final Button count = new Button();
    private final Button resolve = new Button();
    private final HBox incidentBar = new HBox(10);
    private final Label incidentsTitle = new Label();
    private final TableView<Discrepancy> discrepancies = new TableView<>();
    private final TableView<Incident> incidents = new TableView<>();

    CountsView(CountsModel model) {
        this.model = model;
        this.ui = model.ui();
        this.words = new EntryText(ui);
        Label explain = new Label(ui.text("registerScreen.counts.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explain.getStyleClass().add("field-hint");
        count.setText(ui.text("registerScreen.count.start"));
        count.setId("countStart");
        count.getStyleClass().add("primary-action");
        count.setOnAction(e -> model.startCount(form -> CountDialog.show(ui, form).ifPresent(model::counted)));
        resolve.setText(ui.text("registerScreen.resolve.start"));
        resolve.setId("resolveDiscrepancy");
        resolve.setOnAction(e -> resolveChosen());
        // A long answer wraps beside the buttons; it never squeezes them to "…".
        count.setMinWidth(Region.USE_PREF_SIZE);
        resolve.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, count, resolve, RegisterView.notice(model.lines(), "countsNotice"));
        bar.setAlignment(Pos.CENTER_LEFT);

        discrepancies.setId("discrepancyTable");
        discrepancies.getStyleClass().add("register-table");
        discrepancies.setPlaceholder(new Label(ui.text("registerScreen.counts.none")));
        column(discrepancies, "status", 90, d -> ui.text(d.open() ? "registerScreen.counts.open" : "registerScreen.counts.resolved"));
        column(discrepancies, "when", 130, d -> words.when(d.openedAt()));
        column(discrepancies, "product", 200, d -> model.productName(d.productId()));
        column(discrepancies, "lot", 110, d -> d.lot());
        column(discrepancies, "expected", 70, d -> Integer.toString(d.expected()));
        column(discrepancies, "counted", 70, d -> Integer.toString(d.counted()));
        column(discrepancies, "resolution", 370, d -> d.resolution().map(r -> ui.text("registerScreen.counts.resolution",
                ui.text("registerScreen.resolve.outcome." + r.outcome().name()), r.explanation(), r.resolver().name(),
                words.signedAt(r.at()))).orElse(""));
        discrepancies.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Discrepancy d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove("row-awaiting-signature");
                if (!empty && d != null && d.open()) {
                    getStyleClass().add("row-awaiting-signature");
                }
            }
        });
        model.discrepanciesProperty().addListener((obs, old, now) -> discrepancies.getItems().setAll(now));
        resolve.disableProperty().bind(discrepancies.getSelectionModel().selectedItemProperty().isNull());

        incidentsTitle.setText(ui.text("registerScreen.incident.title"));
        incidentsTitle.getStyleClass().add("section-title");
        incidents.setId("incidentTable");
        incidents.getStyleClass().add("register-table");
        incidents.setPlaceholder(new Label(ui.text("registerScreen.incident.none")));
        column(incidents, "status", 90, i -> ui.text(i.open() ? "registerScreen.incident.open" : "registerScreen.incident.closed"));
        column(incidents, "incidentKind", 80, i -> ui.text("registerScreen.resolve.outcome." + i.kind().name()));
        column(incidents, "when", 130, i -> words.when(i.openedAt()));
        column(incidents, "noticeDue", 200, i -> due(i.noticeDue(), i.noticeOverdue(ui.today()), i.step(Incident.Stage.NOTIFIED)));
        column(incidents, "formDue", 200, i -> due(i.formDue(), i.formOverdue(ui.today()), i.step(Incident.Stage.FORM_FILED)));
        column(incidents, "steps", 340, i -> String.join("\n", i.steps().stream().map(s -> ui.text("registerScreen.incident.step",
                ui.text("registerScreen.incident.stage." + s.stage().name()), words.signedAt(s.at()), s.by().name(), s.note())).toList()));
        incidents.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Incident i, boolean empty) {
                super.updateItem(i, empty);
                getStyleClass().remove("row-signature-broken");
                if (!empty && i != null && (i.noticeOverdue(ui.today()) || i.formOverdue(ui.today()))) {
                    getStyleClass().add("row-signature-broken");
                }
            }
        });
        model.incidentsProperty().addListener((obs, old, now) -> incidents.getItems().setAll(now));
        for (Incident.Stage stage : Incident.Stage.values()) {
            Button step = new Button(ui.text("registerScreen.incident.record." + stage.name()));
            step.setId("incident-" + stage.name());
            step.disableProperty().bind(incidents.getSelectionModel().selectedItemProperty().isNull());
            step.setOnAction(e -> {
                Incident chosen = incidents.getSelectionModel().getSelectedItem();
                new ReasonDialog(ui, ui.text("registerScreen.incident.record." + stage.name())).ask()
                        .ifPresent(note -> model.step(chosen, stage, note));
            });
            incidentBar.getChildren().add(step);
        }

        VBox.setVgrow(discrepancies, Priority.ALWAYS);
        VBox.setVgrow(incidents, Priority.SOMETIMES);
        root.getChildren().addAll(explain, bar, RegisterView.message(model.lines(), "countsMessage"), discrepancies, incidentsTitle,
                incidentBar, incidents);
        root.setPadding(new Insets(10, 14, 10, 14));
    }

    Node root() {
        return root;
    }

    /** Shows what the user now logged in may do here, and reads the tab again. */
    void refresh() {
        count.setVisible(model.mayCount());
        count.setManaged(model.mayCount());
        boolean manager = model.mayResolve();
        for (Node n : new Node[] {resolve, incidentsTitle, incidentBar, incidents}) {
            n.setVisible(manager);
            n.setManaged(manager);
        }
        model.refresh();
    }

    private void resolveChosen() {
        Discrepancy chosen = discrepancies.getSelectionModel().getSelectedItem();
        if (chosen == null || !chosen.open()) {
            model.lines().notDone(ui.text("registerScreen.resolve.notOpen"));
            return;
        }
        ResolveDialog.show(ui, model.resolving(chosen), model.productName(chosen.productId())).ifPresent(model::resolved);
    }

    private String due(LocalDate day, boolean late, java.util.Optional<Incident.Step> done) {
        if (done.isPresent()) {
            return ui.text("registerScreen.incident.dueDone", day.toString(), words.signedAt(done.get().at()));
        }
        return ui.text(late ? "registerScreen.incident.dueLate" : "registerScreen.incident.due", day.toString());
    }

    private <R> void column(TableView<R> table, String name, double width, Function<R, String> value) {
        RegisterColumns.column(ui, table, "counts-col-" + name, name, width, value);
    }
}
