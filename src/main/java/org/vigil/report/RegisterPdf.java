package org.vigil.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
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
    /** Points above and below a book's table. */
    private static final float TABLE_SPACING = 6;
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
        PrintFormats formats = new PrintFormats(locale, printout.zone(), words);
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
        Sheet sheet = new Sheet(document, writer);
        title(sheet, printout, type, formats, words, layout);
        if (printout.sections().isEmpty()) {
            sheet.paragraph(List.of(type.run(words.get("print.register.noBooks"), type.body)), leading(type.body), 0);
        }
        EntryCells cells = new EntryCells(type, formats, words, printout.layout());
        boolean first = true;
        for (RegisterPrintout.Section section : printout.sections()) {
            if (!first) {
                sheet.newPage();
            }
            first = false;
            String book = words.get("print.register.book", section.product().name(), section.product().strength(),
                    words.get("print.register.unit." + section.product().unit()));
            frame.book(book);
            section(sheet, section, book, printout, cells, type, formats, words);
        }
        document.close();
        if (!type.missing().isEmpty()) {
            return Outcome.refused(Refusal.of("CD-7", "print.register.font.missing", String.join(" ", type.missing()), type.fontName()));
        }
        return Outcome.done(new PrintedPdf(out.toByteArray(), frame.pages()));
    }

    private static void title(Sheet sheet, RegisterPrintout p, Lettering type, PrintFormats formats, Wording words, String layout) {
        sheet.paragraph(List.of(type.run(words.get("print.register.title"), type.heading)), leading(type.heading), 4);
        String lines = String.join("\n", words.get("print.register.clinic", p.clinicName()), period(p, formats, words),
                words.get("print.register.layoutLine", layout), words.get("print.register.printedBy", p.printedBy(),
                        formats.moment(p.printedAt())),
                words.get("print.register.chainHead", String.valueOf(p.chainHead().seq()), p.chainHead().hash()));
        sheet.paragraph(List.of(type.run(lines, type.body)), leading(type.body), 10);
    }

    /** The distance between baselines: a fifth more than the type's size, as the library sets it. */
    private static float leading(Font font) {
        return font.getSize() * 1.2f;
    }

    private static String period(RegisterPrintout p, PrintFormats formats, Wording words) {
        return words.get("print.register.period", formats.date(p.from()), formats.date(p.until()), formats.zoneName(p.printedAt()));
    }

    private static void section(Sheet sheet, RegisterPrintout.Section section, String book, RegisterPrintout printout,
                                EntryCells cells, Lettering type, PrintFormats formats, Wording words) {
        sheet.paragraph(List.of(type.run(book, type.heading)), leading(type.heading), 4);
        sheet.paragraph(balance(words.get("print.register.broughtForward", formats.date(printout.from()), formats.units(section.opening())),
                section.openingLots(), type, formats), leading(type.body), 0);
        List<RegisterColumn> columns = printout.layout().columns();
        if (section.lines().isEmpty()) {
            sheet.paragraph(List.of(type.run(words.get("print.register.noEntries"), type.muted)), leading(type.body), 0);
        } else {
            float[] widths = new float[columns.size()];
            List<RuledTable.Cell> header = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                widths[i] = WIDTHS.get(columns.get(i));
                header.add(RuledTable.Cell.left(List.of(type.run(words.get("print.register.column." + columns.get(i)), type.bold))));
            }
            sheet.down(TABLE_SPACING);
            // Lines in a cell sit one type size apart, as the library sets a table cell: two-line rows keep a year to some seven hundred pages.
            RuledTable table = new RuledTable(sheet, widths, header, HEADER_FILL, type.body.getSize());
            List<RuledTable.Cell> row = new ArrayList<>(columns.size());
            for (RegisterPrintout.Line line : section.lines()) {
                row.clear();
                for (RegisterColumn column : columns) {
                    row.add(cells.cell(column, line));
                }
                table.row(row, line.signatures().stream().anyMatch(s -> !s.holds()) ? BROKEN_FILL
                        : line.entry().content().corrects().isPresent() || line.correctedBy().isPresent() ? CORRECTION_FILL : null);
            }
            sheet.down(TABLE_SPACING);
        }
        sheet.paragraph(balance(words.get("print.register.carriedForward", formats.date(printout.until()), formats.units(section.closing())),
                section.closingLots(), type, formats), leading(type.body), 0);
    }

    private static List<Run> balance(String text, List<RegisterPrintout.LotBalance> lots, Lettering type, PrintFormats formats) {
        if (lots.isEmpty()) {
            return List.of(type.run(text, type.bold));
        }
        return List.of(type.run(text, type.bold), type.run("   " + lots.stream().map(l -> l.lot() + ": " + formats.units(l.units()))
                .collect(Collectors.joining(" · ")), type.body));
    }
}
