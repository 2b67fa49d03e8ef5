package org.vigil.report;

import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.report.SessionReport;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.SessionEvent;

/**
 * Every rule a session went past with someone's reason, in the order it happened: a high
 * baseline accepted (BP-2), a checklist answer overridden (PAT-2/PAT-4) or accepted with a reason
 * (PRE-1), dose warnings acknowledged (ADM-4), a device before the rest ended or a re-dose
 * (ADM-2/ADM-5), a high BP accepted for discharge (DIS-1), and why the session stopped.
 */
final class OverrideRows {

    /** One override as the table prints it. */
    record Row(String rule, String what, String reason, String by, String at) {}

    private final List<Row> rows = new ArrayList<>();

    OverrideRows(SessionReport r, PrintFormats formats, Wording words) {
        for (SessionReport.Recorded e : r.entries()) {
            String at = formats.time(e.event().at());
            switch (e.event()) {
                case SessionEvent.BaselineOverridden o -> rows.add(new Row("BP-2", words.get("report.session.override.baseline"),
                        o.reason(), e.by(), at));
                case SessionEvent.ChecklistOverridden o -> rows.add(new Row(o.item().ruleId(), words.get("report.session.override.checklist",
                        words.get("report.session.question." + o.item().name())), o.reason(), o.prescriberName().isEmpty() ? e.by() : o.prescriberName(), at));
                case SessionEvent.ChecklistAnswered a when !a.answer().reason().isEmpty() -> {
                    ChecklistAnswer answer = a.answer();
                    rows.add(new Row(answer.item().ruleId(), words.get("report.session.override.answer",
                            words.get("report.session.question." + answer.item().name())), answer.reason(), e.by(), at));
                }
                case SessionEvent.DoseAuthorised d when !d.warnings().isEmpty() -> rows.add(new Row("ADM-4",
                        words.get("report.session.override.warnings", warnedRules(d.warnings())), d.warningAcknowledgement(), e.by(), at));
                case SessionEvent.DeviceGiven d when !d.restOverrideReason().isEmpty() -> rows.add(new Row("ADM-2",
                        words.get("report.session.override.device", d.number()), d.restOverrideReason(), e.by(), at));
                case SessionEvent.DischargeBpOverridden o -> rows.add(new Row("DIS-1", words.get("report.session.override.dischargeBp"),
                        o.reason(), e.by(), at));
                case SessionEvent.Abandoned a -> rows.add(new Row("PRE-1", words.get("report.session.override.abandoned"), a.reason(),
                        e.by(), at));
                case SessionEvent.ReferredToEmergency a -> rows.add(new Row("OBS-4", words.get("report.session.override.referred"),
                        a.reason(), e.by(), at));
                default -> { }
            }
        }
    }

    /** ADM-4: the rules the stored warnings were shown under ("ADM-4 key [args]; …"), as paper names them. */
    private static String warnedRules(String warnings) {
        return java.util.Arrays.stream(warnings.split(";")).map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.split(" ", 2)[0]).distinct().collect(java.util.stream.Collectors.joining(", "));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<Row> rows() {
        return rows;
    }
}
