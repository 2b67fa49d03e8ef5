package org.vigil.report;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The page being written, from the top margin down: text is set straight onto it line by line
 * and the next page is started when a block does not fit. The library's own flow of paragraphs
 * and tables measures every cell twice (once to find the row's height, once to draw it), which
 * cost a year's register half of its two-second budget; here each line is measured once.
 */
final class Sheet {

    private final Document document;
    private final PdfContentByte canvas;
    private float y;

    Sheet(Document document, PdfWriter writer) {
        this.document = document;
        this.canvas = writer.getDirectContent();
        this.y = document.top();
    }

    float left() {
        return document.left();
    }

    float width() {
        return document.right() - document.left();
    }

    /** Where the next line goes. */
    float y() {
        return y;
    }

    /** The room left above the bottom margin. */
    float room() {
        return y - document.bottom();
    }

    /** The room on a fresh page. */
    float pageRoom() {
        return document.top() - document.bottom();
    }

    boolean atTop() {
        return y == document.top();
    }

    void down(float points) {
        y -= points;
    }

    void newPage() {
        document.newPage();
        y = document.top();
    }

    /** A paragraph across the page, broken into lines, the page turned when a line does not fit. */
    void paragraph(List<Run> runs, float leading, float spacingAfter) {
        for (List<Run> line : Lines.wrap(runs, width())) {
            if (room() < leading) {
                newPage();
            }
            y -= leading;
            canvas.beginText();
            show(line, left(), y);
            canvas.endText();
        }
        y -= spacingAfter;
    }

    PdfContentByte canvas() {
        return canvas;
    }

    /**
     * Draws one line of runs from x on the baseline; the caller has begun the text object. Bold is
     * the font's own outline stroked as well as filled, as the library simulates it, so the file
     * needs no second font. Every line starts and ends in black, unstroked: colour and rendering
     * mode outlive the text object, and the page's frame, drawn last, would otherwise come out
     * red or stroked.
     */
    void show(List<Run> line, float x, float baseline) {
        canvas.setTextMatrix(x, baseline);
        Color color = Color.BLACK;
        boolean stroked = false;
        boolean strokeColoured = false;
        for (Run run : line) {
            Font font = run.font();
            Color wanted = font.getColor() == null ? Color.BLACK : font.getColor();
            canvas.setFontAndSize(font.getBaseFont(), font.getSize());
            if (!wanted.equals(color)) {
                canvas.setColorFill(wanted);
                color = wanted;
            }
            if (font.isBold() != stroked) {
                stroked = font.isBold();
                canvas.setTextRenderingMode(stroked ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE : PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
            if (stroked) {
                canvas.setLineWidth(font.getSize() / 30f);
                canvas.setColorStroke(color);
                strokeColoured |= !color.equals(Color.BLACK);
            }
            canvas.showText(run.text());
        }
        if (stroked) {
            canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        if (!color.equals(Color.BLACK)) {
            canvas.setColorFill(Color.BLACK);
        }
        if (strokeColoured) {
            canvas.setColorStroke(Color.BLACK);
        }
    }

    /** The width of a line of runs. */
    static float width(List<Run> line) {
        float w = 0;
        for (Run run : line) {
            w += run.width();
        }
        return w;
    }
}
