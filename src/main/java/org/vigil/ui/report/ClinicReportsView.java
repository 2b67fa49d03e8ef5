package org.vigil.ui.report;

import java.io.File;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.vigil.domain.Actor;
import org.vigil.domain.report.PeriodReport;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.SystemPrinter;

/**
 * The manager's Reports area (issue 13, item 4): a period (a month by default, or any two days),
 * its figures in tables and charts, and the same report printed or saved as a PDF. The toolbar
 * keeps room at its right end for the other reports' buttons ({@link #addToolbarAction}).
 */
public final class ClinicReportsView {

    /** Months offered in the chooser, newest first: two years back covers an annual review. */
    private static final int MONTHS_OFFERED = 24;

    private final UiContext ui;
    private final ClinicReportsModel model;
    private final VBox root = new VBox(10);
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final DateField from = new DateField();
    private final DateField until = new DateField();
    private final HBox extras = new HBox(8);
    private final VBox figures = new VBox(12);
    private final Label asOf = new Label();

    public ClinicReportsView(Services services, UiContext ui, Supplier<Actor> actor) {
        this.ui = ui;
        this.model = new ClinicReportsModel(services, ui, actor);
        root.setId("clinicReports");
        root.setPadding(new Insets(14));
        Label title = new Label(ui.text("reports.title"));
        title.getStyleClass().add("screen-title");
        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Hyperlink open = new Hyperlink(ui.text("reports.open"));
        open.setId("reportOpen");
        open.visibleProperty().bind(model.savedProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> ReportOutput.openOnDesktop(model.savedProperty().get(), opened -> {
            if (!opened) {
                model.say(ui.text("reports.openFailed"));
            }
        }));
        asOf.setId("reportAsOf");
        asOf.getStyleClass().add("field-hint");
        ScrollPane scroll = new ScrollPane(figures);
        scroll.setFitToWidth(true);
        scroll.setId("reportScroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox said = new HBox(8, message, open);
        // The line takes room only when there is something to say, so the figures start right under the toolbar.
        said.visibleProperty().bind(model.messageProperty().isNotEmpty().or(open.visibleProperty()));
        said.managedProperty().bind(said.visibleProperty());
        root.getChildren().addAll(title, toolbar(), said, asOf, scroll);
        model.reportProperty().addListener((obs, was, now) -> showFigures(now));
        choose(model.defaultMonth());
    }

    public Node root() {
        return root;
    }

    /**
     * Issue 13 merge: the other reports' buttons ("Day reports…", "Export…", the monitoring-form
     * queue) go at the toolbar's right end.
     */
    public void addToolbarAction(Node action) {
        extras.getChildren().add(action);
    }

    /** The figures again, for the period in the fields: other areas write records while this one is closed. */
    public void refresh() {
        period().ifPresent(p -> model.show(p[0], p[1]));
    }

    private Node toolbar() {
        month.setId("reportMonth");
        YearMonth latest = YearMonth.from(ui.today());
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            month.getItems().add(latest.minusMonths(i));
        }
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : ui.times().month(m);
            }

            @Override
            public YearMonth fromString(String text) {
                return null;
            }
        });
        month.setOnAction(e -> {
            if (month.getValue() != null) {
                choose(month.getValue());
            }
        });
        from.setId("reportFrom");
        until.setId("reportUntil");
        from.setPrefColumnCount(8);
        until.setPrefColumnCount(8);
        Button show = button("reportShow", "reports.show", this::refresh);
        Button print = button("reportPrint", "reports.print", () -> period().ifPresent(p -> model.print(p[0], p[1], new SystemPrinter())));
        Button save = button("reportSave", "reports.save", () -> period().ifPresent(p -> chooseFile(p).ifPresent(file ->
                model.save(p[0], p[1], file.toPath()))));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("reportProgress");
        progress.setPrefSize(22, 22);
        Label step = new Label();
        step.setId("reportStep");
        step.textProperty().bind(model.stepProperty());
        Button cancel = new Button(ui.text("reports.cancel"));
        cancel.setId("reportCancel");
        cancel.setOnAction(e -> model.cancel());
        for (Node busyOnly : new Node[] {progress, step, cancel}) {
            busyOnly.visibleProperty().bind(model.busyProperty());
            busyOnly.managedProperty().bind(model.busyProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        extras.setId("reportsToolbarExtras");
        extras.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(8, new Label(ui.text("reports.month")), month, new Label(ui.text("reports.from")), from,
                new Label(ui.text("reports.until")), until, show, new Separator(javafx.geometry.Orientation.VERTICAL), print, save, progress,
                step, cancel, spacer, extras);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("reportsToolbar");
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(ui.text(key));
        button.setId(id);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> action.run());
        return button;
    }

    private void choose(YearMonth chosen) {
        from.setDate(chosen.atDay(1));
        until.setDate(chosen.atEndOfMonth());
        if (!chosen.equals(month.getValue())) {
            month.setValue(chosen);
        }
        refresh();
    }

    /** The two days typed, or empty when one cannot be read (said in the message line); a blank one goes to the service, which asks for it. */
    private Optional<LocalDate[]> period() {
        if (from.unreadable() || until.unreadable()) {
            model.dateUnreadable();
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {from.date().orElse(null), until.date().orElse(null)});
    }

    private Optional<File> chooseFile(LocalDate[] period) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("reports.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("reports.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName("clinic-report-" + period[0] + "-" + period[1] + ".pdf");
        return Optional.ofNullable(chooser.showSaveDialog(root.getScene().getWindow()));
    }

    private void showFigures(PeriodReport report) {
        if (report == null) {
            figures.getChildren().clear();
            asOf.setText("");
            return;
        }
        asOf.setText(ui.text("reports.asOf", ui.times().dateTime(report.printedAt()),
                ui.times().date(report.from()), ui.times().date(report.until())));
        ReportSections sections = new ReportSections(ui, report);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        VBox chart = new VBox(ReportCharts.perDay(report, ui));
        chart.getStyleClass().add("card");
        grid.add(sections.sessions(), 0, 0);
        grid.add(chart, 1, 0);
        grid.add(sections.bpChecks(), 0, 1);
        grid.add(sections.safety(), 1, 1);
        grid.add(sections.observation(), 0, 2);
        grid.add(sections.doses(), 1, 2);
        grid.add(sections.adverseEvents(), 0, 3);
        grid.add(sections.registerAndForms(), 1, 3);
        grid.add(sections.outcomes(), 0, 4, 2, 1);
        grid.getChildren().forEach(n -> GridPane.setValignment(n, javafx.geometry.VPos.TOP));
        figures.getChildren().setAll(grid);
    }
}
