package org.vigil.ui.day;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.service.ClinicDay;
import org.vigil.service.DayRow;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.ReasonDialog;
import org.vigil.ui.common.SubmitDialog;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.common.WrappingCell;
import org.vigil.ui.patients.ScheduleText;
import org.vigil.ui.report.DayReportsDialog;

/**
 * The clinic's day list (SCH-6): today or this week; who is booked on which chair, who is due,
 * who is overdue, who was treated and how their session ended (discharged at 10:02, abandoned,
 * referred); booking a slot and cancelling one.
 */
public final class DayListView {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final LongConsumer openPatient;
    private final VBox root = new VBox(10);
    private final TableView<DayRow> table = new TableView<>();
    private final ToggleButton today = new ToggleButton();
    private final ToggleButton week = new ToggleButton();
    private final Label summary = new Label();
    private final Label message = FormField.messageLine("dayMessage");
    private final FormMessages answers;

    public DayListView(Services services, UiContext ui, Supplier<Actor> actor, LongConsumer openPatient) {
        this.services = services;
        this.ui = ui;
        this.answers = new FormMessages(ui, message::setText);
        this.actor = actor;
        this.openPatient = openPatient;
        ToggleGroup range = new ToggleGroup();
        today.setText(ui.text("day.today"));
        today.setId("dayToday");
        week.setText(ui.text("day.week"));
        week.setId("dayWeek");
        today.setToggleGroup(range);
        week.setToggleGroup(range);
        today.setSelected(true);
        range.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                refresh();
            }
        });
        Button book = new Button(ui.text("day.book"));
        book.setId("bookSession");
        // PAT-1: the service refuses booking a suspended patient; the button says so first.
        book.disableProperty().bind(Bindings.createBooleanBinding(() -> table.getSelectionModel().getSelectedItem() == null
                || table.getSelectionModel().getSelectedItem().suspension().isPresent(), table.getSelectionModel().selectedItemProperty()));
        book.setVisible(actor.get().may(Permission.RECORD_CLINICAL));
        book.setOnAction(e -> book(table.getSelectionModel().getSelectedItem()));
        Button cancel = new Button(ui.text("day.cancel"));
        cancel.setId("cancelBooking");
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> table.getSelectionModel().getSelectedItem() == null
                || !table.getSelectionModel().getSelectedItem().booked(), table.getSelectionModel().selectedItemProperty()));
        cancel.setVisible(actor.get().may(Permission.RECORD_CLINICAL));
        cancel.setOnAction(e -> cancel(table.getSelectionModel().getSelectedItem()));
        Button open = new Button(ui.text("day.openPatient"));
        open.setId("dayOpenPatient");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openPatient.accept(table.getSelectionModel().getSelectedItem().patient().id()));
        // Day close: the nurse in charge prints the daily clinic log from the day it lists.
        Button reports = new Button(ui.text("day.reports"));
        reports.setId("dayReports");
        reports.setVisible(actor.get().may(Permission.PRINT_SESSION_REPORTS));
        reports.managedProperty().bind(reports.visibleProperty());
        reports.setOnAction(e -> DayReportsDialog.show(services, ui, reports.getScene().getWindow(), actor.get()));
        summary.setId("daySummary");
        HBox bar = new HBox(8, today, week, book, cancel, open, reports, summary);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("dayTable");
        // Issue 15, item 7: long values wrap onto a second line in their cell rather than end in "…".
        table.getColumns().add(column("day.col.day", r -> ui.times().date(r.day()), 125));
        table.getColumns().add(column("day.col.chair", r -> r.chair().map(String::valueOf).orElse(""), 60));
        table.getColumns().add(column("day.col.patient", r -> r.patient().displayName() + " (" + r.patient().age() + ")", 170));
        table.getColumns().add(column("day.col.flags", r -> r.patient().flags().stream().map(f -> ui.text(f.messageKey()))
                .sorted().collect(Collectors.joining(", ")), 140));
        table.getColumns().add(column("day.col.regimen", r -> ui.text("regimen." + r.regimen().name()), 210));
        table.getColumns().add(column("day.col.state", this::state, 160));
        table.getColumns().add(column("day.col.schedule", r -> r.next().map(n -> ScheduleText.of(ui, n)).orElse(""), 330));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ui.text("day.none")));
        table.setRowFactory(t -> {
            TableRow<DayRow> row = new TableRow<>() {
                @Override
                protected void updateItem(DayRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("row-overdue", "row-booked", "row-due", "row-suspended", "row-finished");
                    if (!empty && item != null) {
                        getStyleClass().add(item.ended().isPresent() ? "row-finished" : item.suspension().isPresent() ? "row-suspended"
                                : item.overdue() ? "row-overdue" : item.booked() ? "row-booked" : "row-due");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openPatient.accept(row.getItem().patient().id());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(bar, message, table);
        root.setPadding(new Insets(14));
        refresh();
    }

    public Parent root() {
        return root;
    }


    public void refresh() {
        LocalDate from = ui.today();
        LocalDate to = week.isSelected() ? from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : from;
        ui.background().run(() -> services.clinicDay().between(actor.get(), from, to), outcome -> answers.show(outcome, rows -> {
            message.setText("");
            table.getItems().setAll(rows);
            long booked = rows.stream().filter(DayRow::booked).count();
            long overdue = rows.stream().filter(DayRow::overdue).count();
            long finished = rows.stream().filter(r -> r.ended().isPresent()).count();
            summary.setText(ui.text("day.summary.withFinished", rows.size(), booked, overdue, finished));
        }), message::setText);
    }

    private String state(DayRow r) {
        if (r.ended().isPresent()) {
            // Issue 15: the day keeps every patient treated, with how and when the session ended.
            DayRow.Ended how = r.ended().get();
            String outcome = "day.outcome." + how.outcome().name();
            return how.at().map(at -> ui.text(outcome + ".at", ui.times().time(at))).orElseGet(() -> ui.text(outcome));
        }
        if (r.suspension().isPresent()) {
            return ui.text("day.state.suspended"); // PAT-1 outranks every schedule state
        }
        if (r.inSession()) {
            return ui.text("day.state.inSession");
        }
        if (r.booked()) {
            return ui.text("day.state.booked");
        }
        return ui.text(r.overdue() ? "day.state.overdue" : "day.state.due");
    }

    private void book(DayRow row) {
        DateField day = new DateField();
        day.setId("bookDay");
        day.setDate(row.booked() ? row.day() : ui.today());
        ComboBox<Integer> chair = new ComboBox<>();
        chair.setId("bookChair");
        ui.background().run(() -> services.settings().current().integer(SettingKeys.CLINIC_CHAIRS), chairs -> {
            for (int i = 1; i <= chairs; i++) {
                chair.getItems().add(i);
            }
        }, message::setText);
        VBox content = new VBox(8, new Label(row.patient().displayName() + " — " + ui.text("regimen." + row.regimen().name())),
                new FormField(day).label(ui.text("day.book.day")), new FormField(chair).label(ui.text("day.book.chair")));
        Optional<ClinicDay.Booked> booked = new SubmitDialog<ClinicDay.Booked>(ui, ui.text("day.book.title"), content).showAndWait(() -> {
            Optional<LocalDate> on = day.date();
            Integer seat = chair.getValue();
            long courseId = row.courseId();
            return () -> on.isEmpty() || seat == null ? Outcome.refused(Refusal.of("SCH-6", "day.book.incomplete"))
                    : services.clinicDay().book(actor.get(), courseId, on.get(), seat);
        });
        booked.ifPresent(b -> {
            message.setText(b.warnings().stream().map(w -> ui.messages().refusal(w.refusal())).collect(Collectors.joining(" ")));
            refresh();
        });
    }

    private void cancel(DayRow row) {
        if (row.sessionId().isEmpty()) {
            message.setText(ui.text("day.cancel.notBooked"));
            return;
        }
        new ReasonDialog(ui, ui.text("day.cancel.title", row.patient().displayName(), ui.times().date(row.day()))).ask().ifPresent(reason ->
                ui.background().run(() -> services.clinicDay().cancel(actor.get(), row.sessionId().get(), reason), outcome -> {
                    answers.show(outcome);
                    refresh();
                }, message::setText));
    }

    private TableColumn<DayRow, String> column(String key, Function<DayRow, String> value, double width) {
        TableColumn<DayRow, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        WrappingCell.wrap(column, "day-cell-text");
        column.setPrefWidth(width);
        return column;
    }
}
