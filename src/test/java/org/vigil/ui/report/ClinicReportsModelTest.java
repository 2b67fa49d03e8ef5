package org.vigil.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.report.PrintedPdf;
import org.vigil.service.PeriodClinic;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.PdfPages;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel.PrintResult;

/**
 * The Reports area's view model without a toolkit: the database thread is a queue the test runs
 * step by step, so what the screen says between steps, and Cancel between them, can be seen.
 */
@DisplayName("Reports view model: figures, Save PDF, Print, progress and Cancel")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicReportsModelTest {

    private PeriodClinic clinic;
    private Path dir;
    private final Queue<Runnable> databaseThread = new ArrayDeque<>();
    private UiContext ui;

    @BeforeAll
    void seed(@TempDir Path dir) {
        this.dir = dir;
        clinic = PeriodClinic.open(dir.resolve("clinic"));
        ui = new UiContext(Locale.ENGLISH, clinic.clinic.clock, ZoneOffset.UTC, databaseThread::add, Runnable::run,
                new WorkstationPreferences(dir));
    }

    @AfterAll
    void close() {
        clinic.close();
    }

    @BeforeEach
    void idle() {
        databaseThread.clear();
    }

    private ClinicReportsModel model() {
        return new ClinicReportsModel(clinic.services(), ui, () -> clinic.manager);
    }

    /** Runs the next piece of background work; its answer comes back on this thread. */
    private void step() {
        databaseThread.remove().run();
    }

    private long printed() {
        return clinic.clinic.auditTrail().stream().map(AuditEvent::action).filter("PERIOD_REPORT_PRINTED"::equals).count();
    }

    @Test
    @DisplayName("Last month by default; Show reads the figures, saying so while it reads, and writes nothing")
    void show() {
        ClinicReportsModel model = model();
        assertThat(model.defaultMonth()).isEqualTo(YearMonth.of(2025, 3));
        long before = printed();
        model.show(PeriodClinic.MARCH_1, PeriodClinic.MARCH_31);
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.stepProperty().get()).isEqualTo("Reading the records…");
        step();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.reportProperty().get().sessions().held()).isEqualTo(5);
        assertThat(printed()).isEqualTo(before);
    }

    @Test
    @DisplayName("SIG-4 Save PDF: read (audited), drawn, written to the chosen file, each step said; then the file is offered")
    void save() throws Exception {
        ClinicReportsModel model = model();
        Path file = dir.resolve("march.pdf");
        long before = printed();
        model.save(PeriodClinic.MARCH_1, PeriodClinic.MARCH_31, file);
        step();
        assertThat(model.stepProperty().get()).isEqualTo("Drawing the PDF…");
        step();
        assertThat(model.stepProperty().get()).isEqualTo("Saving the PDF…");
        step();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).matches("Saved march.pdf \\(\\d pages\\)\\.");
        assertThat(model.savedProperty().get()).isEqualTo(file);
        assertThat(PdfPages.text(Files.readAllBytes(file))).contains("Clinic report", "Person nurse.wu 12 min");
        assertThat(printed()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("Cancel while the PDF is drawn: nothing is saved, the screen says so and is free again")
    void cancel() {
        ClinicReportsModel model = model();
        Path file = dir.resolve("cancelled.pdf");
        model.save(PeriodClinic.MARCH_1, PeriodClinic.MARCH_31, file);
        step();
        model.cancel();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Cancelled: nothing was saved or printed.");
        while (!databaseThread.isEmpty()) {
            step();
        }
        assertThat(file).doesNotExist();
        assertThat(model.savedProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Cancelled: nothing was saved or printed.");
    }

    @Test
    @DisplayName("Print hands the finished PDF to the printer and says how it ended; no printer is said so")
    void print() {
        ClinicReportsModel model = model();
        List<PrintedPdf> sent = new ArrayList<>();
        model.print(PeriodClinic.MARCH_1, PeriodClinic.MARCH_31, (pdf, job, done) -> {
            sent.add(pdf);
            done.accept(PrintResult.SENT);
        });
        step();
        step();
        assertThat(sent).singleElement().satisfies(pdf -> assertThat(PdfPages.text(pdf.bytes())).contains("Chest pain, ambulance called"));
        assertThat(model.messageProperty().get()).startsWith("Sent to the printer (");
        model.print(PeriodClinic.MARCH_1, PeriodClinic.MARCH_31, (pdf, job, done) -> done.accept(PrintResult.NO_PRINTER));
        step();
        step();
        assertThat(model.messageProperty().get()).isEqualTo("No printer is set up on this computer. Save the PDF instead.");
    }

    @Test
    @DisplayName("ROLE-2 a nurse at the workstation is refused with the reason, and nothing is made")
    void refused() {
        ClinicReportsModel model = new ClinicReportsModel(clinic.services(), ui, () -> clinic.li);
        model.show(PeriodClinic.MARCH_1, PeriodClinic.MARCH_31);
        step();
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isNotBlank();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
