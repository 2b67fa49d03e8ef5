package org.vigil.report;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.vigil.domain.report.SessionReport;
import org.vigil.domain.session.KeyTimes;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.vitals.AssessmentRules;

/**
 * The session's BP chart on paper, drawn as vector lines in a form XObject (never a picture, so it
 * prints sharp at any size): systolic and diastolic over the minutes since the dose started, as the
 * screen's chart draws them, with the thresholds the session ran under — BP-4 recheck, BP-5 call
 * the prescriber, the BP-1 baseline — the BP-3 check and the OBS-1 end of observation as upright
 * lines, and each BP-6 rise from the baseline marked with a triangle. Shapes differ as well as
 * colours, so a black-and-white copy still tells systolic from diastolic.
 */
final class BpChartDrawing {

    private static final int MINUTE_STEP = 15;
    private static final int MMHG_STEP = 20;
    private static final float LEFT = 34;
    private static final float RIGHT = 96;
    private static final float BOTTOM = 26;
    private static final float TOP = 30;
    private static final Color SYSTOLIC = new Color(0x1F, 0x3A, 0x93);
    private static final Color DIASTOLIC = new Color(0x2E, 0x86, 0x8C);
    private static final Color RECHECK = new Color(0xD9, 0x7A, 0x00);
    private static final Color CALL = new Color(0xB0, 0x00, 0x20);
    private static final Color BASELINE = new Color(0x70, 0x70, 0x70);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color RISE = new Color(0xE0, 0x9A, 0x00);

    private final SessionReport report;
    private final Lettering type;
    private final Wording words;
    private final Font label;

    BpChartDrawing(SessionReport report, Lettering type, Wording words) {
        this.report = report;
        this.type = type;
        this.words = words;
        this.label = new Font(type.small.getBaseFont(), type.small.getSize() * 0.9f);
    }

    /** The chart as a vector image of the given size, or empty before a dose (no time axis to draw on). */
    Optional<Image> draw(PdfContentByte page, float width, float height) {
        Optional<Instant> start = report.snapshot().doseStart();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        PdfTemplate t = page.createTemplate(width, height);
        SessionProtocol p = report.protocol();
        AssessmentRules rules = report.rules();
        List<VitalsRecorded> readings = report.snapshot().readings();
        long observation = p.observationFor(report.snapshot()).toMinutes();
        long first = readings.stream().mapToLong(r -> minutes(start.get(), r.observedAt())).min().orElse(0);
        long last = readings.stream().mapToLong(r -> minutes(start.get(), r.observedAt())).max().orElse(0);
        long lower = Math.min(0, Math.floorDiv(first, MINUTE_STEP) * MINUTE_STEP);
        long upper = Math.max(observation, (Math.floorDiv(last, MINUTE_STEP) + 1) * MINUTE_STEP);
        int highest = Math.max(rules.sustainedSystolicAtLeast(), readings.stream().mapToInt(VitalsRecorded::sbp).max().orElse(0));
        int lowest = Math.min(p.recheckDbpAbove(), readings.stream().mapToInt(VitalsRecorded::dbp).min().orElse(p.recheckDbpAbove()));
        lowest = Math.min(lowest, report.snapshot().baseline().map(VitalsRecorded::dbp).orElse(lowest));
        int yLow = Math.max(0, (lowest - MMHG_STEP) / MMHG_STEP * MMHG_STEP);
        int yHigh = (highest + MMHG_STEP + MMHG_STEP - 1) / MMHG_STEP * MMHG_STEP;
        Plot plot = new Plot(LEFT, BOTTOM, width - LEFT - RIGHT, height - BOTTOM - TOP, lower, upper, yLow, yHigh);

        grid(t, plot);
        horizontal(t, plot, p.recheckSbpAbove(), RECHECK, 4, words.get("report.session.chart.recheck", p.recheckSbpAbove()));
        horizontal(t, plot, p.recheckDbpAbove(), RECHECK, 4, words.get("report.session.chart.recheck", p.recheckDbpAbove()));
        horizontal(t, plot, rules.sustainedSystolicAtLeast(), CALL, 2, words.get("report.session.chart.call", rules.sustainedSystolicAtLeast()));
        horizontal(t, plot, rules.sustainedDiastolicAtLeast(), CALL, 2, words.get("report.session.chart.call", rules.sustainedDiastolicAtLeast()));
        if (rules.singleSystolicAtLeast() <= yHigh) {
            horizontal(t, plot, rules.singleSystolicAtLeast(), CALL, 0, words.get("report.session.chart.single", rules.singleSystolicAtLeast()));
        }
        report.snapshot().baseline().ifPresent(b -> {
            horizontal(t, plot, b.sbp(), BASELINE, 1, words.get("report.session.chart.baseline", b.sbp()));
            horizontal(t, plot, b.dbp(), BASELINE, 1, words.get("report.session.chart.baseline", b.dbp()));
        });
        upright(t, plot, 0, words.get("report.session.chart.doseStart"));
        upright(t, plot, bpCheckMinute(p), words.get("report.session.chart.bpCheck"));
        upright(t, plot, observation, words.get("report.session.chart.observationEnds"));
        series(t, plot, start.get(), readings, true);
        series(t, plot, start.get(), readings, false);
        for (VitalsRecorded r : readings) {
            if (!r.observedAt().isBefore(start.get()) && p.risesFromBaseline(report.snapshot(), r)) {
                rise(t, plot.x(minutes(start.get(), r.observedAt())), plot.y(r.sbp()));
            }
        }
        legend(t, plot, width, height);
        return Optional.of(Image.getInstance(t));
    }

