package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.ui.common.UiContext;

/**
 * Systolic and diastolic over the minutes since the dose started, with the BP-4/DIS-1 recheck
 * thresholds and the BP-1 baseline drawn across, and each BP-6 rise from the baseline marked, so
 * a rise and a return below the line read at a glance. Redrawn only when the readings change, not on every tick.
 */
final class BpChart {

    private static final int STEP = 15;
    private static final javafx.css.PseudoClass RISE = javafx.css.PseudoClass.getPseudoClass("bp-rise");

    private final UiContext ui;
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private final Label empty = new Label();
    private final StackPane root = new StackPane();
    private Object shown;

    BpChart(UiContext ui) {
        this.ui = ui;
        chart.setId("bpChart");
        chart.getStyleClass().add("bp-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        chart.setTitle(ui.text("sessionScreen.chart.title"));
        chart.setPrefHeight(250);
        chart.setMinHeight(200);
        x.setAutoRanging(false);
        x.setLabel(ui.text("sessionScreen.chart.minutes"));
        x.setTickUnit(STEP);
        y.setAutoRanging(false);
        y.setLabel(ui.text("sessionScreen.chart.mmHg"));
        y.setTickUnit(20);
        empty.setId("bpChartEmpty");
        empty.getStyleClass().add("field-hint");
        empty.setText(ui.text("sessionScreen.chart.empty"));
        root.getChildren().addAll(chart, empty);
    }

    Node root() {
        return root;
    }

    void show(SessionMoment m) {
        Optional<Instant> start = m.snapshot().doseStart();
        List<VitalsRecorded> readings = m.snapshot().readings();
        // The axis grows with the clock only in whole steps, so a tick redraws at most every STEP minutes.
        long nowStep = start.map(s -> Math.floorDiv(Duration.between(s, m.now()).toMinutes(), STEP)).orElse(0L);
        Object content = List.of(start, readings, m.snapshot().baseline(), nowStep);
        if (content.equals(shown)) {
            return;
        }
        shown = content;
        chart.setVisible(start.isPresent());
        empty.setVisible(start.isEmpty());
        chart.getData().clear();
        if (start.isEmpty()) {
            return;
        }
        SessionProtocol p = m.protocol();
        long observation = p.observationFor(m.snapshot()).toMinutes();
        long first = readings.stream().mapToLong(r -> minutes(start.get(), r.observedAt())).min().orElse(0);
        long last = Math.max(readings.stream().mapToLong(r -> minutes(start.get(), r.observedAt())).max().orElse(0),
                minutes(start.get(), m.now()));
        long lower = Math.min(0, Math.floorDiv(first, STEP) * STEP);
        long upper = Math.max(observation, (Math.floorDiv(last, STEP) + 1) * STEP);
        x.setLowerBound(lower);
        x.setUpperBound(upper);
        int highest = Math.max(p.recheckSbpAbove(), readings.stream().mapToInt(VitalsRecorded::sbp).max().orElse(0));
        int lowest = Math.min(p.recheckDbpAbove(), readings.stream().mapToInt(VitalsRecorded::dbp).min().orElse(p.recheckDbpAbove()));
        y.setLowerBound(Math.max(0, (lowest - 20) / 20 * 20));
        y.setUpperBound((highest + 39) / 20 * 20);
        XYChart.Series<Number, Number> sbp = series(ui.text("sessionScreen.chart.sbp"));
        XYChart.Series<Number, Number> dbp = series(ui.text("sessionScreen.chart.dbp"));
        for (VitalsRecorded r : readings) {
            long minute = minutes(start.get(), r.observedAt());
            XYChart.Data<Number, Number> point = new XYChart.Data<>(minute, r.sbp());
            if (!r.observedAt().isBefore(start.get()) && p.risesFromBaseline(m.snapshot(), r)) {
                point.setNode(riseMark(r, m.snapshot().baseline().orElseThrow(), p, sbp.getData().size()));
            }
            sbp.getData().add(point);
            dbp.getData().add(new XYChart.Data<>(minute, r.dbp()));
        }
        chart.getData().add(sbp);
        chart.getData().add(dbp);
        chart.getData().add(line(ui.text("sessionScreen.chart.sbpLimit", p.recheckSbpAbove()), lower, upper, p.recheckSbpAbove()));
        chart.getData().add(line(ui.text("sessionScreen.chart.dbpLimit", p.recheckDbpAbove()), lower, upper, p.recheckDbpAbove()));
        m.snapshot().baseline().ifPresent(b -> {
            chart.getData().add(line(ui.text("sessionScreen.chart.baselineSbp", b.sbp()), lower, upper, b.sbp()));
            chart.getData().add(line(ui.text("sessionScreen.chart.baselineDbp", b.dbp()), lower, upper, b.dbp()));
        });
    }

    /**
     * BP-6: a post-dose reading risen from the baseline by the rise limits is marked on the chart
     * in the medium-alarm colour, even under the recheck lines, because that is where a low
     * baseline hides a climb.
     */
    private Node riseMark(VitalsRecorded r, VitalsRecorded baseline, SessionProtocol p, int index) {
        Label mark = new Label(ui.text("sessionScreen.chart.rise"));
        mark.setId("bpRise-" + index);
        // A pseudo-class, not a style class: the chart replaces a point's style classes with its own.
        mark.pseudoClassStateChanged(RISE, true);
        String why = ui.text("sessionScreen.chart.riseTooltip", r.sbp() + "/" + r.dbp(), baseline.sbp() + "/" + baseline.dbp(),
                p.riseSbpAtLeast(), p.riseDbpAtLeast());
        mark.setAccessibleHelp(why); // the chart sets the point's accessible text to its value
        Tooltip.install(mark, new Tooltip(why));
        return mark;
    }

    private static long minutes(Instant start, Instant at) {
        return Math.floorDiv(Duration.between(start, at).toSeconds(), 60);
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static XYChart.Series<Number, Number> line(String name, long from, long to, int value) {
        XYChart.Series<Number, Number> s = series(name);
        s.getData().add(new XYChart.Data<>(from, value));
        s.getData().add(new XYChart.Data<>(to, value));
        return s;
    }
}
