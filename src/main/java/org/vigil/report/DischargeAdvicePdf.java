package org.vigil.report;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.DischargeAdviceSheet;

/**
 * DIS-3: the one-page handout a patient takes home, in the language they read: no driving or
 * operating machinery until the next day after a restful sleep, and whom to call. Portrait, on the
 * clinic's paper; the font is embedded and a text it cannot draw refuses the print. The frame of
 * every report (clinic, date, printed by, chain head, page X of Y) is kept small at the foot of the
 * page, where it does not compete with the advice.
 */
public final class DischargeAdvicePdf {

    private static final float BODY_SIZE = 11f;

    private DischargeAdvicePdf() {}

    /** With the first Chinese-capable font installed here. */
    public static Outcome<PrintedPdf> render(DischargeAdviceSheet sheet, Wording words) {
        return render(sheet, words, PrintFont.find(PrintFont.INSTALLED_CJK));
    }

    /** @param words the message bundle of the patient's language ({@link DischargeAdviceSheet#language()}) */
    public static Outcome<PrintedPdf> render(DischargeAdviceSheet sheet, Wording words, PrintFont font) {
        Lettering type = new Lettering(font, BODY_SIZE);
        PrintFormats formats = new PrintFormats(sheet.language().locale(), sheet.zone(), words);
        String title = words.get("print.advice.title");
        PageFrame frame = new PageFrame(type, formats, words, new String[] {sheet.clinicName(), title},
                words.get("print.advice.sessionDate", formats.date(sheet.sessionDate())),
                // Portrait has no room for the whole chain head beside "page X of Y": the foot names its event, the page ends with it whole.
                new String[] {words.get("print.register.printedBy", sheet.printedBy(), formats.moment(sheet.printedAt())),
                        words.get("print.forms.chainHeadShort", String.valueOf(sheet.chainHead().seq()))});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(Paper.portrait(sheet.paper()), 56, 56, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(frame);
        document.addTitle(title + " · " + sheet.patientName());
        document.addCreator("Vigil");
        document.open();

        Paragraph heading = new Paragraph(type.phrase(title, type.heading));
        heading.setSpacingAfter(10);
        document.add(heading);
        document.add(facts(sheet, type, formats, words));

        // The one thing the patient must not miss, set apart in a box.
        PdfPTable warning = new PdfPTable(1);
        warning.setWidthPercentage(100);
        warning.setSpacingBefore(14);
        warning.setSpacingAfter(14);
        PdfPCell box = new PdfPCell();
        box.setBorderWidth(1.5f);
        box.setBorderColor(Lettering.ALERT);
        box.setPadding(12);
        Paragraph noDriving = new Paragraph(type.phrase(words.get("print.advice.noDriving"), new org.openpdf.text.Font(
                type.heading.getBaseFont(), BODY_SIZE * 1.3f, org.openpdf.text.Font.BOLD, Lettering.ALERT)));
        noDriving.setLeading(BODY_SIZE * 1.9f);
        box.addElement(noDriving);
        Paragraph why = new Paragraph(type.phrase(words.get("print.advice.why"), type.body));
        why.setSpacingBefore(6);
        box.addElement(why);
        warning.addCell(box);
        document.add(warning);

        for (String key : new String[] {"print.advice.goHome", "print.advice.restOfDay"}) {
            Paragraph p = new Paragraph(type.phrase("•  " + words.get(key), type.body));
            p.setIndentationLeft(12);
            p.setFirstLineIndent(-12);
            p.setSpacingAfter(6);
            document.add(p);
        }

        Paragraph callTitle = new Paragraph(type.phrase(words.get("print.advice.callTitle"), type.bold));
        callTitle.setSpacingBefore(12);
        callTitle.setSpacingAfter(4);
        document.add(callTitle);
        String phone = sheet.clinicPhone().isEmpty() ? words.get("print.advice.phoneBlank") : sheet.clinicPhone();
        document.add(new Paragraph(type.phrase(words.get("print.advice.call", sheet.clinicName(), phone), type.body)));
        Paragraph emergency = new Paragraph(type.phrase(words.get("print.advice.emergency"), type.bold));
        emergency.setSpacingBefore(6);
        document.add(emergency);
        Paragraph head = new Paragraph(type.phrase(words.get("print.register.chainHead", String.valueOf(sheet.chainHead().seq()),
                sheet.chainHead().hash()), type.muted));
        head.setSpacingBefore(18);
        document.add(head);
        document.close();
        if (!type.missing().isEmpty()) {
            return Outcome.refused(Refusal.of("DIS-3", "print.register.font.missing", String.join(" ", type.missing()), type.fontName()));
        }
        return Outcome.done(new PrintedPdf(out.toByteArray(), frame.pages()));
    }

    /** Who, which day, and from when they were fit to leave (DIS-2). */
    private static PdfPTable facts(DischargeAdviceSheet sheet, Lettering type, PrintFormats formats, Wording words) {
        PdfPTable table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.getDefaultCell().setPadding(3);
        table.getDefaultCell().setVerticalAlignment(Element.ALIGN_TOP);
        row(table, type, words.get("print.advice.patient"), sheet.patientName());
        row(table, type, words.get("print.advice.date"), formats.date(sheet.sessionDate()));
        row(table, type, words.get("print.advice.readyAt"), sheet.readyToLeaveAt().map(formats::time).orElse(words.get("print.advice.notReady")));
        return table;
    }

    private static void row(PdfPTable table, Lettering type, String label, String value) {
        table.addCell(type.phrase(label, type.muted));
        table.addCell(type.phrase(value, type.bold));
    }
}
