package org.vigil.ui.patients;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.vigil.domain.scale.ScaleAssessment;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleProgress;
import org.vigil.domain.scale.ScaleThresholds;
import org.vigil.ui.common.UiContext;

/**
 * A course's scores on one scale over time, with the baseline, the response line (the set
 * reduction from baseline) and the remission threshold drawn across, so progress reads at a
 * glance.
 */
final class ScaleChart {

    private final LineChart<Number, Number> chart;

    ScaleChart(UiContext ui, ScaleKind kind, List<ScaleAssessment> assessments, ScaleProgress progress, ScaleThresholds thresholds) {
        List<ScaleAssessment> ofKind = assessments.stream().filter(a -> a.score().kind() == kind).toList();
        long first = ofKind.getFirst().takenOn().toEpochDay();
        long last = Math.max(ofKind.getLast().takenOn().toEpochDay(), first + 7);
        NumberAxis x = new NumberAxis(first - 1, last + 1, Math.max(7, (last - first) / 6));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return LocalDate.ofEpochDay(day.longValue()).toString().substring(5);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not edited");
            }
        });
        NumberAxis y = new NumberAxis(0, kind.totalMax(), kind == ScaleKind.PHQ9 ? 3 : 6);
        y.setLabel(ui.text("scale.chart.scores"));
        chart = new LineChart<>(x, y);
        chart.setId("chart-" + kind.name());
        chart.setTitle(ui.text("scale.chart.title", ui.text("scale." + kind.name())));
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(260);
        XYChart.Series<Number, Number> scores = new XYChart.Series<>();
        scores.setName(ui.text("scale.chart.scores"));
        ofKind.forEach(a -> scores.getData().add(new XYChart.Data<>(a.takenOn().toEpochDay(), a.score().total())));
        chart.getData().add(scores);
        progress.baseline().ifPresent(b -> {
            int base = b.score().total();
            chart.getData().add(line(ui.text("scale.chart.baseline", base), first - 1, last + 1, base));
            double response = base * (100 - thresholds.responseReductionPercent()) / 100.0;
            chart.getData().add(line(ui.text("scale.chart.response", thresholds.responseReductionPercent()), first - 1, last + 1, response));
        });
        int remission = kind == ScaleKind.PHQ9 ? thresholds.phq9RemissionBelow() : thresholds.madrsRemissionAtOrBelow();
        chart.getData().add(line(ui.text(kind == ScaleKind.PHQ9 ? "scale.chart.remissionBelow" : "scale.chart.remissionAtOrBelow",
                remission), first - 1, last + 1, remission));
    }

    private static XYChart.Series<Number, Number> line(String name, long from, long to, double value) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().add(new XYChart.Data<>(from, value));
        series.getData().add(new XYChart.Data<>(to, value));
        return series;
    }

    Parent root() {
        return chart;
    }
}
