package org.vigil.report;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * A bar chart drawn as PDF vector graphics (lines, rectangles and embedded text in a form
 * XObject), never a picture: it prints sharp at any size and its labels read back as text.
 * One or two series side by side per category, a value axis with a few round gridlines.
 */
final class PdfBarChart {

    /** One category's label and its value in each series. */
    record Bar(String label, double... values) {}

    private static final Color[] SERIES = {new Color(0x2F, 0x5D, 0x8A), new Color(0x7F, 0xB0, 0x69)};
    private static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    private static final float LEFT = 34;
    private static final float BOTTOM = 26;
    private static final float TOP = 18;
    private static final int GRIDLINES = 4;

    private PdfBarChart() {}

    /**
     * @param series the name of each series, shown as a legend when there are two
     * @param labelEvery label every n-th category, so thirty-one days do not overprint
     * @param scaleTop the value axis's top (100 for percentages), or 0 to fit the values with round gridlines
     */
    static Image draw(PdfContentByte page, Lettering type, float width, float height, String title, List<String> series,
                      List<Bar> bars, int labelEvery, double scaleTop) {
        PdfTemplate chart = page.createTemplate(width, height);
        Font small = type.small;
        text(chart, type, Element.ALIGN_LEFT, title, type.bold, 0, height - 11);
        if (series.size() > 1) {
            float x = width;
            for (int s = series.size() - 1; s >= 0; s--) {
                float w = type.width(series.get(s), small);
                x -= w;
                text(chart, type, Element.ALIGN_LEFT, series.get(s), small, x, height - 11);
                chart.setColorFill(SERIES[s % SERIES.length]);
                chart.rectangle(x - 10, height - 11, 7, 7);
                chart.fill();
                x -= 18;
            }
        }
        float plotWidth = width - LEFT - 4;
        float plotHeight = height - BOTTOM - TOP;
        double max = bars.stream().flatMapToDouble(b -> java.util.Arrays.stream(b.values())).max().orElse(0);
        double step = scaleTop > 0 ? scaleTop / GRIDLINES : niceStep(max / GRIDLINES);
        double top = step * GRIDLINES;
        chart.setLineWidth(0.3f);
        for (int g = 0; g <= GRIDLINES; g++) {
            float y = BOTTOM + (float) (plotHeight * g / GRIDLINES);
            chart.setColorStroke(g == 0 ? Color.BLACK : GRID);
            chart.moveTo(LEFT, y);
            chart.lineTo(LEFT + plotWidth, y);
            chart.stroke();
            text(chart, type, Element.ALIGN_RIGHT, number(step * g), small, LEFT - 3, y - 2.5f);
        }
        if (!bars.isEmpty()) {
            float slot = plotWidth / bars.size();
            int perSlot = bars.getFirst().values().length;
            float barWidth = slot * 0.75f / perSlot;
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                float x0 = LEFT + slot * i + slot * 0.125f;
                for (int s = 0; s < bar.values().length; s++) {
                    float h = (float) (plotHeight * bar.values()[s] / top);
                    if (h > 0) {
                        chart.setColorFill(SERIES[s % SERIES.length]);
                        chart.rectangle(x0 + barWidth * s, BOTTOM, barWidth, h);
                        chart.fill();
                    }
                }
                if (i % Math.max(1, labelEvery) == 0) {
                    text(chart, type, Element.ALIGN_CENTER, bar.label(), small, LEFT + slot * i + slot / 2, BOTTOM - 10);
                }
            }
        }
        chart.setColorFill(Color.BLACK);
        chart.setColorStroke(Color.BLACK);
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    /** 1, 2 or 5 times a power of ten: gridlines at round numbers; at least 1, as the counts are whole. */
    static double niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (raw <= m * power) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void text(PdfTemplate t, Lettering type, int align, String text, Font font, float x, float y) {
        // Text is filled with the canvas's fill colour: a bar's colour must not carry over to the labels.
        t.setColorFill(Color.BLACK);
        ColumnText.showTextAligned(t, align, type.phrase(text, font), x, y, 0);
    }
}
