package org.vigil.ui.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.report.ClinicDayLog;
import org.vigil.domain.report.SessionReport;
import org.vigil.report.ClinicDayLogPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * A day's paper (issue 13, items 1 and 5): the day's session reports in one batch — each report
 * on its own pages, numbered on its own — for the manager, or the daily clinic log printed at day
 * close. A batch shows its progress report by report and can be cancelled between two reports.
 */
public final class DayReportsDialog {

    private final ReportDialogPane pane;
    /** Points: the widest a choice's text runs before it wraps. */
    private static final double DIALOG_TEXT_WIDTH = 460;

    private final DateField day = new DateField();
    private final RadioButton sessions = new RadioButton();
    private final RadioButton log = new RadioButton();

    DayReportsDialog(Services services, UiContext ui, Window owner, Actor actor, ReportOutput output) {
        ReportPrintModel model = new ReportPrintModel(ui, output);
        day.setId("reportDay");
        day.setDate(ui.today());
        ToggleGroup kind = new ToggleGroup();
        sessions.setText(ui.text("report.session.dialog.daySessions"));
        sessions.setId("reportDaySessions");
        sessions.setToggleGroup(kind);
        log.setText(ui.text("report.session.dialog.dayLog"));
        log.setId("reportDayLog");
        log.setToggleGroup(kind);
        log.setSelected(true);
        // The choices say what each prints; in a dialog of the usual width that takes two lines, never an ellipsis.
        for (RadioButton choice : new RadioButton[] {sessions, log}) {
            choice.setWrapText(true);
            choice.setMaxWidth(DIALOG_TEXT_WIDTH);
        }
        // A day's batch is the manager's (READ_CLINIC_REPORTS); others see only the log they may print.
        sessions.setVisible(actor.may(Permission.READ_CLINIC_REPORTS));
        sessions.setManaged(sessions.isVisible());
        VBox form = new VBox(8, new FormField(day).label(ui.text("report.session.dialog.day")), sessions, log);
        this.pane = new ReportDialogPane(model, ui, owner, ui.text("report.session.dialog.dayTitle"), form, true);
        pane.buttons(() -> {
            if (day.unreadable() || day.date().isEmpty()) {
                model.say(ui.text("report.session.dialog.dayUnreadable"));
                return Optional.empty();
            }
            LocalDate date = day.date().get();
            if (sessions.isSelected()) {
                return Optional.of(new ReportDialogPane.Job(progress -> batch(services, ui, actor, date, progress),
                        ui.text("report.session.dialog.daySessions") + " " + date, ReportPrintModel.fileName("session-reports", Optional.of(date), "")));
            }
            return Optional.of(new ReportDialogPane.Job(progress -> log(services, ui, actor, date),
                    ui.text("report.dayLog.title") + " " + date, ReportPrintModel.fileName("daily-clinic-log", Optional.of(date), "")));
        });
    }

    /**
     * Opens the dialog over the window and waits until it is closed: the manager's Reports area
     * calls this from its button, with the user signed in at the workstation. The service says
     * who may print which (a day's batch needs READ_CLINIC_REPORTS, the log PRINT_SESSION_REPORTS).
     */
    public static void show(Services services, UiContext ui, Window owner, Actor actor) {
        new DayReportsDialog(services, ui, owner, actor, ReportOutput.system()).pane.showAndWait();
    }

    /** The same with another printer and file opener, for a test. */
    public static void show(Services services, UiContext ui, Window owner, Actor actor, ReportOutput output) {
        new DayReportsDialog(services, ui, owner, actor, output).pane.showAndWait();
    }

    private static Outcome<PrintedPdf> batch(Services services, UiContext ui, Actor actor, LocalDate date, SessionReportPdf.Progress progress) {
        Outcome<List<SessionReport>> read = services.sessionReports().day(actor, date);
        if (!(read instanceof Outcome.Done<List<SessionReport>> reports)) {
            return read.notDone();
        }
        return SessionReportPdf.render(reports.value(), ui.messages().locale(), ui.messages()::get, progress);
    }

    private static Outcome<PrintedPdf> log(Services services, UiContext ui, Actor actor, LocalDate date) {
        Outcome<ClinicDayLog> read = services.sessionReports().dayLog(actor, date);
        if (!(read instanceof Outcome.Done<ClinicDayLog> done)) {
            return read.notDone();
        }
        return ClinicDayLogPdf.render(done.value(), ui.messages().locale(), ui.messages()::get);
    }
}