    /** BP-3: minutes from the dose start to the check, counted from the anchor the protocol names. */
    private long bpCheckMinute(SessionProtocol p) {
        Instant start = report.snapshot().doseStart().orElseThrow();
        return KeyTimes.bpCheckDue(report.snapshot(), p).map(due -> minutes(start, due)).orElse(0L);
    }

    /** The plotting area and its scales. */
    private record Plot(float left, float bottom, float width, float height, long xFrom, long xTo, int yFrom, int yTo) {
        float x(long minute) {
            return left + width * (minute - xFrom) / (float) (xTo - xFrom);
        }

        float y(int mmHg) {
            return bottom + height * (mmHg - yFrom) / (float) (yTo - yFrom);
        }

        float top() {
            return bottom + height;
        }

        float right() {
            return left + width;
        }
    }

    private void grid(PdfContentByte t, Plot plot) {
        t.saveState();
        t.setLineWidth(0.3f);
        t.setColorStroke(GRID);
        for (int y = plot.yFrom(); y <= plot.yTo(); y += MMHG_STEP) {
            t.moveTo(plot.left(), plot.y(y));
            t.lineTo(plot.right(), plot.y(y));
            text(t, Element.ALIGN_RIGHT, String.valueOf(y), plot.left() - 3, plot.y(y) - 2.5f);
        }
        for (long x = plot.xFrom(); x <= plot.xTo(); x += MINUTE_STEP) {
            t.moveTo(plot.x(x), plot.bottom());
            t.lineTo(plot.x(x), plot.top());
            text(t, Element.ALIGN_CENTER, String.valueOf(x), plot.x(x), plot.bottom() - 9);
        }
        t.stroke();
        t.setColorStroke(Color.BLACK);
        t.setLineWidth(0.6f);
        t.rectangle(plot.left(), plot.bottom(), plot.width(), plot.height());
        t.stroke();
        t.restoreState();
        text(t, Element.ALIGN_CENTER, words.get("report.session.chart.minutes"), plot.left() + plot.width() / 2, plot.bottom() - 19);
        ColumnText.showTextAligned(t, Element.ALIGN_CENTER, type.phrase(words.get("report.session.chart.mmHg"), label), 9,
                plot.bottom() + plot.height() / 2, 90);
    }

    /** A threshold across the chart, labelled at its right end; {@code dash} 0 draws it solid. */
    private void horizontal(PdfContentByte t, Plot plot, int mmHg, Color color, float dash, String name) {
        if (mmHg < plot.yFrom() || mmHg > plot.yTo()) {
            return;
        }
        t.saveState();
        t.setColorStroke(color);
        t.setLineWidth(0.8f);
        if (dash > 0) {
            t.setLineDash(dash, dash, 0);
        }
        t.moveTo(plot.left(), plot.y(mmHg));
        t.lineTo(plot.right(), plot.y(mmHg));
        t.stroke();
        t.restoreState();
        Font coloured = new Font(label.getBaseFont(), label.getSize(), Font.NORMAL, color);
        ColumnText.showTextAligned(t, Element.ALIGN_LEFT, type.phrase(name, coloured), plot.right() + 3, plot.y(mmHg) - 2.5f, 0);
    }

