package org.vigil.ui.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.vigil.domain.report.PeriodReport;
import org.vigil.ui.common.UiContext;

/**
 * The Reports area's sections, each a card with a heading: the figures of one part of the
 * period report in a small table (measure and number) or a list, worded as the PDF words them.
 */
final class ReportSections {

    private static final double ROW_HEIGHT = 26;
    /** A column header's and a cell's own padding around the text. */
    private static final double HEADER_PADDING = 24;

    private final UiContext ui;
    private final PeriodReport report;
    private final NumberFormat numbers;

    ReportSections(UiContext ui, PeriodReport report) {
        this.ui = ui;
        this.report = report;
        this.numbers = NumberFormat.getIntegerInstance(ui.messages().locale());
    }

    Node sessions() {
        PeriodReport.SessionCounts s = report.sessions();
        return card("sectionSessions", "report.period.sessions", measures(
                row("report.period.sessions.held", n(s.held())), row("report.period.sessions.dosed", n(s.dosed())),
                row("report.period.sessions.abandoned", n(s.abandoned())), row("report.period.sessions.referred", n(s.referred())),
                row("report.period.sessions.enteredAfterwards", n(s.enteredAfterwards()))),
                table("tablePerChair", List.of(ui.text("report.period.chair.column"), ui.text("report.period.sessions.column")), 1,
                        s.perChair().stream().map(t -> List.of(ui.text("report.period.chair", t.label()), n(t.sessions()))).toList()),
                table("tablePerNurse", List.of(ui.text("report.period.nurse.column"), ui.text("report.period.sessions.column")), 1,
                        s.perNurse().stream().map(t -> List.of(nurse(t.label()), n(t.sessions()))).toList()));
    }

    Node doses() {
        return card("sectionDoses", "report.period.doses", report.doses().isEmpty() ? none() : table("tableDoses",
                List.of(ui.text("report.period.doses.product"), ui.text("report.period.sessions.column"), ui.text("report.period.doses.units"),
                        ui.text("report.period.doses.mg")), 1,
                report.doses().stream().map(d -> List.of(d.product(), n(d.sessions()), ui.text("report.period.unit." + d.unit(), d.units()),
                        NumberFormat.getNumberInstance(ui.messages().locale()).format(d.mg()))).toList()));
    }

    Node observation() {
        PeriodReport.ObservationTimes o = report.observation();
        return card("sectionObservation", "report.period.observation", measures(
                row("report.period.observation.count", n(o.minutes().size())), row("report.period.observation.median", minutes(o.median())),
                row("report.period.observation.longest", minutes(o.longest())),
                row("report.period.observation.minimum", minutes(OptionalInt.of(Math.toIntExact(o.minimumMinutes()))))),
                ReportCharts.observation(report, ui));
    }

    Node bpChecks() {
        PeriodReport.LateBpChecks b = report.bpChecks();
        PeriodReport.Definitions d = report.definitions();
        Label definition = hint(ui.text("report.period.bp.definition", d.bpCheckMinutes(), d.bpCheckWindowMinutes()));
        List<Node> parts = new ArrayList<>(List.of(definition, measures(row("report.period.bp.due", n(b.due())),
                row("report.period.bp.onTime", n(b.onTime())), row("report.period.bp.late", n(b.late().size())),
                row("report.period.bp.missed", n(b.missed())), row("report.period.bp.medianLate", minutes(b.medianMinutesLate())),
                row("report.period.bp.longestLate", minutes(b.longestMinutesLate())))));
        if (!b.late().isEmpty()) {
            parts.add(table("tableLateChecks", List.of(ui.text("report.period.day.column"), ui.text("report.period.chair.column"),
                    ui.text("reports.nurse"), ui.text("report.period.bp.lateBy")), 3, b.late().stream()
                    .map(l -> List.of(ui.times().date(l.day()), n(l.chair()), nurse(l.nurse()), ui.text("report.period.minutes", l.minutesLate())))
                    .toList()));
        }
        return card("sectionBpChecks", "report.period.bp", parts.toArray(Node[]::new));
    }

    Node safety() {
        PeriodReport.SafetyCounts s = report.safety();
        PeriodReport.Definitions d = report.definitions();
        return card("sectionSafety", "report.period.safety", measures(
                new String[] {ui.text("report.period.safety.episodes", d.recheckSbpAbove(), d.recheckDbpAbove()), n(s.elevatedEpisodes())},
                row("report.period.safety.sessionsElevated", n(s.sessionsElevated())),
                row("report.period.safety.baselineOverrides", n(s.baselineOverrides())),
                row("report.period.safety.checklistOverrides", n(s.checklistOverrides())),
                row("report.period.safety.deviceOverrides", n(s.deviceOverrides())),
                row("report.period.safety.dischargeBpOverrides", n(s.dischargeBpOverrides())),
                row("report.period.safety.warnings", n(s.warningsAcknowledged())), row("report.period.safety.alarms", n(s.alarmsAcknowledged()))));
    }

    Node adverseEvents() {
        Node events = report.adverseEvents().isEmpty() ? none() : table("tableAdverse", List.of(ui.text("report.period.adverse.kind"),
                ui.text("report.period.adverse.severity"), ui.text("report.period.adverse.count")), 2, report.adverseEvents().stream()
                .map(a -> List.of(ui.text("adverseEvent.kind." + a.kind()), ui.text("adverseEvent.severity." + a.severity()), n(a.count())))
                .toList());
        Label referralsHeading = heading("report.period.referrals");
        Node referrals = report.referrals().isEmpty() ? none() : table("tableReferrals", List.of(ui.text("report.period.day.column"),
                ui.text("report.period.chair.column"), ui.text("report.period.referrals.reason")), 3, report.referrals().stream()
                .map(r -> List.of(ui.times().date(r.day()), n(r.chair()), r.reason())).toList());
        return card("sectionAdverse", "report.period.adverse", events, referralsHeading, referrals);
    }

