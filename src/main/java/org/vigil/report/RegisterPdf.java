package org.vigil.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.register.RegisterColumn;
import org.vigil.domain.register.RegisterPrintout;

/**
 * CD-7: the statutory controlled-drug register as a PDF. A4 landscape; one section per product
 * and strength, each starting on a new page with the balance brought forward, the entries in the
 * layout's columns with their running balances and signatures (SIG-1, a signature that no longer
 * holds marked in red, SIG-3), and the balance carried forward. Every page names the clinic, the
 * period, the book, the audit chain's head at printing (SIG-4), who printed it and when, and
 * "page X of Y". The font is embedded; a text it cannot draw refuses the print.
 */
public final class RegisterPdf {

    /** Points; seven-point type fits the widest layout (eleven columns) on a landscape page and reads on paper. */
    private static final float BODY_SIZE = 7f;
    /** Rows laid out before the table is handed to the document, so a year's register never sits in memory as one table. */
    private static final int ROWS_PER_FLUSH = 100;
    private static final Color HEADER_FILL = new Color(0xE4, 0xE4, 0xE4);
    private static final Color CORRECTION_FILL = new Color(0xF3, 0xF3, 0xF3);
    private static final Color BROKEN_FILL = new Color(0xFC, 0xE4, 0xE8);
    /**
     * Relative widths; the signatures get the most, so that each signature (SIG-1) fits on one line,
     * and the date and the lot room for 2025年12月21日 and 有效期至 2026-12-19, so that a row stays two
     * lines tall in both languages.
     */
    private static final Map<RegisterColumn, Float> WIDTHS = new EnumMap<>(Map.ofEntries(
            Map.entry(RegisterColumn.NUMBER, 28f), Map.entry(RegisterColumn.DATE, 56f), Map.entry(RegisterColumn.SUMMARY, 98f),
            Map.entry(RegisterColumn.COUNTERPARTY, 112f), Map.entry(RegisterColumn.LOT, 76f), Map.entry(RegisterColumn.RECEIVED, 34f),
            Map.entry(RegisterColumn.ISSUED, 34f), Map.entry(RegisterColumn.QUANTITY, 50f), Map.entry(RegisterColumn.BALANCE, 36f),
            Map.entry(RegisterColumn.LOT_BALANCE, 36f), Map.entry(RegisterColumn.PATIENT, 80f), Map.entry(RegisterColumn.PRESCRIBER, 60f),
            Map.entry(RegisterColumn.SIGNATURES, 236f)));

    private RegisterPdf() {}

    /** With the first Chinese-capable font installed here (see {@link PrintFont#INSTALLED_CJK}). */
    public static Outcome<PrintedPdf> render(RegisterPrintout printout, Locale locale, Wording words) {
        return render(printout, locale, words, PrintFont.find(PrintFont.INSTALLED_CJK));
    }

    /** @return the PDF, or a refusal naming the characters the font cannot draw */
    public static Outcome<PrintedPdf> render(RegisterPrintout printout, Locale locale, Wording wording, PrintFont font) {
        Wording words = Wording.parsedOnce(wording, locale);
        Lettering type = new Lettering(font, BODY_SIZE);
        PrintFormats formats = new PrintFormats(locale, printout.zone());
        String layout = words.get("print.register.layout." + printout.layout());
        PageFrame frame = new PageFrame(type, formats, words,
                new String[] {printout.clinicName(), words.get("print.register.title") + " · " + layout},
                period(printout, formats, words),
                new String[] {words.get("print.register.chainHead", String.valueOf(printout.chainHead().seq()), printout.chainHead().hash()),
                        words.get("print.register.printedBy", printout.printedBy(), formats.moment(printout.printedAt()))});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(Paper.landscape(printout.paper()), 28, 28, 50, 46);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // A year's register is some nine hundred pages of text: the fastest deflate keeps the print within its budget for a file a little larger.
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        writer.setPageEvent(frame);
        document.addTitle(words.get("print.register.title") + " · " + printout.clinicName());
        document.addCreator("Vigil");
        document.open();
        title(document, printout, type, formats, words, layout);
        if (printout.sections().isEmpty()) {
            document.add(new Paragraph(type.phrase(words.get("print.register.noBooks"), type.body)));
        }
        EntryCells cells = new EntryCells(type, formats, words, printout.layout());
        boolean first = true;
        for (RegisterPrintout.Section section : printout.sections()) {
            if (!first) {
                document.newPage();
            }
            first = false;
            String book = words.get("print.register.book", section.product().name(), section.product().strength(),
                    words.get("print.register.unit." + section.product().unit()));
            frame.book(book);
            section(document, section, book, printout, cells, type, formats, words);
        }
        document.close();
        if (!type.missing().isEmpty()) {
            return Outcome.refused(Refusal.of("CD-7", "print.register.font.missing", String.join(" ", type.missing()), type.fontName()));
        }
        return Outcome.done(new PrintedPdf(out.toByteArray(), frame.pages()));
    }

