package org.vigil.ui.report;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.vigil.domain.report.PeriodReport;
import org.vigil.ui.common.UiContext;

/** The Reports area's charts: the same figures the PDF draws, as JavaFX bar charts. */
final class ReportCharts {

    private static final double HEIGHT = 230;
    /** Rates are shown on a 0–100 % axis, whatever the values. */
    private static final double PERCENT = 100;
    private static final double PERCENT_TICK = 25;
    /** About this many gridlines on a count axis. */
    private static final int COUNT_TICKS = 5;

    private ReportCharts() {}

    /** Sessions held and dosed on each day of the period, labelled by the day of the month. */
    static BarChart<String, Number> perDay(PeriodReport report, UiContext ui) {
        BarChart<String, Number> chart = chart(ui.text("report.period.perDay.chart"), ui.text("reports.chart.sessions"), true);
        XYChart.Series<String, Number> held = series(ui.text("report.period.perDay.held"));
        XYChart.Series<String, Number> dosed = series(ui.text("report.period.perDay.dosed"));
        for (PeriodReport.DayCount d : report.sessions().perDay()) {
            String day = label(report, d);
            held.getData().add(new XYChart.Data<>(day, d.held()));
            dosed.getData().add(new XYChart.Data<>(day, d.dosed()));
        }
        chart.getData().setAll(List.of(held, dosed));
        wholeNumbers(chart, report.sessions().perDay().stream().mapToInt(PeriodReport.DayCount::held).max().orElse(0));
        chart.setId("chartPerDay");
        return chart;
    }

    /** A long period's days carry their month, so two months' 3rd are told apart. */
    private static String label(PeriodReport report, PeriodReport.DayCount d) {
        boolean oneMonth = report.from().getMonth() == report.until().getMonth() && report.from().getYear() == report.until().getYear();
        return oneMonth ? String.valueOf(d.day().getDayOfMonth()) : d.day().getMonthValue() + "/" + d.day().getDayOfMonth();
    }

    /** OBS-1: how many sessions took each band of minutes from the dose to discharge. */
    static BarChart<String, Number> observation(PeriodReport report, UiContext ui) {
        BarChart<String, Number> chart = chart(ui.text("reports.chart.observation"), ui.text("reports.chart.sessions"), false);
        chart.getXAxis().setLabel(ui.text("reports.chart.bands", PeriodReport.ObservationTimes.BAND_MINUTES));
        XYChart.Series<String, Number> sessions = series(ui.text("reports.chart.minutes"));
        report.observation().bands().forEach(b -> sessions.getData().add(new XYChart.Data<>(String.valueOf(b.fromMinutes()), b.sessions())));
        chart.getData().setAll(List.of(sessions));
        wholeNumbers(chart, report.observation().bands().stream().mapToInt(PeriodReport.Band::sessions).max().orElse(0));
        chart.setId("chartObservation");
        return chart;
    }

    /** SCALE: response and remission rates per regimen and scale. */
    static BarChart<String, Number> outcomes(PeriodReport report, UiContext ui) {
        BarChart<String, Number> chart = chart(ui.text("report.period.outcomes.chart"), ui.text("reports.chart.percent"), true);
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(PERCENT);
        axis.setTickUnit(PERCENT_TICK);
        XYChart.Series<String, Number> response = series(ui.text("report.period.outcomes.response"));
        XYChart.Series<String, Number> remission = series(ui.text("report.period.outcomes.remission"));
        for (PeriodReport.OutcomeRate r : report.outcomes()) {
            String label = ui.text("report.period.outcomes.short", ui.text("report.period.regimen." + r.regimen()),
                    ui.text("report.period.scaleShort." + r.scale()));
            response.getData().add(new XYChart.Data<>(label, r.responsePercent().orElse(0)));
            remission.getData().add(new XYChart.Data<>(label, r.remissionPercent().orElse(0)));
        }
        chart.getData().setAll(List.of(response, remission));
        chart.setId("chartOutcomes");
        return chart;
    }

    /** Counts are whole: the value axis goes up in whole steps to a little above the highest bar. */
    private static void wholeNumbers(BarChart<String, Number> chart, int max) {
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        int step = Math.max(1, (int) Math.ceil(max / (double) COUNT_TICKS));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickUnit(step);
        axis.setUpperBound(Math.max(step, (int) Math.ceil((max + 1) / (double) step) * step));
    }

    private static BarChart<String, Number> chart(String title, String valueAxis, boolean legend) {
        NumberAxis values = new NumberAxis();
        values.setLabel(valueAxis);
        values.setMinorTickVisible(false);
        values.setTickUnit(1);
        CategoryAxis categories = new CategoryAxis();
        categories.setAnimated(false);
        BarChart<String, Number> chart = new BarChart<>(categories, values);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(legend);
        chart.setCategoryGap(4);
        chart.setBarGap(1);
        chart.setPrefHeight(HEIGHT);
        chart.setMinHeight(HEIGHT);
        return chart;
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }
}
