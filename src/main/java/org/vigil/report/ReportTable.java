package org.vigil.report;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A ruled table of a session report: a shaded header row repeated on each page, then rows of
 * text in the report's embedded font. A cell can be shaded or set in the alert colour where the
 * reader must not miss it (a value entered late, a criterion not met, a signature that no longer holds).
 */
final class ReportTable {

    static final Color HEADER_FILL = new Color(0xE4, 0xE4, 0xE4);
    static final Color MARK_FILL = new Color(0xFF, 0xF1, 0xD6);

    private final PdfPTable table;
    private final Lettering type;

    ReportTable(Lettering type, float[] widths, String... headers) {
        this.type = type;
        this.table = new PdfPTable(widths.length);
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            add(type.phrase(header, type.bold), HEADER_FILL, Element.ALIGN_LEFT);
        }
    }

    ReportTable row(String... cells) {
        for (String cell : cells) {
            cell(cell);
        }
        return this;
    }

    ReportTable cell(String text) {
        return cell(text, type.body, null);
    }

    ReportTable cell(String text, Font font, Color fill) {
        add(type.phrase(text, font), fill, Element.ALIGN_LEFT);
        return this;
    }

    ReportTable number(String text, Font font) {
        add(type.phrase(text, font), null, Element.ALIGN_RIGHT);
        return this;
    }

    PdfPTable table() {
        return table;
    }

    private void add(Phrase phrase, Color fill, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderWidth(0.4f);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(2.5f);
        cell.setPaddingTop(1.5f);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        table.addCell(cell);
    }
}