    /** A moment of the protocol as a dotted upright line, named at the top. */
    private void upright(PdfContentByte t, Plot plot, long minute, String name) {
        if (minute < plot.xFrom() || minute > plot.xTo()) {
            return;
        }
        t.saveState();
        t.setColorStroke(BASELINE);
        t.setLineWidth(0.6f);
        t.setLineDash(1, 2, 0);
        t.moveTo(plot.x(minute), plot.bottom());
        t.lineTo(plot.x(minute), plot.top());
        t.stroke();
        t.restoreState();
        // Named beside the line rather than over it, so the name at minute 0 clears the axis's numbers.
        text(t, Element.ALIGN_LEFT, name, plot.x(minute) + 2, plot.top() + 2);
    }

    private void series(PdfContentByte t, Plot plot, Instant start, List<VitalsRecorded> readings, boolean systolic) {
        if (readings.isEmpty()) {
            return;
        }
        Color color = systolic ? SYSTOLIC : DIASTOLIC;
        t.saveState();
        t.setColorStroke(color);
        t.setColorFill(color);
        t.setLineWidth(1.2f);
        for (int i = 0; i < readings.size(); i++) {
            VitalsRecorded r = readings.get(i);
            float x = plot.x(minutes(start, r.observedAt()));
            float y = plot.y(systolic ? r.sbp() : r.dbp());
            if (i == 0) {
                t.moveTo(x, y);
            } else {
                t.lineTo(x, y);
            }
        }
        t.stroke();
        for (VitalsRecorded r : readings) {
            float x = plot.x(minutes(start, r.observedAt()));
            float y = plot.y(systolic ? r.sbp() : r.dbp());
            marker(t, x, y, systolic);
        }
        t.restoreState();
    }

    /** Systolic as a filled circle, diastolic as a filled square. */
    private static void marker(PdfContentByte t, float x, float y, boolean systolic) {
        if (systolic) {
            t.circle(x, y, 2.2f);
        } else {
            t.rectangle(x - 2, y - 2, 4, 4);
        }
        t.fill();
    }

    /** BP-6: a triangle over the systolic point risen from the baseline. */
    private static void rise(PdfContentByte t, float x, float y) {
        t.saveState();
        t.setColorFill(RISE);
        t.setColorStroke(Color.BLACK);
        t.setLineWidth(0.4f);
        t.moveTo(x - 3.5f, y + 4);
        t.lineTo(x + 3.5f, y + 4);
        t.lineTo(x, y + 10);
        t.closePathFillStroke();
        t.restoreState();
    }

    private void legend(PdfContentByte t, Plot plot, float width, float height) {
        float y = height - 9;
        float x = plot.left();
        x = legendItem(t, x, y, SYSTOLIC, true, words.get("report.session.chart.sbp"));
        x = legendItem(t, x, y, DIASTOLIC, false, words.get("report.session.chart.dbp"));
        t.saveState();
        t.setColorFill(RISE);
        t.moveTo(x, y - 1);
        t.lineTo(x + 7, y - 1);
        t.lineTo(x + 3.5f, y + 5);
        t.closePathFillStroke();
        t.restoreState();
        String rise = words.get("report.session.chart.rise", report.protocol().riseSbpAtLeast(), report.protocol().riseDbpAtLeast());
        text(t, Element.ALIGN_LEFT, rise, x + 10, y - 1);
    }

    private float legendItem(PdfContentByte t, float x, float y, Color color, boolean systolic, String name) {
        t.saveState();
        t.setColorStroke(color);
        t.setColorFill(color);
        t.setLineWidth(1.2f);
        t.moveTo(x, y + 1.5f);
        t.lineTo(x + 14, y + 1.5f);
        t.stroke();
        marker(t, x + 7, y + 1.5f, systolic);
        t.restoreState();
        text(t, Element.ALIGN_LEFT, name, x + 18, y - 1);
        return x + 24 + type.width(name, label);
    }

    private void text(PdfContentByte t, int align, String text, float x, float y) {
        ColumnText.showTextAligned(t, align, type.phrase(text, label), x, y, 0);
    }

    private static long minutes(Instant start, Instant at) {
        return Math.floorDiv(Duration.between(start, at).toSeconds(), 60);
    }
}
