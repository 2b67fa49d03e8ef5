package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.Actor;
import org.vigil.report.PrintedPdf;
import org.vigil.service.LoginResult;
import org.vigil.service.ReportedMorning;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.ui.report.DayReportsDialog;
import org.vigil.ui.report.ReportOutput;

/** A patient's past sessions with their reports, and the manager's reports of a day, on a finished morning (3 March 2025). */
@ExtendWith(ApplicationExtension.class)
class ReportDialogsScreenTest {

    private static final Instant NOON = Instant.parse("2025-03-03T12:00:00Z");

    @TempDir
    static Path seeded;
    private static List<Long> sessions;

    @TempDir
    Path dir;
    private Stage stage;
    private ShellFixture app;
    private final List<PrintedPdf> printed = new ArrayList<>();

    @BeforeAll
    static void aMorning() {
        sessions = ReportedMorning.seed(seeded.resolve("clinic"));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        try (var files = Files.walk(seeded.resolve("clinic"))) {
            for (Path from : files.toList()) {
                Path to = dir.resolve(seeded.resolve("clinic").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The newest audit event before this read, as the seeded clinic's administrator reads it (the login itself comes after). */
    private String lastAudit() {
        Actor admin = ((LoginResult.Granted) app.services.accounts().login(org.vigil.service.TestClinic.ADMIN,
                org.vigil.service.TestClinic.ADMIN_PASSWORD)).actor();
        return app.services.integrity().latest(admin, 2).value().getLast().newValue();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#reportMessage").queryAs(Label.class).getText();
    }

    @Test
    @DisplayName("the patient's Sessions tab lists her session; Report… prints it (no printer on this machine, so it says to save)")
    void history(FxRobot robot) throws Exception {
        robot.interact(() -> app = ShellFixture.restarted(stage, dir, Locale.ENGLISH, NOON));
        robot.clickOn("#username").write(ReportedMorning.NURSE);
        robot.clickOn("#password").write(ReportedMorning.NURSE_PASSWORD);
        robot.clickOn("#login");
        robot.clickOn("#nav-patients");
        robot.clickOn("#patientSearch").write("okafor");
        robot.sleep(400);
        robot.interact(() -> { });
        TableView<?> patients = robot.lookup("#patientsTable").queryAs(TableView.class);
        robot.interact(() -> patients.getSelectionModel().select(0));
        robot.clickOn("#openPatient");
        robot.clickOn(robot.lookup(".tab").match((Node n) -> n.getId() != null && n.getId().equals("tab-sessions")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> history = robot.lookup("#sessionHistoryTable").queryAs(TableView.class);
        assertThat(history.getItems()).hasSize(1);
        assertThat(robot.lookup("#historyReport").queryAs(Button.class).isDisabled()).as("nothing chosen yet").isTrue();
        robot.interact(() -> history.getSelectionModel().select(0));
        Screenshots.save(app.scene, "patient-sessions-tab-en");
        robot.clickOn("#historyReport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportAbout").queryAs(Label.class).getText()).isEqualTo("Okafor, Grace · 3 Mar 2025 · chair 1");
        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("This computer has no printer set up"));
        assertThat(lastAudit()).contains("kind=SESSION", "sessions=[" + sessions.getFirst() + "]");
        robot.clickOn("#reportClose");
    }

    @Test
    @DisplayName("the manager prints the day's session reports in one batch from the Reports of a day dialog, in Chinese")
    void dayBatch(FxRobot robot) throws Exception {
        robot.interact(() -> app = ShellFixture.restarted(stage, dir, Messages.CHINESE, NOON));
        Actor manager = ((LoginResult.Granted) app.services.accounts().login(ReportedMorning.MANAGER, ReportedMorning.MANAGER_PASSWORD)).actor();
        ReportOutput standIn = new ReportOutput((pdf, job, done) -> {
            printed.add(pdf);
            done.accept(RegisterPrintModel.PrintResult.SENT);
        }, (file, done) -> done.accept(true));
        Platform.runLater(() -> DayReportsDialog.show(app.services, app.ui, stage, manager, standIn));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportDay").queryAs(TextField.class).getText()).isEqualTo("2025-03-03");
        robot.interact(() -> robot.lookup("#reportDay").queryAs(TextField.class).setText("3 March"));
        robot.clickOn("#reportPrint");
        assertThat(message(robot)).isEqualTo("请按 YYYY-MM-DD 输入日期，例如 2025-03-03。");
        assertThat(robot.lookup("#reportDay").queryAs(TextField.class).getText()).as("what was typed stays").isEqualTo("3 March");

        robot.interact(() -> robot.lookup("#reportDay").queryAs(TextField.class).setText("2025-03-03"));
        robot.clickOn("#reportDaySessions");
        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).startsWith("已发送到打印机"));
        assertThat(printed).hasSize(1);
        String text = PdfPages.text(printed.getFirst().bytes());
        assertThat(text).contains("Okafor, Grace", "张伟", "本批第 1 张");
        assertThat(lastAudit()).contains("kind=DAY_SESSIONS");
        Screenshots.save(robot.lookup("#reportMessage").query().getScene(), "day-reports-dialog-zh");
        Node closeButton = robot.lookup("#reportClose").query();
        assertThat(closeButton.localToScene(closeButton.getBoundsInLocal()).getMaxY())
                .as("the answer grows the dialog; its buttons stay in sight")
                .isLessThanOrEqualTo(closeButton.getScene().getHeight());

        robot.clickOn("#reportDayLog");
        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printed.size() == 2);
        assertThat(PdfPages.text(printed.get(1).bytes())).contains("每日门诊日志");
        robot.clickOn("#reportClose");
    }
}
