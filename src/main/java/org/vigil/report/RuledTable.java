package org.vigil.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A table of ruled cells set straight onto the {@link Sheet}: its header row at the top of every
 * page it runs onto, each row kept whole on one page, and only a row taller than a whole page
 * broken between its lines. Every cell is broken into lines once, and the row is as tall as its
 * tallest cell.
 */
final class RuledTable {

    /** A cell's paragraphs, each starting a new line, and how its lines align. */
    record Cell(List<Run> paragraphs, int align) {

        static Cell left(List<Run> paragraphs) {
            return new Cell(paragraphs, Element.ALIGN_LEFT);
        }

        static Cell right(Run text) {
            return new Cell(List.of(text), Element.ALIGN_RIGHT);
        }
    }

    private static final float PADDING = 2.5f;
    private static final float PADDING_TOP = 1.5f;
    private static final float RULE = 0.4f;

    private final Sheet sheet;
    private final float[] edges;
    private final float leading;
    private final List<Cell> header;
    private final List<List<List<Run>>> headerLines;
    private final Color headerFill;
    private boolean rowsOnPage;
    private boolean headerDrawn;

    /** @param widths the columns' relative widths; the table spans the page */
    RuledTable(Sheet sheet, float[] widths, List<Cell> header, Color headerFill, float leading) {
        this.sheet = sheet;
        this.leading = leading;
        this.header = header;
        this.headerFill = headerFill;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        edges = new float[widths.length + 1];
        edges[0] = sheet.left();
        for (int i = 0; i < widths.length; i++) {
            edges[i + 1] = edges[i] + sheet.width() * widths[i] / total;
        }
        headerLines = lines(header);
    }

    /** A row; {@code fill} is its background, or null. */
    void row(List<Cell> cells, Color fill) {
        List<List<List<Run>>> lines = lines(cells);
        float height = height(lines);
        if (!headerDrawn) {
            // The header never stands alone at the foot of a page: it goes over with the first row that does not fit.
            if (sheet.room() < height(headerLines) + height && !sheet.atTop()) {
                sheet.newPage();
            }
            drawHeader();
        }
        if (sheet.room() < height && rowsOnPage) {
            sheet.newPage();
            drawHeader();
        }
        int from = 0;
        int tallest = tallest(lines);
        while (true) {
            int fit = (int) Math.floor((sheet.room() - PADDING_TOP - PADDING) / leading);
            if (from + fit >= tallest) {
                draw(cells, lines, from, tallest, fill);
                break;
            }
            // Taller than the page: as many lines as fit here, the rest at the top of the next page.
            draw(cells, lines, from, from + Math.max(fit, 1), fill);
            from += Math.max(fit, 1);
            sheet.newPage();
            drawHeader();
        }
        rowsOnPage = true;
    }

    private void drawHeader() {
        draw(header, headerLines, 0, tallest(headerLines), headerFill);
        headerDrawn = true;
        rowsOnPage = false;
    }

    private List<List<List<Run>>> lines(List<Cell> cells) {
        List<List<List<Run>>> lines = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            float width = edges[c + 1] - edges[c] - 2 * PADDING;
            List<Run> paragraphs = cells.get(c).paragraphs();
            if (paragraphs.size() == 1) {
                lines.add(Lines.wrap(paragraphs.getFirst(), width));
            } else {
                List<List<Run>> cell = new ArrayList<>();
                for (Run paragraph : paragraphs) {
                    cell.addAll(Lines.wrap(paragraph, width));
                }
                lines.add(cell);
            }
        }
        return lines;
    }

    private float height(List<List<List<Run>>> lines) {
        return PADDING_TOP + tallest(lines) * leading + PADDING;
    }

    private static int tallest(List<List<List<Run>>> lines) {
        int most = 1;
        for (List<List<Run>> cell : lines) {
            most = Math.max(most, cell.size());
        }
        return most;
    }

    /** Lines [from, until) of every cell, as one band of the row. */
    private void draw(List<Cell> cells, List<List<List<Run>>> lines, int from, int until, Color fill) {
        PdfContentByte canvas = sheet.canvas();
        float top = sheet.y();
        float height = PADDING_TOP + (until - from) * leading + PADDING;
        float left = edges[0];
        float right = edges[edges.length - 1];
        if (fill != null) {
            canvas.setColorFill(fill);
            canvas.rectangle(left, top - height, right - left, height);
            canvas.fill();
            canvas.setColorFill(Color.BLACK);
        }
        canvas.beginText();
        for (int c = 0; c < lines.size(); c++) {
            List<List<Run>> cell = lines.get(c);
            boolean rightAligned = cells.get(c).align() == Element.ALIGN_RIGHT;
            for (int i = from; i < Math.min(until, cell.size()); i++) {
                List<Run> line = cell.get(i);
                float x = rightAligned ? edges[c + 1] - PADDING - Sheet.width(line) : edges[c] + PADDING;
                sheet.show(line, x, top - PADDING_TOP - (i - from + 1) * leading);
            }
        }
        canvas.endText();
        canvas.setLineWidth(RULE);
        canvas.moveTo(left, top);
        canvas.lineTo(right, top);
        canvas.moveTo(left, top - height);
        canvas.lineTo(right, top - height);
        for (float x : edges) {
            canvas.moveTo(x, top);
            canvas.lineTo(x, top - height);
        }
        canvas.stroke();
        sheet.down(height);
    }
}
