package org.vigil.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.report.PrintedPdf;
import org.vigil.service.TestClinic;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.PdfPages;
import org.vigil.testing.Stockroom;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel.PrintResult;

/** The print dialog's view model, without a toolkit: background work and its answer on the test's thread. */
@DisplayName("Printing the register from the window")
class RegisterPrintModelTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;
    private TestClinic clinic;
    private UiContext ui;
    private Actor nurse;

    @BeforeEach
    void clinicWithStock() {
        clinic = TestClinic.setUp(dir.resolve("clinic"));
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        Actor witness = clinic.person("nurse.wang", "the second nurse counts twice", Role.NURSE);
        Stockroom.nasal(clinic.services(), nurse, witness, "the second nurse counts twice", LocalDate.of(2025, 3, 3), "LOT-A1");
        ui = new UiContext(Locale.ENGLISH, clinic.clock, ZoneOffset.UTC, Runnable::run, Runnable::run, new WorkstationPreferences(dir));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private RegisterPrintModel model(Actor actor) {
        return new RegisterPrintModel(clinic.services(), ui, actor);
    }

    @Test
    @DisplayName("CD-7 the period proposed is last month; saving writes the whole register to the chosen file and says how many pages")
    void saves() throws Exception {
        RegisterPrintModel model = model(nurse);
        assertThat(model.defaultFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(model.defaultUntil()).isEqualTo(LocalDate.of(2025, 2, 28));
        Path file = dir.resolve("march.pdf");

        model.save(MARCH_1, MARCH_31, file);

        assertThat(model.messageProperty().get()).isEqualTo("Saved march.pdf (1 page).");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(PdfPages.text(Files.readAllBytes(file))).contains("Clinic: Test Clinic", "LOT-A1", "Printed by Person nurse.li");
    }

    @Test
    @DisplayName("CD-7 printing hands the finished PDF to the printer and says how it ended; no printer is said so")
    void prints() {
        List<PrintedPdf> sent = new ArrayList<>();
        RegisterPrintModel model = model(nurse);

        model.print(MARCH_1, MARCH_31, (pdf, job, done) -> {
            sent.add(pdf);
            assertThat(model.busyProperty().get()).as("busy while the printer has it").isTrue();
            assertThat(job).isEqualTo("Controlled-drug register 1 Mar 2025 – 31 Mar 2025");
            done.accept(PrintResult.SENT);
        });

        assertThat(sent).singleElement().satisfies(pdf -> assertThat(PdfPages.text(pdf.bytes())).contains("Page 1 of 1"));
        assertThat(model.messageProperty().get()).isEqualTo("Sent 1 page to the printer.");
        model.print(MARCH_1, MARCH_31, (pdf, job, done) -> done.accept(PrintResult.NO_PRINTER));
        assertThat(model.messageProperty().get()).isEqualTo("No printer is set up on this computer. Save the PDF instead.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    @DisplayName("CD-7 ROLE-2 a reversed period, an unreadable date and a user who may not read the register are said in the message line; nothing is written")
    void refusals() {
        Path file = dir.resolve("never.pdf");
        RegisterPrintModel model = model(nurse);

        model.save(MARCH_31, MARCH_1, file);
        assertThat(model.messageProperty().get()).isEqualTo("The period cannot start on 2025-03-31, after its last day 2025-03-01.");
        model.dateUnreadable();
        assertThat(model.messageProperty().get()).isEqualTo("Write the date as YYYY-MM-DD.");
        RegisterPrintModel admin = model(clinic.admin());
        admin.save(MARCH_1, MARCH_31, file);
        assertThat(admin.messageProperty().get()).contains("Only a nurse, a prescriber or a manager can do this.");
        assertThat(file).doesNotExist();
    }
}