    Node registerAndForms() {
        PeriodReport.DiscrepancyCounts d = report.discrepancies();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("report.period.discrepancies.opened", n(d.opened())));
        rows.add(row("report.period.discrepancies.resolved", n(d.resolvedTotal())));
        d.resolved().forEach(r -> rows.add(new String[] {"   " + ui.text("registerScreen.resolve.outcome." + r.outcome()), n(r.count())}));
        rows.add(row("report.period.discrepancies.openAtEnd", n(d.openAtEnd())));
        Label formsHeading = heading("report.period.monitoring");
        Node forms = report.monitoringFormsOverdue().isPresent()
                ? measures(row("report.period.monitoring.overdue", n(report.monitoringFormsOverdue().getAsInt())))
                : hint(ui.text("report.period.monitoring.notEnrolled"));
        forms.setId("monitoringForms");
        return card("sectionRegister", "report.period.discrepancies", measures(rows.toArray(String[][]::new)), formsHeading, forms);
    }

    Node outcomes() {
        PeriodReport.Definitions d = report.definitions();
        Label definition = hint(ui.text("report.period.outcomes.definition", d.responseReductionPercent(), d.phq9RemissionBelow(),
                d.madrsRemissionAtOrBelow()));
        if (report.outcomes().isEmpty()) {
            return card("sectionOutcomes", "report.period.outcomes", definition, hint(ui.text("report.period.outcomes.none")));
        }
        return card("sectionOutcomes", "report.period.outcomes", definition, table("tableOutcomes",
                List.of(ui.text("report.period.outcomes.regimen"), ui.text("report.period.outcomes.scale"), ui.text("report.period.outcomes.assessed"),
                        ui.text("report.period.outcomes.response"), ui.text("report.period.outcomes.remission")), 2,
                report.outcomes().stream().map(r -> List.of(ui.text("regimen." + r.regimen()), ui.text("scale." + r.scale()), n(r.assessed()),
                        ui.text("report.period.percent", n(r.responders()), r.responsePercent().orElse(0)),
                        ui.text("report.period.percent", n(r.remitters()), r.remissionPercent().orElse(0)))).toList()),
                ReportCharts.outcomes(report, ui));
    }

    private VBox card(String id, String headingKey, Node... parts) {
        VBox card = new VBox(6, heading(headingKey));
        card.getChildren().addAll(parts);
        card.getStyleClass().add("card");
        card.setStyle("-fx-padding: 10;");
        card.setId(id);
        return card;
    }

    private Label heading(String key) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        return label;
    }

    private Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-hint");
        label.setWrapText(true);
        return label;
    }

    private Label none() {
        return hint(ui.text("report.period.none"));
    }

    private String[] row(String key, String value) {
        return new String[] {ui.text(key), value};
    }

    /** Measure and number, the numbers lined up on the right. */
    private GridPane measures(String[]... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(3);
        for (int i = 0; i < rows.length; i++) {
            Label what = new Label(rows[i][0]);
            what.setWrapText(true);
            Label value = new Label(rows[i][1]);
            value.setAlignment(Pos.CENTER_RIGHT);
            value.setMaxWidth(Double.MAX_VALUE);
            value.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, what, value);
        }
        return grid;
    }

    /**
     * A read-only table as tall as its rows, so the area scrolls as one page instead of each table on its own.
     *
     * @param textColumns the first columns hold text; the rest are figures, aligned right
     */
    private TableView<List<String>> table(String id, List<String> headings, int textColumns, List<List<String>> rows) {
        TableView<List<String>> table = new TableView<>();
        table.setId(id);
        // Text columns (names, products) get as much width as the figures together, at least twice one figure's; a
        // closing text column (a reason) twice that, so they are read whole.
        int figures = headings.size() - textColumns;
        double[] weight = new double[headings.size()];
        for (int c = 0; c < weight.length; c++) {
            weight[c] = c >= textColumns ? 1 : figures == 0 && c == weight.length - 1 ? 4 : Math.max(2, figures);
        }
        double weights = java.util.Arrays.stream(weight).sum();
        for (int c = 0; c < headings.size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(headings.get(c));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            col.setSortable(false);
            col.setReorderable(false);
            col.prefWidthProperty().bind(table.widthProperty().subtract(20).multiply(weight[c] / weights));
            // A figure column is never narrower than its heading or its widest figure (issue 15, item 7: "Units gi…").
            col.setMinWidth(widest(headings.get(c), rows.stream().map(r -> r.get(column)).toList()));
            if (c >= textColumns) {
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            table.getColumns().add(col);
        }
        table.getItems().setAll(rows);
        table.setFixedCellSize(ROW_HEIGHT);
        double height = ROW_HEIGHT * (rows.size() + 1) + 6;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
        return table;
    }

    /** The width the heading (bold) and the longest cell need, with the cell's padding. */
    private static double widest(String heading, List<String> cells) {
        Font regular = Font.getDefault();
        double width = textWidth(heading, Font.font(regular.getFamily(), FontWeight.BOLD, regular.getSize()));
        for (String cell : cells) {
            width = Math.max(width, textWidth(cell, regular));
        }
        return Math.ceil(width) + HEADER_PADDING;
    }

    private static double textWidth(String value, Font font) {
        Text text = new Text(value);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    private String n(long value) {
        return numbers.format(value);
    }

    private String nurse(String name) {
        return name.isEmpty() ? ui.text("report.period.nurse.unknown") : name;
    }

    private String minutes(OptionalInt value) {
        return value.isPresent() ? ui.text("report.period.minutes", value.getAsInt()) : ui.text("report.period.noValue");
    }
}
