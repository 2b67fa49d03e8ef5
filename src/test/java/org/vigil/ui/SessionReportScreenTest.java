package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import org.vigil.domain.AuditEvent;
import org.vigil.report.PrintedPdf;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.ui.report.ReportOutput;

/** "Report…" on the session screen, printing to a stand-in for the operating system's print dialog. */
@ExtendWith(ApplicationExtension.class)
class SessionReportScreenTest {

    @TempDir
    Path dir;

    private Stage stage;
    private SessionFixture clinic;
    private final List<PrintedPdf> printed = new ArrayList<>();
    private final List<String> jobs = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        clinic = new SessionFixture(dir);
        clinic.reports = new ReportOutput((pdf, job, done) -> {
            printed.add(pdf);
            jobs.add(job);
            done.accept(RegisterPrintModel.PrintResult.SENT);
        }, (file, done) -> done.accept(false));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    /** Grace Lee dosed at 08:02 and 08:07, a 40-minute BP of 172/96 and MOAA/S 4. */
    private void observing() {
        clinic.dosed();
        clinic.minutes(35);
        clinic.vitals(172, 96, 84, 97);
        clinic.moaas(4);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#reportMessage").queryAs(Label.class).getText();
    }

    @Test
    @DisplayName("SIG-4 a nurse prints the session's report from its screen: the printer gets the session's values and the print is audited")
    void printFromSessionScreen(FxRobot robot) throws Exception {
        observing();
        robot.interact(() -> clinic.show(stage, Locale.ENGLISH));
        Button report = robot.lookup("#sessionReport").queryAs(Button.class);
        assertThat(report.getText()).isEqualTo("Report…");
        assertThat(report.isDisabled()).isFalse();

        robot.clickOn("#sessionReport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportAbout").queryAs(Label.class).getText()).isEqualTo("Lee, Grace · Observing · chair 3");
        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("Sent to the printer"));

        assertThat(printed).hasSize(1);
        assertThat(jobs.getFirst()).isEqualTo("Session report " + clinic.sessionId);
        String text = PdfPages.text(printed.getFirst().bytes()).replaceAll("\\s+", " ");
        assertThat(text).contains("Lee, Grace", "RMC-00301", "56 mg (2 devices)", "LOT-A1", "128/82", "172/96", "Dr Wei Chen", "Observing");
        assertThat(clinic.services.integrity().latest(adminOf(), 2).value()).as("newest first: the login to read the trail, then the report")
                .extracting(AuditEvent::action).containsExactly("LOGIN", "REPORT_PRINTED");
        Screenshots.save(robot.lookup("#reportMessage").query().getScene(), "session-report-dialog-en");
        Screenshots.save(clinic.scene, "session-screen-report-button-en");
        robot.clickOn("#reportClose");
    }

    @Test
    @DisplayName("the report dialog in Chinese prints the report in Chinese")
    void chinese(FxRobot robot) throws Exception {
        observing();
        robot.interact(() -> clinic.show(stage, Messages.CHINESE));
        assertThat(robot.lookup("#sessionReport").queryAs(Button.class).getText()).isEqualTo("报告…");
        robot.clickOn("#sessionReport");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("已发送到打印机"));
        assertThat(PdfPages.text(printed.getFirst().bytes())).contains("治疗记录报告", "172/96");
        Screenshots.save(robot.lookup("#reportMessage").query().getScene(), "session-report-dialog-zh");
        robot.clickOn("#reportClose");
    }

    private org.vigil.domain.Actor adminOf() {
        return ((org.vigil.service.LoginResult.Granted) clinic.services.accounts().login("admin", "harbour lights at dawn")).actor();
    }
}
