package org.vigil.report;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** A plain table of a period report: a shaded heading row, then rows of text and right-aligned figures. */
final class PeriodTable {

    private static final Color HEADER_FILL = new Color(0xE4, 0xE4, 0xE4);

    private final PdfPTable table;
    private final Lettering type;

    /**
     * @param widths relative widths of the columns
     * @param percent of the text width the table takes
     */
    PeriodTable(Lettering type, float[] widths, float percent, String... headings) {
        this.type = type;
        this.table = new PdfPTable(widths.length);
        table.setWidths(widths);
        table.setWidthPercentage(percent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        PdfPCell cell = table.getDefaultCell();
        cell.setPadding(2.5f);
        cell.setBorderWidth(0.4f);
        cell.setBorder(Rectangle.BOX);
        cell.setBackgroundColor(HEADER_FILL);
        for (String heading : headings) {
            table.addCell(type.phrase(heading, type.bold));
        }
        cell.setBackgroundColor(null);
    }

    /** A row: the first cell as text, the rest as figures (right-aligned). */
    PeriodTable row(String first, String... figures) {
        return row(new String[] {first}, figures);
    }

    /** A row: some cells of text, then figures (right-aligned). */
    PeriodTable row(String[] texts, String... figures) {
        PdfPCell cell = table.getDefaultCell();
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String text : texts) {
            table.addCell(type.phrase(text, type.body));
        }
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (String figure : figures) {
            table.addCell(type.phrase(figure, type.body));
        }
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return this;
    }

    /** A row of text cells, none of them a figure. */
    PeriodTable textRow(String... cells) {
        for (String text : cells) {
            table.addCell(type.phrase(text, type.body));
        }
        return this;
    }

    PdfPTable table() {
        return table;
    }
}
