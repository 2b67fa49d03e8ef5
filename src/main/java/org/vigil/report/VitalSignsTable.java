package org.vigil.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.pdf.PdfPTable;
import org.vigil.domain.report.SessionReport;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.vitals.AssessmentRules;

/**
 * Every vital sign of the session in one table, the baseline first (BP-1): when it was observed,
 * the minutes after the dose, BP, heart rate and SpO2, what the protocol made of it (BP-2 high
 * baseline, BP-3 check, BP-4 above the recheck line, BP-5 alarm level, BP-6 rise, low SpO2), and
 * who recorded it — with the time it was entered when that was after the minute observed (BP-9).
 */
final class VitalSignsTable {

    private final SessionReport r;
    private final Lettering type;
    private final PrintFormats formats;
    private final Wording words;
    private final ReportTable table;
    private boolean empty = true;

    VitalSignsTable(SessionReport report, Lettering type, PrintFormats formats, Wording words) {
        this.r = report;
        this.type = type;
        this.formats = formats;
        this.words = words;
        this.table = new ReportTable(type, new float[] {0.9f, 0.9f, 1f, 0.6f, 0.6f, 2.6f, 1.9f}, words.get("report.session.vitals.observed"),
                words.get("report.session.times.afterDose"), words.get("report.session.vitals.bp"), words.get("report.session.vitals.hr"),
                words.get("report.session.vitals.spo2"), words.get("report.session.vitals.notes"), words.get("report.session.vitals.recorded"));
        for (SessionReport.Recorded e : report.entries()) {
            switch (e.event()) {
                case SessionEvent.BaselineRecorded b -> row(e, new VitalsRecorded(b.at(), b.sbp(), b.dbp(), b.heartRate(), b.spo2()), true);
                case VitalsRecorded v -> row(e, v, false);
                default -> { }
            }
        }
    }

    boolean empty() {
        return empty;
    }

    PdfPTable table() {
        return table.table();
    }

    private void row(SessionReport.Recorded e, VitalsRecorded v, boolean baseline) {
        empty = false;
        List<String> notes = notes(v, baseline);
        table.cell(formats.time(v.observedAt()))
                .cell(r.times().minutesAfterDose(v.observedAt()).map(m -> words.get("report.session.minutes", m)).orElse("–"))
                .cell(v.sbp() + "/" + v.dbp(), notes.isEmpty() ? type.body : type.bold, null)
                .cell(String.valueOf(v.heartRate()))
                .cell(String.valueOf(v.spo2()))
                .cell(String.join("\n", notes));
        if (e.enteredLate()) {
            table.cell(words.get("report.session.enteredLateBy", formats.time(e.recordedAt()), e.by()), type.alert, ReportTable.MARK_FILL);
        } else {
            table.cell(e.by());
        }
    }

    private List<String> notes(VitalsRecorded v, boolean baseline) {
        SessionProtocol p = r.protocol();
        AssessmentRules rules = r.rules();
        List<String> notes = new ArrayList<>();
        if (baseline) {
            notes.add(words.get("report.session.vitals.baseline"));
            if (p.baselineNeedsOverride(v.sbp(), v.dbp())) {
                notes.add(words.get("report.session.vitals.baselineHigh", p.baselineSbpAbove(), p.baselineDbpAbove()));
            }
            return notes;
        }
        Optional<VitalsRecorded> check = r.times().bpCheck();
        if (check.isPresent() && check.get() == v) {
            notes.add(words.get("report.session.vitals.bpCheck"));
        }
        if (v.sbp() >= rules.singleSystolicAtLeast() || v.dbp() >= rules.singleDiastolicAtLeast()) {
            notes.add(words.get("report.session.vitals.callLevel", rules.singleSystolicAtLeast(), rules.singleDiastolicAtLeast()));
        } else if (p.isElevated(v.sbp(), v.dbp())) {
            notes.add(words.get("report.session.vitals.aboveRecheck", p.recheckSbpAbove(), p.recheckDbpAbove()));
        }
        boolean postDose = r.snapshot().doseStart().filter(s -> !v.observedAt().isBefore(s)).isPresent();
        if (postDose && p.risesFromBaseline(r.snapshot(), v)) {
            notes.add(words.get("report.session.vitals.rise", p.riseSbpAtLeast(), p.riseDbpAtLeast()));
        }
        if (v.spo2() < rules.spo2Below()) {
            notes.add(words.get("report.session.vitals.lowSpo2", rules.spo2Below()));
        }
        return notes;
    }
}
