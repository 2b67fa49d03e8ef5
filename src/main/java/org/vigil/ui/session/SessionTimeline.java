package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.ui.alarm.OverduePriority;
import org.vigil.ui.common.UiContext;

/**
 * The session on one time axis, from check-in to the end of observation: what was done as filled
 * markers (devices, infusion, readings, scores), what is planned from the due items as hollow
 * ones (late ones in the alarm colour), the end of observation and a line for now. Three lanes:
 * the doses (devices, infusion), blood pressure, sedation. Nodes are made when the session or the minute
 * changes and only placed in {@link #layoutChildren}, so resizing never rebuilds them.
 */
final class SessionTimeline extends Pane {

    private static final double GUTTER = 74;
    private static final double RIGHT = 16;
    private static final double[] LANES = {18, 40, 62};
    private static final double AXIS = 78;
    private static final int DOSE = 0;
    private static final int BP = 1;
    private static final int SEDATION = 2;

    /** Where a node goes: a moment and a lane, or a full-height line, or an axis label. */
    private record Place(Instant at, int lane, Form form) {}

    private enum Form { AXIS, MARKER, VLINE, TICK_LABEL, LINE_LABEL, LANE_LABEL }

    private final UiContext ui;
    private Instant from = Instant.EPOCH;
    private Instant to = Instant.EPOCH.plusSeconds(3600);
    private Object shown;

    SessionTimeline(UiContext ui) {
        this.ui = ui;
        setId("sessionTimeline");
        getStyleClass().add("session-timeline");
        setPrefHeight(98);
        setMinHeight(98);
    }

    void show(SessionMoment m) {
        SessionSnapshot s = m.snapshot();
        Instant now = m.now().truncatedTo(ChronoUnit.MINUTES);
        // Redrawn when the session or the minute changes; lateness ticking by the second is the due strip's.
        Object content = List.of(s.events().size(), m.due().stream().map(d -> List.of(d.kind(), d.dueAt(), d.isOverdue(), d.isDue(m.now())))
                .toList(), now);
        if (content.equals(shown)) {
            return;
        }
        shown = content;
        from = m.checkedInAt().orElse(now);
        Duration observation = m.protocol().observationFor(s);
        Instant end = m.protocol().observationEndsAt(s).orElse(later(from, now).plus(observation).plus(Duration.ofMinutes(30)));
        to = later(end, now.plus(Duration.ofMinutes(5))).plus(Duration.ofMinutes(5));
        getChildren().clear();
        for (int lane = 0; lane < LANES.length; lane++) {
            add(text(ui.text("sessionScreen.timeline.lane." + lane), "timeline-lane"), new Place(from, lane, Form.LANE_LABEL));
        }
        Line axis = new Line(0, 0, 1, 0);
        axis.getStyleClass().add("timeline-axis");
        add(axis, new Place(from, -1, Form.AXIS));
        ticks();
        done(s);
        for (DueItem item : m.due()) {
            planned(item, s.doseStart().orElse(item.target()), m);
        }
        s.doseStart().ifPresent(d -> {
            Instant ends = d.plus(observation);
            Line line = vline(ends.isBefore(m.now()) ? "timeline-end-passed" : "timeline-end");
            add(line, new Place(ends, 0, Form.VLINE));
            add(text(ui.text("sessionScreen.timeline.end", ui.times().time(ends)), "timeline-end-label"),
                    new Place(ends, 0, Form.LINE_LABEL));
        });
        add(vline("timeline-now"), new Place(m.now(), 0, Form.VLINE));
        add(text(ui.text("sessionScreen.timeline.now", ui.times().time(m.now())), "timeline-now-label"),
                new Place(m.now(), 0, Form.LINE_LABEL));
        requestLayout();
    }

    private void ticks() {
        long span = Duration.between(from, to).toMinutes();
        long step = span > 240 ? 60 : span > 120 ? 30 : 15;
        Instant t = from.truncatedTo(ChronoUnit.HOURS);
        while (t.isBefore(from)) {
            t = t.plus(Duration.ofMinutes(step));
        }
        for (; !t.isAfter(to); t = t.plus(Duration.ofMinutes(step))) {
            add(text(ui.times().time(t), "timeline-tick"), new Place(t, -1, Form.TICK_LABEL));
        }
    }

