package org.vigil.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.domain.Route;
import org.vigil.domain.alarm.AlarmCause;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.report.SessionReport;
import org.vigil.domain.report.SessionSignature;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * The sections of one session's report, in the order the session happened. Every value comes
 * from the report record; a value entered later than the minute it describes carries the time
 * it was entered (BP-9), shaded so it is not missed.
 */
final class SessionSections {

    private final Document document;
    private final PdfWriter writer;
    private final SessionReport r;
    private final Lettering type;
    private final PrintFormats formats;
    private final Wording words;
    private final Font sectionFont;
    private final Font title;

    SessionSections(Document document, PdfWriter writer, SessionReport report, Lettering type, PrintFormats formats, Wording words) {
        this.document = document;
        this.writer = writer;
        this.r = report;
        this.type = type;
        this.formats = formats;
        this.words = words;
        this.sectionFont = new Font(type.bold.getBaseFont(), SessionReportPdf.BODY_SIZE * 1.25f, Font.BOLD);
        this.title = type.heading;
    }

    void write() {
        Paragraph heading = new Paragraph(type.phrase(words.get("report.session.title"), title));
        heading.setSpacingAfter(2);
        document.add(heading);
        document.add(new Paragraph(type.phrase(summary(), type.bold)));
        if (!r.chairSide()) {
            document.add(new Paragraph(type.phrase(words.get("report.session.noChairSide"), type.alert)));
        }
        patient();
        dose();
        if (!r.chairSide()) {
            return; // a gate judged over no events would print every criterion as not met: a false record
        }
        keyTimes();
        signatures();
        checklist();
        vitals();
        chart();
        sedation();
        adverseEvents();
        overrides();
        alarms();
        gate();
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(words.get("sessionScreen.state." + r.state().name()));
        r.times().readyToLeave().ifPresent(t -> parts.add(words.get("report.session.readyAt", formats.time(t),
                r.times().minutesAfterDose(t).map(String::valueOf).orElse("–"))));
        r.times().monitoredMinutes().ifPresent(m -> parts.add(words.get("report.session.monitored", m)));
        return String.join(" · ", parts);
    }

    private void section(String key) {
        document.add(SessionReportPdf.heading(type, sectionFont, words.get(key)));
    }

    private void patient() {
        section("report.session.section.patient");
        SessionReport.PatientLine p = r.patient();
        ReportTable facts = new ReportTable(type, new float[] {1.1f, 2f, 1.1f, 2f}, words.get("report.session.what"),
                words.get("report.session.value"), words.get("report.session.what"), words.get("report.session.value"));
        facts.row(words.get("report.session.patient.name"), p.name(), words.get("report.session.patient.dob"),
                p.dateOfBirth() == null ? "–" : formats.date(p.dateOfBirth()));
        facts.row(words.get("report.session.patient.mrn"), blank(p.mrn()), words.get("report.session.patient.idNumber"), blank(p.idNumber()));
        facts.row(words.get("report.session.date"), formats.date(r.date()), words.get("report.session.chair"), String.valueOf(r.chair()));
        String course = r.course().map(c -> words.get("regimen." + c.regimen().name())).orElse("–");
        String phase = r.course().map(c -> words.get("report.session.phaseWeek", words.get("phase." + c.phase().name()), c.week()))
                .orElse("–");
        facts.row(words.get("report.session.course"), course, words.get("report.session.phase"), phase);
        document.add(facts.table());
    }

