package org.vigil.ui.patients;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.service.PatientView;
import org.vigil.service.Services;
import org.vigil.service.SessionReports.PastSession;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.report.ReportOutput;
import org.vigil.ui.report.SessionReportDialog;

/**
 * The patient's sessions, newest first, each with its day, chair, outcome and dose; "Report…"
 * prints the chosen one's session report (issue 13), for whoever prints on the floor.
 */
final class SessionHistoryPanel {

    private final BorderPane root = new BorderPane();
    private final TableView<PastSession> table = new TableView<>();
    private final Label message = FormField.messageLine("historyMessage");

    SessionHistoryPanel(Services services, UiContext ui, Supplier<Actor> actor, PatientView patient, ReportOutput output) {
        root.setId("sessionHistory");
        table.setId("sessionHistoryTable");
        table.setPlaceholder(new Label(ui.text("patient.sessions.none")));
        table.getColumns().add(column(ui.text("patient.sessions.date"), s -> day(ui, s.date())));
        table.getColumns().add(column(ui.text("patient.sessions.chair"), s -> String.valueOf(s.chair())));
        table.getColumns().add(column(ui.text("patient.sessions.outcome"), s -> ui.text("sessionScreen.state." + s.state().name())));
        table.getColumns().add(column(ui.text("patient.sessions.dose"), s -> s.route().map(r -> ui.text("report.dayLog.doseLine",
                s.doseMg().stripTrailingZeros().toPlainString(), ui.text("route." + r.name()))).orElse("–")));
        table.getColumns().add(column(ui.text("patient.sessions.number"), s -> String.valueOf(s.sessionId())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button report = new Button(ui.text("report.session.dialog.sessionButton"));
        report.setId("historyReport");
        report.setVisible(actor.get().may(Permission.PRINT_SESSION_REPORTS));
        report.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        report.setOnAction(e -> {
            PastSession chosen = table.getSelectionModel().getSelectedItem();
            SessionReportDialog.show(services, ui, report.getScene().getWindow(), actor.get(), chosen.sessionId(),
                    ui.text("report.session.dialog.historyAbout", patient.displayName(), day(ui, chosen.date()),
                            chosen.chair()), output);
        });
        HBox actions = new HBox(8, report, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 14, 14, 14));
        root.setCenter(table);
        root.setBottom(actions);
        BorderPane.setMargin(table, new Insets(8, 14, 0, 14));
        FormMessages answer = new FormMessages(ui, message::setText);
        ui.background().run(() -> services.sessionReports().history(actor.get(), patient.id()),
                outcome -> answer.show(outcome, (List<PastSession> rows) -> table.getItems().setAll(rows)), answer::fault);
    }

    Parent root() {
        return root;
    }

    /** The day with the month in words (3 Mar 2025, 2025年3月3日), as the printed report writes it. */
    private static String day(UiContext ui, java.time.LocalDate date) {
        return ui.times().date(date);
    }

    private static TableColumn<PastSession, String> column(String title, java.util.function.Function<PastSession, String> text) {
        TableColumn<PastSession, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
