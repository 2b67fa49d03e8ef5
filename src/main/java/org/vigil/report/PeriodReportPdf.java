package org.vigil.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.report.PeriodReport;

/**
 * The manager's period report as a PDF (issue 13, item 4), on the clinic's paper
 * ({@code print.paperSize}), portrait: the figures in tables and the charts drawn as vector
 * graphics. Every page names the clinic, the report and the period at the top, and the audit
 * chain's head read with the figures (SIG-4), who printed it and "page X of Y" at the foot. The
 * font is embedded; a text it cannot draw refuses the print rather than printing boxes.
 */
public final class PeriodReportPdf {

    private static final float BODY_SIZE = 8.5f;
    private static final float CHART_HEIGHT = 150;

    /** Rates are charted on a 0–100 % axis, whatever the values. */
    private static final double PERCENT = 100;

    private final PeriodReport report;
    private final Wording words;
    private final Lettering type;
    private final PrintFormats formats;
    private final Document document;
    private final PdfWriter writer;

    private PeriodReportPdf(PeriodReport report, Wording words, Lettering type, PrintFormats formats, Document document, PdfWriter writer) {
        this.report = report;
        this.words = words;
        this.type = type;
        this.formats = formats;
        this.document = document;
        this.writer = writer;
    }

    /** With the first Chinese-capable font installed here (see {@link PrintFont#INSTALLED_CJK}). */
    public static Outcome<PrintedPdf> render(PeriodReport report, Locale locale, Wording words) {
        return render(report, locale, words, PrintFont.find(PrintFont.INSTALLED_CJK));
    }

