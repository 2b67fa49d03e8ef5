package org.vigil.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.report.SessionReport;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.service.LoginResult;
import org.vigil.service.ReportedMorning;
import org.vigil.service.Services;
import org.vigil.service.TestClinic;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.MutableClock;
import org.vigil.testing.PdfPages;
import org.vigil.testing.TestServices;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel;

/** The report dialogs' model without a window: saving, the offer to open, printing, a cancelled batch, a refusal. */
@DisplayName("Report dialog model")
class ReportPrintModelTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    @TempDir
    static Path seeded;
    private static List<Long> sessions;

    @TempDir
    Path folder;
    private Services services;
    private UiContext ui;
    private final List<Path> opened = new ArrayList<>();
    private final List<PrintedPdf> printed = new ArrayList<>();
    private boolean openWorks = true;
    private ReportPrintModel model;

    @BeforeAll
    static void aMorning() {
        sessions = ReportedMorning.seed(seeded.resolve("clinic"));
    }

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(TestClinic.MORNING.plusSeconds(6 * 3600));
        services = TestServices.open(seeded.resolve("clinic"), clock);
        ui = new UiContext(Locale.ENGLISH, clock, ZoneOffset.UTC, Runnable::run, Runnable::run, new WorkstationPreferences(folder));
        model = new ReportPrintModel(ui, new ReportOutput((pdf, job, done) -> {
            printed.add(pdf);
            done.accept(RegisterPrintModel.PrintResult.NO_PRINTER);
        }, (file, done) -> {
            opened.add(file);
            done.accept(openWorks);
        }));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Actor login(String user, String password) {
        return ((LoginResult.Granted) services.accounts().login(user, password)).actor();
    }

    private ReportPrintModel.Maker session(Actor actor, long id) {
        return progress -> {
            Outcome<SessionReport> read = services.sessionReports().session(actor, id);
            return read instanceof Outcome.Done<SessionReport> r
                    ? SessionReportPdf.render(List.of(r.value()), Locale.ENGLISH, ui.messages()::get, progress) : read.notDone();
        };
    }

    @Test
    @DisplayName("Save as PDF writes the report, says so with its pages, and offers to open it; when no reader opens it, says where it is")
    void saveAndOpen() throws Exception {
        Actor nurse = login(ReportedMorning.NURSE, ReportedMorning.NURSE_PASSWORD);
        Path file = folder.resolve("session-report.pdf");
        model.save(session(nurse, sessions.getFirst()), file);

        assertThat(model.messageProperty().get()).isEqualTo("Saved session-report.pdf (2 pages).");
        assertThat(model.savedProperty().get()).isEqualTo(file);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(PdfPages.text(Files.readAllBytes(file))).contains("Okafor, Grace", "172/96");
        model.openSaved();
        assertThat(opened).containsExactly(file);
        assertThat(model.messageProperty().get()).isEqualTo("Saved session-report.pdf (2 pages).");
        openWorks = false;
        model.openSaved();
        assertThat(model.messageProperty().get()).isEqualTo("This computer cannot open the PDF from Vigil; the file is at " + file + ".");
    }

    @Test
    @DisplayName("Print with no printer set up says to save the report instead")
    void printWithoutPrinter() {
        Actor nurse = login(ReportedMorning.NURSE, ReportedMorning.NURSE_PASSWORD);
        model.print(session(nurse, sessions.getFirst()), "Session report");
        assertThat(printed).hasSize(1);
        assertThat(model.messageProperty().get()).startsWith("This computer has no printer set up.");
    }

    @Test
    @DisplayName("Cancel stops a day's batch between two reports: nothing is saved, and the message says so")
    void cancelledBatch() {
        Actor manager = login(ReportedMorning.MANAGER, ReportedMorning.MANAGER_PASSWORD);
        List<Double> steps = new ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> steps.add(now.doubleValue()));
        Path file = folder.resolve("day.pdf");
        model.save(progress -> {
            Outcome<List<SessionReport>> read = services.sessionReports().day(manager, MARCH_3);
            return SessionReportPdf.render(read.value(), Locale.ENGLISH, ui.messages()::get, (done, total) -> {
                if (done == 1) {
                    model.cancel(); // as the Cancel button does while the first report is drawn
                }
                return progress.carryOn(done, total);
            });
        }, file);

        assertThat(steps).as("the bar moved to the first report before the cancel").contains(0.5);
        assertThat(model.messageProperty().get()).isEqualTo("Printing was cancelled; nothing was printed or saved.");
        assertThat(file).doesNotExist();
        assertThat(model.savedProperty().get()).isNull();
    }

    @Test
    @DisplayName("ROLE-2 a nurse asking for the day's batch is told she may not, in the message line")
    void refused() {
        Actor nurse = login(ReportedMorning.NURSE, ReportedMorning.NURSE_PASSWORD);
        model.save(progress -> services.sessionReports().day(nurse, MARCH_3).notDone(), folder.resolve("day.pdf"));
        assertThat(model.messageProperty().get()).isEqualTo("Only a manager can do this. The attempt has been recorded.");
        assertThat(folder.resolve("day.pdf")).doesNotExist();
    }
}
