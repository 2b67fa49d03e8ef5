package org.vigil.report;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page of the printed register carries, drawn as each page ends: the clinic, the
 * register, the book the page belongs to and the period at the top; the audit chain's head at
 * printing (SIG-4), who printed it and when, and "page X of Y" at the foot. Y is known only at
 * the end, so each page number is a template filled in when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float FOOTER_RULE = 34;
    private static final float PAGE_NUMBER_WIDTH = 140;

    private final Lettering type;
    private final String[] headerLeft;
    private final String headerRight;
    private final String[] footerLeft;
    private final Wording words;
    private final PrintFormats formats;
    /** One box per page for its "page X of Y", filled in when the document closes and Y is known. */
    private final List<PdfTemplate> pageNumbers = new ArrayList<>();
    private final String pageKey;
    private String book = "";

    PageFrame(Lettering type, PrintFormats formats, Wording words, String[] headerLeft, String headerRight, String[] footerLeft) {
        this(type, formats, words, headerLeft, headerRight, footerLeft, "print.register.page");
    }

    /**
     * The same frame for another report, whose "page X of Y" is its own message ({@code pageKey},
     * with the page and the count as its two arguments).
     */
    PageFrame(Lettering type, PrintFormats formats, Wording words, String[] headerLeft, String headerRight, String[] footerLeft,
              String pageKey) {
        this.pageKey = pageKey;
        this.type = type;
        this.formats = formats;
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
        this.footerLeft = footerLeft;
        this.words = words;
        for (String text : headerLeft) {
            type.chunk(text, type.bold);
        }
        type.chunk(headerRight, type.body);
        for (String text : footerLeft) {
            type.chunk(text, type.small);
        }
        type.chunk(words.get(pageKey, "0", "0"), type.small);
    }

    /** The book (product and strength) the next pages belong to; for another report, the line under the header's right. */
    void book(String name) {
        book = name;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float top = page.getTop() - 22;
        show(canvas, Element.ALIGN_LEFT, headerLeft[0], type.bold, left, top);
        show(canvas, Element.ALIGN_LEFT, headerLeft[1], type.body, left, top - 11);
        show(canvas, Element.ALIGN_RIGHT, headerRight, type.body, right, top);
        show(canvas, Element.ALIGN_RIGHT, book, type.bold, right, top - 11);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 16);
        canvas.lineTo(right, top - 16);
        canvas.moveTo(left, FOOTER_RULE);
        canvas.lineTo(right, FOOTER_RULE);
        canvas.stroke();
        show(canvas, Element.ALIGN_LEFT, footerLeft[0], type.small, left, FOOTER_RULE - 10);
        show(canvas, Element.ALIGN_LEFT, footerLeft[1], type.small, left, FOOTER_RULE - 20);
        PdfTemplate pageNumber = canvas.createTemplate(PAGE_NUMBER_WIDTH, type.small.getSize() * 1.5f);
        canvas.addTemplate(pageNumber, right - PAGE_NUMBER_WIDTH, FOOTER_RULE - 10 - type.small.getSize() * 0.3f);
        pageNumbers.add(pageNumber);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String pages = formats.units(pageNumbers.size());
        for (int i = 0; i < pageNumbers.size(); i++) {
            String text = words.get(pageKey, formats.units(i + 1L), pages);
            ColumnText.showTextAligned(pageNumbers.get(i), Element.ALIGN_RIGHT, type.phrase(text, type.small), PAGE_NUMBER_WIDTH,
                    type.small.getSize() * 0.3f, 0);
        }
    }

    /** How many pages were drawn: the "Y" of "page X of Y". */
    int pages() {
        return pageNumbers.size();
    }

    private void show(PdfContentByte canvas, int align, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, align, new Phrase(text, font), x, y, 0);
    }
}
