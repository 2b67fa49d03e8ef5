package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.export.ExportKind;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.Stockroom;
import org.vigil.text.Messages;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.report.ExportDialog;

/**
 * The export dialog as a manager uses it (EXP-1), opened directly as the Reports area will open
 * it. Database work waits in a queue until the test runs it, so the dialog can be seen (and
 * cancelled) while an export is running.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final String PASSWORD = "priya reads the month on friday";

    @TempDir
    Path dir;
    private ShellFixture app;
    private Stage stage;
    private Actor manager;
    private final BlockingQueue<Runnable> database = new LinkedBlockingQueue<>();
    private final List<Path> chosen = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private Path nextFile;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void open(FxRobot robot, Locale language) throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        robot.interact(() -> {
            app = ShellFixture.withClinic(stage, dir.resolve("clinic"), language);
            manager = app.person("manager", "Priya Shah", PASSWORD, Set.of(Role.MANAGER), false);
            Actor nurse = app.person("nurse.li", "Li Na", "tea at ten on the ward", Set.of(Role.NURSE), false);
            Actor witness = app.person("nurse.wang", "Wang Fang", "the second nurse counts twice", Set.of(Role.NURSE), false);
            Stockroom.nasal(app.services, nurse, witness, "the second nurse counts twice", LocalDate.of(2026, 11, 30), "LOT-A1", "LOT-B7");
        });
        UiContext ui = new UiContext(language, app.clock, ZoneOffset.UTC, database::add, new WorkstationPreferences(dir.resolve("clinic")));
        Platform.runLater(() -> ExportDialog.open(app.services, ui, stage, manager, (owner, proposed) -> {
            chosen.add(dir.resolve("exports").resolve(proposed));
            return Optional.ofNullable(nextFile);
        }, file -> opened.add(file)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the database work the dialog asked for, off the screen's thread, as the program's database thread does. */
    private void runDatabaseWork() throws Exception {
        Runnable work = database.poll(10, TimeUnit.SECONDS);
        assertThat(work).as("the dialog asked for database work").isNotNull();
        work.run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fill(FxRobot robot, ExportKind kind, String from, String until, boolean deidentified) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ExportKind> kinds = robot.lookup("#exportKind").queryAs(ComboBox.class);
            kinds.getSelectionModel().select(kind);
            robot.lookup("#exportFrom").queryAs(TextField.class).setText(from);
            robot.lookup("#exportUntil").queryAs(TextField.class).setText(until);
            robot.lookup("#exportDeidentified").queryAs(CheckBox.class).setSelected(deidentified);
        });
    }

    private String message(FxRobot robot) {
        return robot.lookup("#exportMessage").queryAs(Label.class).getText();
    }

    private Node node(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    @Test
    @DisplayName("EXP-1 last month is proposed; a running export shows its progress and can be cancelled, leaving no file; a finished one says its rows and file and opens it")
    void exportsCancelsAndOpens(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        assertThat(robot.lookup("#exportFrom").queryAs(TextField.class).getText()).isEqualTo("2026-10-01");
        assertThat(robot.lookup("#exportUntil").queryAs(TextField.class).getText()).isEqualTo("2026-10-31");
        assertThat(node(robot, "#exportOpen").isVisible()).as("nothing to open yet").isFalse();

        fill(robot, ExportKind.REGISTER, "2026-11-3O", "2026-11-30", false);
        robot.clickOn("#exportSave");
        assertThat(message(robot)).isEqualTo("Write the date as YYYY-MM-DD.");
        assertThat(robot.lookup("#exportFrom").queryAs(TextField.class).getText()).as("what was typed stays").isEqualTo("2026-11-3O");

        Path cancelled = dir.resolve("exports").resolve("cancelled.csv");
        nextFile = cancelled;
        fill(robot, ExportKind.REGISTER, "2026-11-01", "2026-11-30", false);
        robot.clickOn("#exportSave");
        assertThat(chosen.getLast().getFileName().toString()).isEqualTo("vigil-register-2026-11-01-2026-11-30.csv");
        assertThat(message(robot)).isEqualTo("Exporting…");
        assertThat(node(robot, "#exportProgress").isVisible()).isTrue();
        assertThat(node(robot, "#exportSave").isDisabled()).isTrue();
        assertThat(node(robot, "#exportCancel").isDisabled()).isFalse();
        Screenshots.save(node(robot, "#exportFrom").getScene(), "export-dialog-running-en");
        robot.clickOn("#exportCancel");
        runDatabaseWork();
        assertThat(message(robot)).isEqualTo("The export was cancelled; no file was written.");
        assertThat(cancelled).doesNotExist();
        try (var files = Files.list(dir.resolve("exports"))) {
            assertThat(files.toList()).as("no hidden half file either").isEmpty();
        }

        Path file = dir.resolve("exports").resolve("november.csv");
        nextFile = file;
        robot.clickOn("#exportSave");
        runDatabaseWork();
        assertThat(message(robot)).isEqualTo("2 rows written to november.csv.");
        assertThat(robot.lookup("#exportProgress").queryAs(ProgressBar.class).isVisible()).isFalse();
        assertThat(node(robot, "#exportCancel").isDisabled()).isTrue();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFEntry No.,").contains("LOT-A1", "LOT-B7", "Li Na", "Wang Fang");
        assertThat(app.clinicAudit()).filteredOn(e -> e.action().equals("RECORDS_EXPORTED")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains("kind=REGISTER", "rows=2"));
        Screenshots.save(node(robot, "#exportFrom").getScene(), "export-dialog-en");

        robot.clickOn("#exportOpen");
        runDatabaseWork();
        assertThat(opened).containsExactly(file);
    }

    @Test
    @DisplayName("EXP-1 in Chinese: a reversed period is said in Chinese, and a de-identified export has Chinese headers and no staff names")
    void chinese(FxRobot robot) throws Exception {
        open(robot, Messages.CHINESE);
        fill(robot, ExportKind.AUDIT, "2026-11-30", "2026-11-01", true);
        nextFile = dir.resolve("exports").resolve("reversed.csv");
        robot.clickOn("#exportSave");
        runDatabaseWork();
        assertThat(message(robot)).isEqualTo("期间的第一天 2026-11-30 不能晚于最后一天 2026-11-01。");
        assertThat(nextFile).doesNotExist();

        Path file = dir.resolve("exports").resolve("审计.csv");
        nextFile = file;
        fill(robot, ExportKind.AUDIT, "2026-11-30", "2026-11-30", true);
        robot.clickOn("#exportSave");
        runDatabaseWork();
        assertThat(message(robot)).startsWith("已写入 ").endsWith(" 行到 审计.csv。");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF时间,用户,操作,记录类型,记录\r\n").doesNotContain("Li Na", "nurse.li", "Priya");
        Screenshots.save(node(robot, "#exportFrom").getScene(), "export-dialog-zh");
    }
}
