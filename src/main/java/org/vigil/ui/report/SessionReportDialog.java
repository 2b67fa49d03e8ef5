package org.vigil.ui.report;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.report.SessionReport;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * One session's report (issue 13): "Save as PDF…" or "Print…", from the session screen or the
 * patient's history. The service checks who may print (PRINT_SESSION_REPORTS) and audits each
 * report made (REPORT_PRINTED with the chain head, SIG-4).
 */
public final class SessionReportDialog {

    private final ReportDialogPane pane;

    SessionReportDialog(Services services, UiContext ui, Window owner, Actor actor, long sessionId, String about, ReportOutput output) {
        ReportPrintModel model = new ReportPrintModel(ui, output);
        Label what = new Label(about);
        what.setId("reportAbout");
        what.setWrapText(true);
        this.pane = new ReportDialogPane(model, ui, owner, ui.text("report.session.dialog.sessionTitle", String.valueOf(sessionId)), what, false);
        ReportPrintModel.Maker maker = progress -> {
            Outcome<SessionReport> read = services.sessionReports().session(actor, sessionId);
            if (!(read instanceof Outcome.Done<SessionReport> report)) {
                return read.<PrintedPdf>notDone();
            }
            return SessionReportPdf.render(java.util.List.of(report.value()), ui.messages().locale(), ui.messages()::get, progress);
        };
        pane.buttons(() -> Optional.of(new ReportDialogPane.Job(maker, ui.text("report.session.title") + " " + sessionId,
                ReportPrintModel.fileName("session-report", Optional.empty(), String.valueOf(sessionId)))));
    }

    /**
     * Opens the dialog over the window and waits until it is closed.
     *
     * @param about the line that says which session (patient, day), as the caller shows it
     */
    public static void show(Services services, UiContext ui, Window owner, Actor actor, long sessionId, String about, ReportOutput output) {
        new SessionReportDialog(services, ui, owner, actor, sessionId, about, output).pane.showAndWait();
    }
}