    /** @return the PDF, or a refusal naming the characters the font cannot draw */
    public static Outcome<PrintedPdf> render(PeriodReport report, Locale locale, Wording wording, PrintFont font) {
        Wording words = Wording.parsedOnce(wording, locale);
        Lettering type = new Lettering(font, BODY_SIZE);
        PrintFormats formats = new PrintFormats(locale, report.zone(), words);
        String period = words.get("report.period.period", formats.date(report.from()), formats.date(report.until()),
                formats.zoneName(report.printedAt()));
        PageFrame frame = new PageFrame(type, formats, words, new String[] {report.clinicName(), words.get("report.period.title")},
                period, new String[] {chainHead(report, words), words.get("print.register.printedBy", report.printedBy(),
                        formats.moment(report.printedAt()))}, "report.period.page");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(Paper.portrait(report.paper()), 36, 36, 52, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(frame);
        document.addTitle(words.get("report.period.title") + " · " + report.clinicName());
        document.addCreator("Vigil");
        document.open();
        new PeriodReportPdf(report, words, type, formats, document, writer).sections(period);
        document.close();
        if (!type.missing().isEmpty()) {
            return Outcome.refused(Refusal.of("SIG-4", "report.period.font.missing", String.join(" ", type.missing()), type.fontName()));
        }
        return Outcome.done(new PrintedPdf(out.toByteArray(), frame.pages()));
    }

    private static String chainHead(PeriodReport r, Wording words) {
        return words.get("print.register.chainHead", String.valueOf(r.chainHead().seq()), r.chainHead().hash());
    }

    private void sections(String period) {
        paragraph(words.get("report.period.title"), type.heading, 4);
        paragraph(String.join("\n", words.get("print.register.clinic", report.clinicName()), period,
                words.get("print.register.printedBy", report.printedBy(), formats.moment(report.printedAt())),
                chainHead(report, words)), type.body, 10);
        sessions();
        doses();
        observation();
        bpChecks();
        safety();
        adverseEvents();
        referrals();
        registerAndForms();
        outcomes();
    }

    private void sessions() {
        PeriodReport.SessionCounts s = report.sessions();
        heading("report.period.sessions");
        add(measures().row(words.get("report.period.sessions.held"), n(s.held()))
                .row(words.get("report.period.sessions.dosed"), n(s.dosed()))
                .row(words.get("report.period.sessions.abandoned"), n(s.abandoned()))
                .row(words.get("report.period.sessions.referred"), n(s.referred()))
                .row(words.get("report.period.sessions.enteredAfterwards"), n(s.enteredAfterwards())));
        List<PdfBarChart.Bar> days = s.perDay().stream()
                .map(d -> new PdfBarChart.Bar(String.valueOf(d.day().getDayOfMonth()), d.held(), d.dosed())).toList();
        chart(words.get("report.period.perDay.chart"), List.of(words.get("report.period.perDay.held"),
                words.get("report.period.perDay.dosed")), days, days.size() > 16 ? 2 : 1);
        PeriodTable chairs = new PeriodTable(type, new float[] {3, 2}, 45, words.get("report.period.chair.column"),
                words.get("report.period.sessions.column"));
        s.perChair().forEach(t -> chairs.row(words.get("report.period.chair", t.label()), n(t.sessions())));
        add(chairs);
        PeriodTable nurses = new PeriodTable(type, new float[] {3, 2}, 60, words.get("report.period.nurse.column"),
                words.get("report.period.sessions.column"));
        s.perNurse().forEach(t -> nurses.row(t.label().isEmpty() ? words.get("report.period.nurse.unknown") : t.label(), n(t.sessions())));
        add(nurses);
    }

    private void doses() {
        heading("report.period.doses");
        if (report.doses().isEmpty()) {
            paragraph(words.get("report.period.none"), type.muted, 8);
            return;
        }
        PeriodTable table = new PeriodTable(type, new float[] {5, 2, 2, 2}, 100, words.get("report.period.doses.product"),
                words.get("report.period.sessions.column"), words.get("report.period.doses.units"), words.get("report.period.doses.mg"));
        report.doses().forEach(d -> table.row(d.product(), n(d.sessions()),
                words.get("report.period.unit." + d.unit(), d.units()), formats.amount(d.mg())));
        add(table);
    }

    private void observation() {
        PeriodReport.ObservationTimes o = report.observation();
        heading("report.period.observation");
        add(measures().row(words.get("report.period.observation.count"), n(o.minutes().size()))
                .row(words.get("report.period.observation.median"), minutes(o.median()))
                .row(words.get("report.period.observation.longest"), minutes(o.longest()))
                .row(words.get("report.period.observation.minimum"), minutes(OptionalInt.of(Math.toIntExact(o.minimumMinutes())))));
        if (!o.minutes().isEmpty()) {
            List<PdfBarChart.Bar> bars = o.bands().stream().map(b -> new PdfBarChart.Bar(String.valueOf(b.fromMinutes()), b.sessions()))
                    .toList();
            chart(words.get("report.period.observation.chart", PeriodReport.ObservationTimes.BAND_MINUTES), List.of(), bars, bars.size() > 16 ? 2 : 1);
        }
    }

    private void bpChecks() {
        PeriodReport.LateBpChecks b = report.bpChecks();
        PeriodReport.Definitions d = report.definitions();
        heading("report.period.bp");
        paragraph(words.get("report.period.bp.definition", d.bpCheckMinutes(), d.bpCheckWindowMinutes()), type.muted, 2);
        add(measures().row(words.get("report.period.bp.due"), n(b.due()))
                .row(words.get("report.period.bp.onTime"), n(b.onTime()))
                .row(words.get("report.period.bp.late"), n(b.late().size()))
                .row(words.get("report.period.bp.missed"), n(b.missed()))
                .row(words.get("report.period.bp.medianLate"), minutes(b.medianMinutesLate()))
                .row(words.get("report.period.bp.longestLate"), minutes(b.longestMinutesLate())));
        if (!b.late().isEmpty()) {
            PeriodTable late = new PeriodTable(type, new float[] {3, 2, 4, 2}, 100, words.get("report.period.day.column"),
                    words.get("report.period.chair.column"), words.get("report.period.nurse.column"), words.get("report.period.bp.lateBy"));
            b.late().forEach(l -> late.row(new String[] {formats.date(l.day()), n(l.chair()), l.nurse().isEmpty()
                    ? words.get("report.period.nurse.unknown") : l.nurse()}, words.get("report.period.minutes", l.minutesLate())));
            add(late);
        }
    }

    private void safety() {
        PeriodReport.SafetyCounts s = report.safety();
        PeriodReport.Definitions d = report.definitions();
        heading("report.period.safety");
        add(measures().row(words.get("report.period.safety.episodes", d.recheckSbpAbove(), d.recheckDbpAbove()), n(s.elevatedEpisodes()))
                .row(words.get("report.period.safety.sessionsElevated"), n(s.sessionsElevated()))
                .row(words.get("report.period.safety.baselineOverrides"), n(s.baselineOverrides()))
                .row(words.get("report.period.safety.checklistOverrides"), n(s.checklistOverrides()))
                .row(words.get("report.period.safety.deviceOverrides"), n(s.deviceOverrides()))
                .row(words.get("report.period.safety.dischargeBpOverrides"), n(s.dischargeBpOverrides()))
                .row(words.get("report.period.safety.warnings"), n(s.warningsAcknowledged()))
                .row(words.get("report.period.safety.alarms"), n(s.alarmsAcknowledged())));
    }

    private void adverseEvents() {
        heading("report.period.adverse");
        if (report.adverseEvents().isEmpty()) {
            paragraph(words.get("report.period.none"), type.muted, 8);
            return;
        }
        PeriodTable table = new PeriodTable(type, new float[] {5, 3, 2}, 80, words.get("report.period.adverse.kind"),
                words.get("report.period.adverse.severity"), words.get("report.period.adverse.count"));
        report.adverseEvents().forEach(a -> table.row(new String[] {words.get("adverseEvent.kind." + a.kind()),
                words.get("adverseEvent.severity." + a.severity())}, n(a.count())));
        add(table);
    }

    private void referrals() {
        heading("report.period.referrals");
        if (report.referrals().isEmpty()) {
            paragraph(words.get("report.period.none"), type.muted, 8);
            return;
        }
        PeriodTable table = new PeriodTable(type, new float[] {3, 2, 7}, 100, words.get("report.period.day.column"),
                words.get("report.period.chair.column"), words.get("report.period.referrals.reason"));
        report.referrals().forEach(r -> table.textRow(formats.date(r.day()), n(r.chair()), r.reason()));
        add(table);
    }

    private void registerAndForms() {
        PeriodReport.DiscrepancyCounts d = report.discrepancies();
        heading("report.period.discrepancies");
        PeriodTable table = measures().row(words.get("report.period.discrepancies.opened"), n(d.opened()))
                .row(words.get("report.period.discrepancies.resolved"), n(d.resolvedTotal()));
        d.resolved().forEach(r -> table.row("   " + words.get("registerScreen.resolve.outcome." + r.outcome()), n(r.count())));
        add(table.row(words.get("report.period.discrepancies.openAtEnd"), n(d.openAtEnd())));
        heading("report.period.monitoring");
        if (report.monitoringFormsOverdue().isPresent()) {
            add(measures().row(words.get("report.period.monitoring.overdue"), n(report.monitoringFormsOverdue().getAsInt())));
        } else {
            paragraph(words.get("report.period.monitoring.notEnrolled"), type.muted, 8);
        }
    }

    private void outcomes() {
        PeriodReport.Definitions d = report.definitions();
        heading("report.period.outcomes");
        paragraph(words.get("report.period.outcomes.definition", d.responseReductionPercent(), d.phq9RemissionBelow(),
                d.madrsRemissionAtOrBelow()), type.muted, 2);
        if (report.outcomes().isEmpty()) {
            paragraph(words.get("report.period.outcomes.none"), type.muted, 8);
            return;
        }
        PeriodTable table = new PeriodTable(type, new float[] {6, 2, 2, 3, 3}, 100, words.get("report.period.outcomes.regimen"),
                words.get("report.period.outcomes.scale"), words.get("report.period.outcomes.assessed"),
                words.get("report.period.outcomes.response"), words.get("report.period.outcomes.remission"));
        List<PdfBarChart.Bar> bars = new ArrayList<>();
        for (PeriodReport.OutcomeRate r : report.outcomes()) {
            table.row(new String[] {words.get("regimen." + r.regimen()), words.get("scale." + r.scale())}, n(r.assessed()),
                    words.get("report.period.percent", n(r.responders()), r.responsePercent().orElse(0)),
                    words.get("report.period.percent", n(r.remitters()), r.remissionPercent().orElse(0)));
            bars.add(new PdfBarChart.Bar(words.get("report.period.outcomes.short", words.get("report.period.regimen." + r.regimen()),
                    words.get("report.period.scaleShort." + r.scale())), r.responsePercent().orElse(0), r.remissionPercent().orElse(0)));
        }
        add(table);
        chart(words.get("report.period.outcomes.chart"), List.of(words.get("report.period.outcomes.response"),
                words.get("report.period.outcomes.remission")), bars, 1, PERCENT);
    }

    private PeriodTable measures() {
        return new PeriodTable(type, new float[] {7, 2}, 70, words.get("report.period.measure"), words.get("report.period.number"));
    }

    private void heading(String key) {
        Paragraph p = new Paragraph(type.phrase(words.get(key), type.bold));
        p.setSpacingBefore(6);
        p.setKeepTogether(true);
        document.add(p);
    }

    private void paragraph(String text, org.openpdf.text.Font font, float after) {
        Paragraph p = new Paragraph(type.phrase(text, font));
        p.setSpacingAfter(after);
        document.add(p);
    }

    private void add(PeriodTable table) {
        document.add(table.table());
    }

    private void chart(String title, List<String> series, List<PdfBarChart.Bar> bars, int labelEvery) {
        chart(title, series, bars, labelEvery, 0);
    }

    private void chart(String title, List<String> series, List<PdfBarChart.Bar> bars, int labelEvery, double scaleTop) {
        float width = document.right() - document.left();
        org.openpdf.text.Image image = PdfBarChart.draw(writer.getDirectContent(), type, width, CHART_HEIGHT, title, series, bars,
                labelEvery, scaleTop);
        image.setAlignment(Element.ALIGN_LEFT);
        image.setSpacingAfter(6);
        document.add(image);
    }

    private String n(long value) {
        return formats.units(value);
    }

    private String minutes(OptionalInt value) {
        return value.isPresent() ? words.get("report.period.minutes", value.getAsInt()) : words.get("report.period.noValue");
    }
}