    private void done(SessionSnapshot s) {
        for (SessionEvent e : s.events()) {
            switch (e) {
                case SessionEvent.DeviceGiven d -> marker(d.at(), DOSE, "timeline-device",
                        ui.text("sessionScreen.device.given", d.number(), ui.times().time(d.at())));
                case SessionEvent.InfusionStarted i -> marker(i.at(), DOSE, "timeline-device", ui.text("sessionScreen.timeline.infusionStart"));
                case SessionEvent.InfusionEnded i -> marker(i.at(), DOSE, "timeline-device", ui.text("sessionScreen.timeline.infusionEnd"));
                case SessionEvent.BaselineRecorded b -> marker(b.at(), BP, "timeline-done",
                        ui.text("sessionScreen.timeline.reading", b.sbp() + "/" + b.dbp(), ui.times().time(b.at())));
                case SessionEvent.VitalsRecorded v -> marker(v.at(), BP, "timeline-reading",
                        ui.text("sessionScreen.timeline.reading", v.sbp() + "/" + v.dbp(), ui.times().time(v.at())));
                case SessionEvent.SedationScored sc -> marker(sc.at(), SEDATION, "timeline-score",
                        ui.text("sessionScreen.moaas.last", sc.moaas(), ui.times().time(sc.at())));
                // The Dose row holds doses only: check-in, authorisation, transport and discharge are the steps' and the gate's.
                default -> { }
            }
        }
    }

    /** A planned item at its due moment: hollow, or in the alarm colour once overdue (ALM-4 shows how late). */
    private void planned(DueItem item, Instant doseStart, SessionMoment m) {
        Instant now = m.now();
        int lane = switch (item.kind()) {
            case NEXT_DEVICE, END_OF_OBSERVATION -> DOSE;
            case BP_CHECK, BP_RECHECK, DISCHARGE_BP -> BP;
            case SEDATION_CHECK -> SEDATION;
        };
        if (item.kind() == DueItem.Kind.END_OF_OBSERVATION) {
            return; // drawn as the end line
        }
        // Issue 15, item 4: the colour the alarm bar shows, escalation included, not the item's first priority.
        String style = item.isOverdue()
                ? "timeline-overdue-" + OverduePriority.of(m.view().activeAlarms(), m.view().alarmRules(), item, now).name().toLowerCase(java.util.Locale.ROOT)
                : item.isDue(now) ? "timeline-due" : "timeline-planned";
        // At the target the rule names (the 40-minute BP), not where its window opens.
        marker(item.target(), lane, style, DueStrip.describe(ui, item, now) + "\n" + DueStrip.window(ui, item, doseStart));
    }

    private void marker(Instant at, int lane, String style, String tip) {
        Circle c = new Circle(5);
        c.getStyleClass().addAll("timeline-marker", style);
        Tooltip.install(c, new Tooltip(tip));
        add(c, new Place(at, lane, Form.MARKER));
    }

    private static Line vline(String style) {
        Line line = new Line(0, 0, 0, AXIS - 4);
        line.getStyleClass().add(style);
        return line;
    }

    private static Text text(String value, String style) {
        Text t = new Text(value);
        t.getStyleClass().addAll("timeline-text", style);
        return t;
    }

    private void add(Node node, Place place) {
        node.getProperties().put(Place.class, place);
        node.setManaged(false);
        getChildren().add(node);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double span = Math.max(1, Duration.between(from, to).toSeconds());
        double scale = (width - GUTTER - RIGHT) / span;
        for (Node node : getChildren()) {
            Place p = (Place) node.getProperties().get(Place.class);
            double x = GUTTER + Duration.between(from, p.at()).toSeconds() * scale;
            var b = node.getLayoutBounds();
            switch (p.form()) {
                case LANE_LABEL -> node.relocate(4, LANES[p.lane()] - b.getHeight() / 2);
                case TICK_LABEL -> node.relocate(x - b.getWidth() / 2, AXIS + 3);
                case VLINE -> node.relocate(x, 2);
                case LINE_LABEL -> node.relocate(lineLabelX(node, x, width, scale), 0);
                case AXIS -> {
                    ((Line) node).setEndX(Math.max(1, width - GUTTER - RIGHT));
                    node.relocate(GUTTER, AXIS);
                }
                case MARKER -> node.relocate(x - b.getWidth() / 2, LANES[p.lane()] - b.getHeight() / 2);
            }
        }
    }

    /**
     * Right of its line, unless that would run into the other line's label (now and the end of
     * observation close together): then the label of the earlier line goes to its left.
     */
    private double lineLabelX(Node label, double x, double width, double scale) {
        double w = label.getLayoutBounds().getWidth();
        double right = Math.min(x + 3, width - w - 2);
        for (Node other : getChildren()) {
            Place p = (Place) other.getProperties().get(Place.class);
            if (other == label || p.form() != Form.LINE_LABEL) {
                continue;
            }
            double otherX = GUTTER + Duration.between(from, p.at()).toSeconds() * scale;
            double otherW = other.getLayoutBounds().getWidth();
            boolean overlap = Math.abs(x - otherX) < Math.max(w, otherW) + 6;
            boolean earlier = x < otherX || (x == otherX && getChildren().indexOf(label) < getChildren().indexOf(other));
            if (overlap && earlier) {
                return Math.max(GUTTER, x - w - 3);
            }
        }
        return right;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
