package org.vigil.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.programme.MonitoringForm;
import org.vigil.domain.programme.MonitoringFormPrintout;
import org.vigil.domain.session.SessionEvent;

/**
 * PAT-6: a session's patient monitoring form for the risk programme, prefilled from the session,
 * one portrait page on the clinic's paper in the reader's language: the patient, the treatment, the
 * monitoring with its times and blood pressures, and the adverse events. A field the session did
 * not record prints "not recorded" for the prescriber to complete on the programme's own form.
 */
public final class MonitoringFormPdf {

    private static final float BODY_SIZE = 9.5f;
    private static final Color SECTION_FILL = new Color(0xE4, 0xE4, 0xE4);

    private MonitoringFormPdf() {}

    public static Outcome<PrintedPdf> render(MonitoringFormPrintout printout, Locale locale, Wording words) {
        return render(printout, locale, words, PrintFont.find(PrintFont.INSTALLED_CJK));
    }

    public static Outcome<PrintedPdf> render(MonitoringFormPrintout printout, Locale locale, Wording words, PrintFont font) {
        Lettering type = new Lettering(font, BODY_SIZE);
        PrintFormats formats = new PrintFormats(locale, printout.zone(), words);
        MonitoringForm f = printout.form();
        String title = words.get("print.form.title");
        PageFrame frame = new PageFrame(type, formats, words, new String[] {printout.clinicName(), title},
                words.get("print.advice.sessionDate", formats.date(f.sessionDate())),
                // Portrait has no room for the whole chain head beside "page X of Y": the foot names its event, the page ends with it whole.
                new String[] {words.get("print.register.printedBy", printout.printedBy(), formats.moment(printout.printedAt())),
                        words.get("print.forms.chainHeadShort", String.valueOf(printout.chainHead().seq()))});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(Paper.portrait(printout.paper()), 40, 40, 56, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(frame);
        document.addTitle(title + " · " + f.patientName() + " · " + f.sessionDate());
        document.addCreator("Vigil");
        document.open();
        Paragraph heading = new Paragraph(type.phrase(title, type.heading));
        heading.setSpacingAfter(2);
        document.add(heading);
        document.add(new Paragraph(type.phrase(words.get("print.form.deadline", formats.date(printout.deadline().deadline())), type.bold)));

        Fields t = new Fields(type, words);
        String notRecorded = words.get("print.form.notRecorded");
        t.section("print.form.section.patient");
        t.row("print.form.patient", f.patientName());
        t.row("print.form.programmeNumber", f.programmeNumber().isEmpty() ? notRecorded : f.programmeNumber());
        t.row("print.form.dateOfBirth", f.dateOfBirth() == null ? notRecorded : formats.date(f.dateOfBirth()));
        t.row("print.form.sex", f.sex() == null ? notRecorded : words.get("sex." + f.sex().name()));
        MonitoringForm.Comedication c = f.comedication();
        t.row("print.form.comedication", !c.asked() ? notRecorded : c.none() ? words.get("print.form.comedication.none") : c.named());

        t.section("print.form.section.treatment");
        t.row("print.form.setting", f.setting());
        t.row("print.form.date", formats.date(f.sessionDate()));
        t.row("print.form.clinician", f.monitoringClinician().isEmpty() ? notRecorded : f.monitoringClinician());
        t.row("print.form.dose", words.get("print.form.doseValue", formats.amount(f.doseMg()), words.get("print.form.route." + f.route().name())));
        t.row("print.form.lot", f.lots().isEmpty() ? notRecorded : String.join(", ", f.lots()));
        t.row("print.form.first", yesNo(words, f.firstTreatment()));

        t.section("print.form.section.monitoring");
        t.row("print.form.minutesMonitored", words.get("print.form.minutes", formats.units(f.minutesMonitored())));
        t.row("print.form.readyMinutes", f.readyToLeaveMinutes().map(m -> words.get("print.form.minutes", formats.units(m))).orElse(notRecorded));
        t.row("print.form.vitalsBefore", words.get("print.form.acceptable." + f.vitalsBefore().name()));
        t.row("print.form.vitalsEnd", words.get("print.form.acceptable." + f.vitalsAtEnd().name()));
        t.row("print.form.bpBefore", bp(f.bpBefore(), words, notRecorded, true));
        t.labelled(words.get("print.form.bpCheck", f.bpCheckMinutes()), bp(f.bpAtCheck(), words, notRecorded, false));
        t.row("print.form.bpEnd", bp(f.bpAtEnd(), words, notRecorded, false));

        t.section("print.form.section.events");
        t.row("print.form.sedation", f.lowestMoaas().map(m -> words.get(m < SessionEvent.SedationScored.HIGHEST ? "print.form.sedation.yes" : "print.form.sedation.no", m))
                .orElse(notRecorded));
        t.row("print.form.dissociation", yesNo(words, f.dissociation()));
        t.row("print.form.respiratory", yesNo(words, f.respiratoryDepression()));
        t.row("print.form.serious", f.seriousAdverseEvents().isEmpty() ? words.get("print.form.no")
                : f.seriousAdverseEvents().stream().map(k -> words.get("adverseEvent.kind." + k.name())).collect(Collectors.joining(", ")));
        t.row("print.form.outcome", words.get("print.form.outcome." + f.outcome().name()));
        document.add(t.table);

        Paragraph note = new Paragraph(type.phrase(words.get("print.form.note"), type.muted));
        note.setSpacingBefore(10);
        document.add(note);
        Paragraph head = new Paragraph(type.phrase(words.get("print.register.chainHead", String.valueOf(printout.chainHead().seq()),
                printout.chainHead().hash()), type.muted));
        head.setSpacingBefore(18);
        document.add(head);
        document.close();
        if (!type.missing().isEmpty()) {
            return Outcome.refused(Refusal.of("PAT-6", "print.register.font.missing", String.join(" ", type.missing()), type.fontName()));
        }
        return Outcome.done(new PrintedPdf(out.toByteArray(), frame.pages()));
    }

    private static String yesNo(Wording words, boolean yes) {
        return words.get(yes ? "print.form.yes" : "print.form.no");
    }

    /** "128/82 mmHg at 42 min"; the baseline says how long before the dose it was taken. */
    private static String bp(Optional<MonitoringForm.Bp> bp, Wording words, String notRecorded, boolean before) {
        return bp.map(b -> words.get(before ? "print.form.bpBeforeValue" : "print.form.bpValue", b.sbp() + "/" + b.dbp(), Math.abs(b.minute())))
                .orElse(notRecorded);
    }

    /** The form's two columns: the programme's question and the session's answer, under section bands. */
    private static final class Fields {
        final PdfPTable table = new PdfPTable(new float[] {2.2f, 3.8f});
        private final Lettering type;
        private final Wording words;

        Fields(Lettering type, Wording words) {
            this.type = type;
            this.words = words;
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            PdfPCell cell = table.getDefaultCell();
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidth(0.4f);
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
        }

        void section(String key) {
            PdfPCell band = new PdfPCell(type.phrase(words.get(key), type.bold));
            band.setColspan(2);
            band.setBackgroundColor(SECTION_FILL);
            band.setBorder(Rectangle.NO_BORDER);
            band.setPadding(4);
            table.addCell(band);
        }

        void row(String labelKey, String value) {
            labelled(words.get(labelKey), value);
        }

        void labelled(String label, String value) {
            table.addCell(type.phrase(label, type.muted));
            table.addCell(type.phrase(value, type.bold));
        }
    }
}