    private void dose() {
        section("report.session.section.dose");
        Optional<SessionEvent.DoseAuthorised> authorised = r.snapshot().authorisation();
        if (authorised.isEmpty()) {
            document.add(muted(words.get(r.chairSide() ? "report.session.noDose" : "report.session.doseInRegisterOnly")));
            supplies();
            return;
        }
        SessionEvent.DoseAuthorised a = authorised.get();
        List<String> lines = new ArrayList<>();
        String amount = a.route() == Route.NASAL ? words.get("report.session.dose.nasal", formats.amount(a.doseMg()), a.devices())
                : words.get("report.session.dose.iv", formats.amount(a.doseMg()), a.infusionMinutes());
        lines.add(words.get("report.session.dose.line", words.get("route." + a.route().name()), amount));
        lines.add(r.mgPerKg().map(perKg -> words.get("report.session.dose.mgPerKg", formats.amount(perKg),
                        r.weightUsed().map(w -> formats.amount(w.kg())).orElse("–"),
                        r.weightUsed().map(w -> formats.date(w.measuredOn())).orElse("–")))
                .orElse(words.get("report.session.dose.noWeight")));
        lines.add(words.get("report.session.dose.authorised", by(a), formats.moment(a.at())));
        document.add(SessionReportPdf.lines(type, lines));
        ReportTable given = new ReportTable(type, new float[] {1.3f, 1f, 1.3f, 2.4f}, words.get("report.session.given.what"),
                words.get("report.session.given.at"), words.get("report.session.given.lot"), words.get("report.session.given.by"));
        boolean any = false;
        for (SessionReport.Recorded e : r.entries()) {
            switch (e.event()) {
                case SessionEvent.DeviceGiven d -> {
                    given.row(words.get("report.session.given.device", d.number()), formats.time(d.at()), blank(d.lot()),
                            e.by() + (d.dotsChecked() ? " · " + words.get("report.session.given.dots") : ""));
                    any = true;
                }
                case SessionEvent.InfusionStarted s -> {
                    given.row(words.get("report.session.given.infusionStart", formats.amount(s.rateMlPerHour())), formats.time(s.at()),
                            blank(s.lot()), e.by());
                    any = true;
                }
                case SessionEvent.InfusionEnded s -> {
                    given.row(words.get("report.session.given.infusionEnd", formats.amount(s.volumeGivenMl()),
                            formats.amount(s.residualMl())), formats.time(s.at()), "", e.by());
                    any = true;
                }
                default -> { }
            }
        }
        if (any) {
            document.add(given.table());
        }
        supplies();
    }

    /** CD-3, CD-5: the register entries this session wrote, each signature as SIG-1 asks, one no longer holding in red (SIG-3). */
    private void supplies() {
        if (r.supplies().isEmpty()) {
            return;
        }
        document.add(new Paragraph(type.phrase(words.get("report.session.register"), type.bold)));
        ReportTable table = new ReportTable(type, new float[] {0.5f, 1.1f, 1.8f, 0.8f, 3.2f}, words.get("report.session.register.number"),
                words.get("report.session.register.kind"), words.get("report.session.register.product"),
                words.get("report.session.register.amount"), words.get("report.session.register.signatures"));
        for (SessionReport.Supply s : r.supplies()) {
            String amount = s.entry().content().mg().map(mg -> formats.amount(mg) + " mg")
                    .orElse(formats.units(Math.abs(s.entry().units())));
            table.cell(String.valueOf(s.entry().id()))
                    .cell(words.get("print.register.kind." + s.entry().kind().name()))
                    .cell(s.product() + " · " + words.get("report.session.register.lot", s.entry().lot()))
                    .cell(amount);
            List<String> signed = new ArrayList<>();
            for (EntrySignature sig : s.signatures()) {
                signed.add(words.get("report.session.register.signature", sig.signer().name(), formats.moment(sig.at()),
                        words.get("register.meaning." + sig.meaning().name()))
                        + (sig.holdsFor(s.entry()) ? "" : " " + words.get("report.session.register.notValid")));
            }
            table.cell(signed.isEmpty() ? words.get("report.session.register.unsigned") : String.join("\n", signed),
                    s.signaturesHold() ? type.body : type.alert, null);
        }
        document.add(table.table());
    }

