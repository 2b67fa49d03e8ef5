package org.vigil.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.report.ReportHeading;
import org.vigil.domain.report.SessionReport;

/**
 * Session reports as a PDF (issue 13): portrait on the clinic's paper ({@code print.paperSize}),
 * one report per session, each starting on a new page with its own "page X of Y" (see
 * {@link SessionPageFrame} for why a batch numbers each report on its own). The sections follow
 * the session as it happened: who and what, the dose and its lots, the key times, the signatures
 * (SIG-1), the checklist, every vital sign and the BP chart, sedation and dissociation, adverse
 * events, overrides and acknowledged warnings, alarms, and the discharge gate with the times its
 * criteria were met (DIS-1, DIS-2). The font is embedded; a text it cannot draw refuses the print.
 */
public final class SessionReportPdf {

    /** Points: eight-point type keeps a two-hour session with a reading every quarter hour on two pages. */
    static final float BODY_SIZE = 8f;

    /**
     * Told before each report of a batch is drawn, so a screen can show how far it is; answering
     * false stops the batch (cooperatively: nothing here touches the database).
     */
    @FunctionalInterface
    public interface Progress {
        boolean carryOn(int done, int total);

        Progress ALWAYS = (done, total) -> true;
    }

    private SessionReportPdf() {}

    /** One session's report, with the first Chinese-capable font installed here. */
    public static Outcome<PrintedPdf> render(SessionReport report, Locale locale, Wording words) {
        return render(List.of(report), locale, words, PrintFont.find(PrintFont.INSTALLED_CJK), Progress.ALWAYS);
    }

    /** A day's batch, or one report, in one document. */
    public static Outcome<PrintedPdf> render(List<SessionReport> reports, Locale locale, Wording words, Progress progress) {
        return render(reports, locale, words, PrintFont.find(PrintFont.INSTALLED_CJK), progress);
    }

    /** @return the PDF; refused when a text needs a character the font lacks, or when the progress said stop */
    public static Outcome<PrintedPdf> render(List<SessionReport> reports, Locale locale, Wording wording, PrintFont font,
                                             Progress progress) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a batch of session reports needs at least one report");
        }
        Wording words = Wording.parsedOnce(wording, locale);
        Lettering type = new Lettering(font, BODY_SIZE);
        ReportHeading heading = reports.getFirst().heading();
        PrintFormats formats = new PrintFormats(locale, heading.zone(), words);
        SessionPageFrame frame = new SessionPageFrame(type, formats, words, new String[] {
                words.get("report.session.chainHead", String.valueOf(heading.chainHead().seq()), heading.chainHead().hash()),
                words.get("report.session.printedBy", heading.printedBy(), formats.moment(heading.printedAt()))}, reports.size() > 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(Paper.portrait(heading.paper()), 36, 36, 50, 46);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // A day's batch is some forty pages of tables and charts: the fastest deflate keeps it well inside its budget.
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        writer.setPageEvent(frame);
        document.addTitle(words.get("report.session.title") + " · " + heading.clinicName());
        document.addCreator("Vigil");
        document.open();
        for (int i = 0; i < reports.size(); i++) {
            if (!progress.carryOn(i, reports.size())) {
                document.close();
                return Outcome.refused(Refusal.of("SESSION", "report.session.cancelled"));
            }
            SessionReport report = reports.get(i);
            if (i > 0) {
                document.newPage();
            }
            frame.startSection(new String[] {heading.clinicName(), words.get("report.session.header", report.patient().name())},
                    new String[] {words.get("report.session.period", formats.date(report.date()), formats.zoneName(report.asOf())),
                            words.get("report.session.chairAndId", report.chair(), String.valueOf(report.sessionId()))});
            new SessionSections(document, writer, report, type, formats, words).write();
        }
        progress.carryOn(reports.size(), reports.size());
        document.close();
        if (!type.missing().isEmpty()) {
            return Outcome.refused(Refusal.of("SESSION", "report.session.fontMissing", String.join(" ", type.missing()), type.fontName()));
        }
        return Outcome.done(new PrintedPdf(out.toByteArray(), frame.pages()));
    }

    /** A section heading in the report's font. */
    static Paragraph heading(Lettering type, org.openpdf.text.Font font, String text) {
        Paragraph p = new Paragraph(type.phrase(text, font));
        p.setSpacingBefore(4);
        p.setSpacingAfter(1);
        return p;
    }

    /** Lines of text, as a paragraph. */
    static Paragraph lines(Lettering type, List<String> lines) {
        return new Paragraph(type.phrase(String.join("\n", new ArrayList<>(lines)), type.body));
    }
}
