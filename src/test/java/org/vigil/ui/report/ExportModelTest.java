package org.vigil.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.export.ExportKind;
import org.vigil.service.TestClinic;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.Stockroom;
import org.vigil.ui.common.UiContext;

/** The export dialog's view model, without a toolkit: background work, progress and the answer on the test's thread. */
@DisplayName("Exporting records from the window")
class ExportModelTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;
    private TestClinic clinic;
    private UiContext ui;
    private Actor manager;
    private Actor nurse;
    private Path out;

    @BeforeEach
    void clinicWithStock() throws Exception {
        clinic = TestClinic.setUp(dir.resolve("clinic"));
        out = Files.createDirectories(dir.resolve("out"));
        manager = clinic.person("manager.zhou", "the monthly book on the last friday", Role.MANAGER);
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        Actor witness = clinic.person("nurse.wang", "the second nurse counts twice", Role.NURSE);
        Stockroom.nasal(clinic.services(), nurse, witness, "the second nurse counts twice", LocalDate.of(2025, 3, 3), "LOT-A1", "LOT-B7",
                "LOT-C3");
        ui = new UiContext(Locale.ENGLISH, clinic.clock, ZoneOffset.UTC, Runnable::run, Runnable::run, new WorkstationPreferences(dir));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.toList();
        }
    }

    @Test
    @DisplayName("EXP-1 last month is proposed with a file name that says what it holds; the export shows its progress, then its rows and file")
    void exports() throws Exception {
        ExportModel model = new ExportModel(clinic.services(), ui, manager);
        assertThat(model.defaultFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(model.defaultUntil()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(model.fileName(ExportKind.READINGS, MARCH_1, MARCH_31, true)).isEqualTo("vigil-readings-2025-03-01-2025-03-31-deidentified.csv");
        List<Double> progress = new ArrayList<>();
        List<String> said = new ArrayList<>();
        model.progressProperty().addListener((p, was, now) -> progress.add(now.doubleValue()));
        model.messageProperty().addListener((p, was, now) -> said.add(now));
        Path file = out.resolve("march.csv");

        model.export(ExportKind.REGISTER, MARCH_1, MARCH_31, false, file);

        assertThat(progress).as("busy before the first record, then each third, then done").containsExactly(-1.0, 1 / 3.0, 2 / 3.0, 1.0, 0.0, 1.0);
        assertThat(said).contains("Exporting…", "Exporting… 1 of 3", "Exporting… 3 of 3");
        assertThat(model.messageProperty().get()).isEqualTo("3 rows written to march.csv.");
        assertThat(model.writtenProperty().get()).isEqualTo(file);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(Files.readString(file)).contains("LOT-A1", "LOT-B7", "LOT-C3");

        List<Path> opened = new ArrayList<>();
        model.openWritten(f -> opened.add(f));
        assertThat(opened).containsExactly(file);
        model.openWritten(f -> false);
        assertThat(model.messageProperty().get()).isEqualTo("This computer has no program set up to open the file. It is saved at " + file + ".");
    }

    @Test
    @DisplayName("EXP-1 Cancel during an export stops it at the next record: no file, no hidden half file, nothing audited as exported")
    void cancel() throws Exception {
        ExportModel model = new ExportModel(clinic.services(), ui, manager);
        model.progressProperty().addListener((p, was, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                model.cancel();
            }
        });
        Path file = out.resolve("march.csv");

        model.export(ExportKind.REGISTER, MARCH_1, MARCH_31, false, file);

        assertThat(model.messageProperty().get()).isEqualTo("The export was cancelled; no file was written.");
        assertThat(model.writtenProperty().get()).isNull();
        assertThat(files()).isEmpty();
        assertThat(clinic.actions()).doesNotContain("RECORDS_EXPORTED");
    }

    @Test
    @DisplayName("ROLE-2 EXP-1 a nurse is told she may not export; a file that exists is kept and the answer says to choose another name")
    void refusals() throws Exception {
        ExportModel model = new ExportModel(clinic.services(), ui, nurse);
        model.export(ExportKind.SESSIONS, MARCH_1, MARCH_31, false, out.resolve("nurse.csv"));
        assertThat(model.messageProperty().get()).isEqualTo("Only a manager can do this. The attempt has been recorded.");
        assertThat(clinic.lastEvent().action()).isEqualTo("REFUSED");
        assertThat(files()).isEmpty();

        Path existing = Files.writeString(out.resolve("kept.csv"), "last month");
        ExportModel managers = new ExportModel(clinic.services(), ui, manager);
        managers.export(ExportKind.AUDIT, MARCH_1, MARCH_31, true, existing);
        assertThat(managers.messageProperty().get()).isEqualTo(existing + " exists already. Choose another file name: an export never overwrites a file.");
        assertThat(Files.readString(existing)).isEqualTo("last month");
        assertThat(files()).containsExactly(existing);
    }
}