    private void keyTimes() {
        section("report.session.section.times");
        ReportTable table = new ReportTable(type, new float[] {2.2f, 1.2f, 1.1f, 3f}, words.get("report.session.what"),
                words.get("report.session.times.at"), words.get("report.session.times.afterDose"), words.get("report.session.times.note"));
        time(table, "report.session.times.arrival", r.times().arrival(), "");
        time(table, "report.session.times.doseStart", r.times().doseStart(), "");
        Optional<VitalsRecorded> check = r.times().bpCheck();
        time(table, "report.session.times.bpCheck", check.map(VitalsRecorded::observedAt),
                check.map(v -> v.sbp() + "/" + v.dbp() + " mmHg").orElse(""));
        time(table, "report.session.times.ready", r.times().readyToLeave(), "");
        time(table, "report.session.times.end", r.times().end(), r.times().end().isPresent()
                ? words.get("sessionScreen.state." + r.state().name()) : "");
        document.add(table.table());
        document.add(new Paragraph(type.phrase(r.times().monitoredMinutes()
                .map(m -> words.get("report.session.times.monitored", m)).orElse(words.get("report.session.times.notMonitored")), type.bold)));
    }

    private void time(ReportTable table, String key, Optional<Instant> at, String note) {
        table.row(words.get(key), at.map(formats::time).orElse("–"),
                at.flatMap(t -> r.times().minutesAfterDose(t)).map(m -> words.get("report.session.minutes", m)).orElse("–"), note);
    }

    private void signatures() {
        section("report.session.section.signatures");
        List<SessionSignature> all = r.signatures();
        if (all.isEmpty()) {
            document.add(muted(words.get("report.session.noSignatures")));
            return;
        }
        ReportTable table = new ReportTable(type, new float[] {3f, 1.6f, 1.8f, 1.8f}, words.get("report.session.signature.meaning"),
                words.get("report.session.signature.name"), words.get("report.session.signature.at"),
                words.get("report.session.signature.detail"));
        for (SessionSignature s : all) {
            String detail = s.meaning() == SessionSignature.Meaning.CHECKLIST_OVERRIDDEN ? words.get("report.session.question." + s.detail())
                    : s.detail();
            table.row(words.get("report.session.signature." + s.meaning().name()), s.signer(), formats.moment(s.at()), detail);
        }
        document.add(table.table());
    }

    private void checklist() {
        section("report.session.section.checklist");
        List<SessionReport.Recorded> answers = r.entries().stream().filter(e -> e.event() instanceof SessionEvent.ChecklistAnswered)
                .toList();
        if (answers.isEmpty()) {
            document.add(muted(words.get("report.session.noChecklist")));
            return;
        }
        ReportTable table = new ReportTable(type, new float[] {3f, 1.6f, 2f, 1.5f}, words.get("report.session.checklist.item"),
                words.get("report.session.checklist.answer"), words.get("report.session.checklist.detail"),
                words.get("report.session.checklist.recorded"));
        for (SessionReport.Recorded e : answers) {
            ChecklistAnswer a = ((SessionEvent.ChecklistAnswered) e.event()).answer();
            String answer = a.item().answer() == ChecklistItem.Answer.TIME ? a.time().map(formats::moment).orElse("–")
                    : words.get(a.yes() ? "report.session.yes" : "report.session.no");
            String detail = String.join(" · ", nonBlank(a.detail(), a.reason().isEmpty() ? "" : words.get("report.session.reason", a.reason())));
            table.row(words.get("report.session.question." + a.item().name()), answer, detail, formats.time(e.recordedAt()) + " " + e.by());
        }
        document.add(table.table());
    }

    private void vitals() {
        section("report.session.section.vitals");
        VitalSignsTable table = new VitalSignsTable(r, type, formats, words);
        if (table.empty()) {
            document.add(muted(words.get("report.session.noVitals")));
            return;
        }
        document.add(table.table());
    }

    private void chart() {
        float width = document.right() - document.left();
        Optional<Image> drawn = new BpChartDrawing(r, type, words).draw(writer.getDirectContent(), width, 210);
        if (drawn.isEmpty()) {
            return;
        }
        section("report.session.section.chart");
        Image image = drawn.get();
        image.setAlignment(Element.ALIGN_LEFT);
        document.add(image);
    }