    private static void title(Document document, RegisterPrintout p, Lettering type, PrintFormats formats, Wording words, String layout) {
        Paragraph title = new Paragraph(type.phrase(words.get("print.register.title"), type.heading));
        title.setSpacingAfter(4);
        document.add(title);
        String lines = String.join("\n", words.get("print.register.clinic", p.clinicName()), period(p, formats, words),
                words.get("print.register.layoutLine", layout), words.get("print.register.printedBy", p.printedBy(),
                        formats.moment(p.printedAt())),
                words.get("print.register.chainHead", String.valueOf(p.chainHead().seq()), p.chainHead().hash()));
        Paragraph about = new Paragraph(type.phrase(lines, type.body));
        about.setSpacingAfter(10);
        document.add(about);
    }

    private static String period(RegisterPrintout p, PrintFormats formats, Wording words) {
        return words.get("print.register.period", formats.date(p.from()), formats.date(p.until()), formats.zoneName(p.printedAt()));
    }

    private static void section(Document document, RegisterPrintout.Section section, String book, RegisterPrintout printout,
                                EntryCells cells, Lettering type, PrintFormats formats, Wording words) {
        Paragraph heading = new Paragraph(type.phrase(book, type.heading));
        heading.setSpacingAfter(4);
        document.add(heading);
        document.add(balance(words.get("print.register.broughtForward", formats.date(printout.from()), formats.units(section.opening())),
                section.openingLots(), type, formats));
        List<RegisterColumn> columns = printout.layout().columns();
        if (section.lines().isEmpty()) {
            document.add(new Paragraph(type.phrase(words.get("print.register.noEntries"), type.muted)));
        } else {
            PdfPTable table = new PdfPTable(columns.size());
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = WIDTHS.get(columns.get(i));
            }
            table.setWidths(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setSpacingAfter(6);
            table.setHeaderRows(1);
            table.setComplete(false);
            // The table copies its default cell for each cell added: set up once, it spares a cell per cell of a year's register.
            PdfPCell cell = table.getDefaultCell();
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            cell.setPadding(2.5f);
            cell.setPaddingTop(1.5f);
            cell.setBorderWidth(0.4f);
            cell.setBorder(Rectangle.BOX);
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEADER_FILL);
            for (RegisterColumn column : columns) {
                table.addCell(type.phrase(words.get("print.register.column." + column), type.bold));
            }
            int rows = 0;
            for (RegisterPrintout.Line line : section.lines()) {
                cell.setBackgroundColor(line.signatures().stream().anyMatch(s -> !s.holds()) ? BROKEN_FILL
                        : line.entry().content().corrects().isPresent() || line.correctedBy().isPresent() ? CORRECTION_FILL : null);
                for (RegisterColumn column : columns) {
                    EntryCells.Cell text = cells.cell(column, line);
                    cell.setHorizontalAlignment(text.align());
                    table.addCell(text.text());
                }
                if (++rows % ROWS_PER_FLUSH == 0) {
                    document.add(table);
                }
            }
            table.setComplete(true);
            document.add(table);
        }
        document.add(balance(words.get("print.register.carriedForward", formats.date(printout.until()), formats.units(section.closing())),
                section.closingLots(), type, formats));
    }

    private static Paragraph balance(String text, List<RegisterPrintout.LotBalance> lots, Lettering type, PrintFormats formats) {
        Paragraph paragraph = new Paragraph(type.phrase(text, type.bold));
        if (!lots.isEmpty()) {
            paragraph.add(type.chunk("   " + lots.stream().map(l -> l.lot() + ": " + formats.units(l.units()))
                    .collect(Collectors.joining(" · ")), type.body));
        }
        return paragraph;
    }
}
