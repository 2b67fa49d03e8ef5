package org.vigil.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.report.ClinicDayLog;
import org.vigil.domain.report.ReportHeading;
import org.vigil.domain.report.SessionSignature;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * The daily clinic log as a PDF, printed at day close: landscape on the clinic's paper, so a
 * day of twenty chairs' sessions fits one page with its key times — arrival, dose start, the BP-3
 * check, DIS-2 ready to leave, the end — and every signature (SIG-1), each with its name and time.
 */
public final class ClinicDayLogPdf {

    private static final float BODY_SIZE = 7f;

    private ClinicDayLogPdf() {}

    public static Outcome<PrintedPdf> render(ClinicDayLog log, Locale locale, Wording words) {
        return render(log, locale, words, PrintFont.find(PrintFont.INSTALLED_CJK));
    }

    public static Outcome<PrintedPdf> render(ClinicDayLog log, Locale locale, Wording wording, PrintFont font) {
        Wording words = Wording.parsedOnce(wording, locale);
        Lettering type = new Lettering(font, BODY_SIZE);
        ReportHeading heading = log.heading();
        PrintFormats formats = new PrintFormats(locale, heading.zone(), words);
        SessionPageFrame frame = new SessionPageFrame(type, formats, words, new String[] {
                words.get("report.session.chainHead", String.valueOf(heading.chainHead().seq()), heading.chainHead().hash()),
                words.get("report.session.printedBy", heading.printedBy(), formats.moment(heading.printedAt()))}, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(Paper.landscape(heading.paper()), 28, 28, 50, 46);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(frame);
        document.addTitle(words.get("report.dayLog.title") + " · " + heading.clinicName());
        document.addCreator("Vigil");
        String period = words.get("report.dayLog.period", formats.date(log.date()), formats.zoneName(heading.printedAt()));
        frame.startSection(new String[] {heading.clinicName(), words.get("report.dayLog.title")},
                new String[] {period, words.get("report.dayLog.count", log.rows().size())});
        document.open();
        Paragraph title = new Paragraph(type.phrase(words.get("report.dayLog.title") + " · " + formats.date(log.date()), type.heading));
        title.setSpacingAfter(6);
        document.add(title);
        if (log.rows().isEmpty()) {
            document.add(new Paragraph(type.phrase(words.get("report.dayLog.none"), type.muted)));
        } else {
            ReportTable table = new ReportTable(type, new float[] {0.45f, 1.7f, 1.0f, 0.55f, 1.0f, 0.85f, 0.7f, 1.0f, 0.5f, 1.0f, 3.4f},
                    words.get("report.dayLog.chair"), words.get("report.dayLog.patient"), words.get("report.dayLog.dose"),
                    words.get("report.session.times.arrival"), words.get("report.session.times.doseStart"),
                    words.get("report.dayLog.bpCheck"), words.get("report.dayLog.ready"), words.get("report.dayLog.end"),
                    words.get("report.dayLog.minutes"), words.get("report.dayLog.state"), words.get("report.dayLog.signatures"));
            for (ClinicDayLog.Row row : log.rows()) {
                Optional<VitalsRecorded> check = row.times().bpCheck();
                table.cell(String.valueOf(row.chair()))
                        .cell(row.patient() + "\n" + words.get("report.dayLog.mrn", row.mrn().isBlank() ? "–" : row.mrn()))
                        .cell(row.route().map(route -> words.get("report.dayLog.doseLine", formats.amount(row.doseMg()),
                                words.get("route." + route.name()))).orElse("–"))
                        .cell(row.times().arrival().map(formats::time).orElse("–"))
                        .cell(row.times().doseStart().map(t -> formats.time(t) + by(row.givenBy(), words)).orElse("–"))
                        .cell(check.map(v -> formats.time(v.observedAt()) + "\n" + v.sbp() + "/" + v.dbp()).orElse("–"))
                        .cell(row.times().readyToLeave().map(formats::time).orElse("–"))
                        .cell(row.times().end().map(t -> formats.time(t) + by(row.endedBy(), words)).orElse("–"))
                        .cell(row.times().monitoredMinutes().map(String::valueOf).orElse("–"))
                        .cell(words.get("sessionScreen.state." + row.state().name()))
                        .cell(signatures(row.signatures(), formats, words));
            }
            document.add(table.table());
        }
        Paragraph sign = new Paragraph(type.phrase(words.get("report.dayLog.closedBy"), type.body));
        sign.setSpacingBefore(14);
        document.add(sign);
        document.close();
        if (!type.missing().isEmpty()) {
            return Outcome.refused(Refusal.of("SESSION", "report.session.fontMissing", String.join(" ", type.missing()), type.fontName()));
        }
        return Outcome.done(new PrintedPdf(out.toByteArray(), frame.pages()));
    }

    /** The nurse under the time: the log is the day's record of who did what. */
    private static String by(String name, Wording words) {
        return name.isBlank() ? "" : "\n" + words.get("report.dayLog.by", name);
    }

    private static String signatures(List<SessionSignature> signatures, PrintFormats formats, Wording words) {
        List<String> lines = new ArrayList<>();
        for (SessionSignature s : signatures) {
            lines.add(words.get("report.dayLog.signature", words.get("report.session.signature." + s.meaning().name()), s.signer(),
                    formats.time(s.at())));
        }
        return lines.isEmpty() ? "–" : String.join("\n", lines);
    }
}