    private void sedation() {
        section("report.session.section.sedation");
        List<String> lines = new ArrayList<>();
        ReportTable table = new ReportTable(type, new float[] {1f, 1f, 1f, 3f}, words.get("report.session.vitals.observed"),
                words.get("report.session.times.afterDose"), words.get("report.session.sedation.moaas"),
                words.get("report.session.vitals.recorded"));
        boolean any = false;
        for (SessionReport.Recorded e : r.entries()) {
            if (e.event() instanceof SessionEvent.SedationScored s) {
                table.cell(formats.time(s.observedAt()))
                        .cell(r.times().minutesAfterDose(s.observedAt()).map(m -> words.get("report.session.minutes", m)).orElse("–"))
                        .cell(String.valueOf(s.moaas()), s.moaas() < r.protocol().dischargeRequiredMoaas() ? type.bold : type.body, null);
                recordedCell(table, e);
                any = true;
            } else if (e.event() instanceof SessionEvent.DissociationNoted d) {
                lines.add(words.get(d.present() ? "report.session.dissociation.present" : "report.session.dissociation.resolved",
                        formats.time(d.at()), e.by()) + late(e));
            }
        }
        if (any) {
            document.add(table.table());
        } else {
            document.add(muted(words.get("report.session.noScores")));
        }
        document.add(SessionReportPdf.lines(type, lines.isEmpty() ? List.of(words.get("report.session.dissociation.none")) : lines));
    }

    private void adverseEvents() {
        section("report.session.section.adverse");
        List<SessionEvent.AdverseEventOpened> opened = r.snapshot().adverseEvents();
        List<SessionEvent.AdministrationProblem> problems = r.snapshot().problems();
        if (opened.isEmpty() && problems.isEmpty()) {
            document.add(muted(words.get("report.session.noAdverse")));
            return;
        }
        if (!opened.isEmpty()) {
            ReportTable table = new ReportTable(type, new float[] {0.8f, 1.8f, 0.9f, 2.2f, 2.2f, 2.2f},
                    words.get("report.session.adverse.onset"), words.get("report.session.adverse.kind"),
                    words.get("report.session.adverse.severity"), words.get("report.session.adverse.description"),
                    words.get("report.session.adverse.action"), words.get("report.session.adverse.resolution"));
            for (SessionEvent.AdverseEventOpened e : opened) {
                Optional<SessionEvent.AdverseEventResolved> resolved = r.snapshot().adverseResolutions().stream()
                        .filter(x -> x.eventId().equals(e.eventId())).findFirst();
                table.row(formats.time(e.at()), words.get("adverseEvent.kind." + e.kind().name()),
                        words.get("adverseEvent.severity." + e.severity().name()), blank(e.description()), blank(e.action()));
                table.cell(resolved.map(x -> words.get("report.session.adverse.resolvedAt", formats.time(x.at()), blank(x.resolution())))
                        .orElse(words.get("report.session.adverse.open")), resolved.isPresent() ? type.body : type.alert, null);
            }
            document.add(table.table());
        }
        for (SessionEvent.AdministrationProblem p : problems) {
            document.add(SessionReportPdf.lines(type, List.of(words.get("report.session.problem." + p.problem().name(), formats.time(p.at()),
                    blank(p.note())))));
        }
    }

    private void overrides() {
        section("report.session.section.overrides");
        OverrideRows rows = new OverrideRows(r, formats, words);
        if (rows.isEmpty()) {
            document.add(muted(words.get("report.session.noOverrides")));
            return;
        }
        ReportTable table = new ReportTable(type, new float[] {0.7f, 2.2f, 3f, 1.5f, 1.2f}, words.get("report.session.override.rule"),
                words.get("report.session.override.what"), words.get("report.session.override.reason"),
                words.get("report.session.override.by"), words.get("report.session.override.at"));
        rows.rows().forEach(row -> table.row(row.rule(), row.what(), row.reason(), row.by(), row.at()));
        document.add(table.table());
    }

