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
 * What every page of a session report or the daily log carries: the clinic and what the paper
 * is at the top left, the period (the session's day) at the top right with the patient, the
 * audit chain's head (SIG-4) and who printed it at the foot, and "page X of Y".
 *
 * <p>In a day's batch each session report is numbered on its own ("page 2 of 3"): the reports
 * are filed one by one in each patient's record, where a page count must say whether that
 * report is complete. The batch's own order is kept by a sheet number after it ("sheet 7 of 40"),
 * so a dropped stack can be put back. Y is known only when the document closes, so each page's
 * number is a template filled in then.
 */
final class SessionPageFrame extends PdfPageEventHelper {

    private static final float FOOTER_RULE = 34;
    private static final float PAGE_NUMBER_WIDTH = 190;

    /** One page's number box and the report (section) it belongs to. */
    private record Numbered(PdfTemplate box, int section) {}

    private final Lettering type;
    private final PrintFormats formats;
    private final Wording words;
    private final String[] footer;
    private final boolean batch;
    private final List<Numbered> pages = new ArrayList<>();
    private String[] headerLeft = {"", ""};
    private String[] headerRight = {"", ""};
    private int section = -1;

    SessionPageFrame(Lettering type, PrintFormats formats, Wording words, String[] footer, boolean batch) {
        this.type = type;
        this.formats = formats;
        this.words = words;
        this.footer = footer;
        this.batch = batch;
        for (String text : footer) {
            type.chunk(text, type.small);
        }
        type.chunk(words.get("report.session.page", "0", "0") + words.get("report.session.sheet", "0", "0"), type.small);
    }

    /** The next pages belong to a new report (a session, or the day's log) with this header. */
    void startSection(String[] left, String[] right) {
        headerLeft = left;
        headerRight = right;
        for (String text : left) {
            type.chunk(text, type.bold);
        }
        for (String text : right) {
            type.chunk(text, type.body);
        }
        section++;
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
        show(canvas, Element.ALIGN_RIGHT, headerRight[0], type.body, right, top);
        show(canvas, Element.ALIGN_RIGHT, headerRight[1], type.bold, right, top - 11);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 16);
        canvas.lineTo(right, top - 16);
        canvas.moveTo(left, FOOTER_RULE);
        canvas.lineTo(right, FOOTER_RULE);
        canvas.stroke();
        show(canvas, Element.ALIGN_LEFT, footer[0], type.small, left, FOOTER_RULE - 10);
        show(canvas, Element.ALIGN_LEFT, footer[1], type.small, left, FOOTER_RULE - 20);
        PdfTemplate box = canvas.createTemplate(PAGE_NUMBER_WIDTH, type.small.getSize() * 1.5f);
        // On the short "printed by" line: the chain head's hash fills the line above, and a batch's "sheet n of m" is long.
        canvas.addTemplate(box, right - PAGE_NUMBER_WIDTH, FOOTER_RULE - 20 - type.small.getSize() * 0.3f);
        pages.add(new Numbered(box, Math.max(section, 0)));
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String sheets = formats.units(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            int of = pages.get(i).section();
            int first = firstPageOf(of);
            long inSection = pages.stream().filter(p -> p.section() == of).count();
            String text = words.get("report.session.page", formats.units(i - first + 1L), formats.units(inSection));
            if (batch) {
                text = text + " · " + words.get("report.session.sheet", formats.units(i + 1L), sheets);
            }
            ColumnText.showTextAligned(pages.get(i).box(), Element.ALIGN_RIGHT, type.phrase(text, type.small), PAGE_NUMBER_WIDTH,
                    type.small.getSize() * 0.3f, 0);
        }
    }

    private int firstPageOf(int of) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).section() == of) {
                return i;
            }
        }
        return 0;
    }

    /** How many pages were drawn in all. */
    int pages() {
        return pages.size();
    }

    private void show(PdfContentByte canvas, int align, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, align, new Phrase(text, font), x, y, 0);
    }
}