    /** ALM-2: every alarm of the session with when it was raised, acknowledged and resolved. */
    private void alarms() {
        List<SessionReport.Recorded> alarmEvents = r.entries().stream()
                .filter(e -> e.event() instanceof SessionEvent.AlarmAcknowledged || e.event() instanceof SessionEvent.AlarmResolved).toList();
        if (alarmEvents.isEmpty()) {
            return;
        }
        section("report.session.section.alarms");
        ReportTable table = new ReportTable(type, new float[] {3f, 1f, 3f}, words.get("report.session.alarm.what"),
                words.get("report.session.alarm.raised"), words.get("report.session.alarm.handled"));
        for (SessionReport.Recorded e : alarmEvents) {
            String cause = e.event() instanceof SessionEvent.AlarmAcknowledged a ? a.cause() : ((SessionEvent.AlarmResolved) e.event()).cause();
            AlarmCause parsed = AlarmCause.parse(cause);
            String handled = e.event() instanceof SessionEvent.AlarmAcknowledged
                    ? words.get("report.session.alarm.acknowledged", formats.time(e.event().at()), e.by())
                    : words.get("report.session.alarm.resolved", formats.time(e.event().at()), e.by());
            table.row(parsed.ruleId() + " " + words.get("sessionScreen.alarm.what." + parsed.what()), formats.time(parsed.raisedAt()), handled);
        }
        document.add(table.table());
    }

    /** DIS-1 with the time each criterion was met (GateTimes), DIS-2 ready to leave. */
    private void gate() {
        section("report.session.section.gate");
        ReportTable table = new ReportTable(type, new float[] {2.2f, 0.8f, 1.2f, 3.2f}, words.get("report.session.gate.criterion"),
                words.get("report.session.gate.rule"), words.get("report.session.gate.metAt"), words.get("report.session.gate.note"));
        for (DischargeGate.Check check : r.gate().checks()) {
            DischargeGate.Criterion c = check.criterion();
            Optional<Instant> since = Optional.ofNullable(r.metSince().get(c));
            String note = check.reason().map(reason -> words.get(reason.messageKey(), reason.args().toArray())).orElse("");
            table.cell(words.get("sessionScreen.gate." + c.name())).cell(c.ruleId());
            if (check.met()) {
                table.cell(since.map(formats::time).orElse(words.get("report.session.gate.met")));
            } else {
                table.cell(words.get("report.session.gate.notMet"), type.alert, ReportTable.MARK_FILL);
            }
            table.cell(note);
        }
        document.add(table.table());
        document.add(new Paragraph(type.phrase(r.times().readyToLeave()
                .map(t -> words.get("report.session.gate.ready", formats.moment(t), r.times().minutesAfterDose(t).map(String::valueOf).orElse("–")))
                .orElse(words.get("report.session.gate.notReady")), type.bold)));
        document.add(muted(words.get("report.session.gate.asOf", formats.moment(r.asOf()))));
    }

    private String by(SessionEvent event) {
        return r.recorded(event).map(SessionReport.Recorded::by).orElse("–");
    }

    /** BP-9: " (entered 10:32)" for a value entered after its minute. */
    private String late(SessionReport.Recorded e) {
        return e.enteredLate() ? " " + words.get("report.session.enteredAt", formats.time(e.recordedAt())) : "";
    }

    private void recordedCell(ReportTable table, SessionReport.Recorded e) {
        if (e.enteredLate()) {
            table.cell(words.get("report.session.enteredLateBy", formats.time(e.recordedAt()), e.by()), type.alert, ReportTable.MARK_FILL);
        } else {
            table.cell(e.by());
        }
    }

    private Paragraph muted(String text) {
        return new Paragraph(type.phrase(text, type.muted));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static List<String> nonBlank(String... texts) {
        List<String> kept = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                kept.add(t);
            }
        }
        return kept;
    }

}
