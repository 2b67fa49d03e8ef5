package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
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
import org.vigil.testing.Stockroom;
import org.vigil.text.Messages;
import org.vigil.ui.register.RegisterPrintDialog;

/** The register's print dialog as a nurse uses it (CD-7); this machine, like CI, has no printer. */
@ExtendWith(ApplicationExtension.class)
class RegisterPrintDialogTest {

    private static final String PASSWORD = "tea at ten on the ward";

    @TempDir
    Path dir;
    private ShellFixture app;
    private Stage stage;
    private Actor nurse;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void open(FxRobot robot, Locale language) {
        robot.interact(() -> {
            app = ShellFixture.withClinic(stage, dir, language);
            nurse = app.person("nurse.li", "Li Na", PASSWORD, Set.of(Role.NURSE), false);
            Actor witness = app.person("nurse.wang", "Wang Fang", "the second nurse counts twice", Set.of(Role.NURSE), false);
            Stockroom.nasal(app.services, nurse, witness, "the second nurse counts twice", LocalDate.of(2026, 11, 30), "LOT-A1");
        });
        Platform.runLater(() -> RegisterPrintDialog.show(app.services, app.ui, stage, nurse));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void period(FxRobot robot, String from, String until) {
        robot.interact(() -> {
            robot.lookup("#printFrom").queryAs(TextField.class).setText(from);
            robot.lookup("#printUntil").queryAs(TextField.class).setText(until);
        });
    }

    private String message(FxRobot robot) {
        return robot.lookup("#printMessage").queryAs(Label.class).getText();
    }

    @Test
    @DisplayName("CD-7 last month is proposed; an unreadable day is said; Print makes the register and, with no printer here, says to save it")
    void printWithoutPrinter(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        assertThat(robot.lookup("#printFrom").queryAs(TextField.class).getText()).isEqualTo("2026-10-01");
        assertThat(robot.lookup("#printUntil").queryAs(TextField.class).getText()).isEqualTo("2026-10-31");

        period(robot, "2026-11-31", "2026-11-30");
        robot.clickOn("#printSend");
        assertThat(message(robot)).isEqualTo("Write the date as YYYY-MM-DD.");

        period(robot, "2026-11-01", "2026-11-30");
        robot.clickOn("#printSend");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message(robot).startsWith("No printer"));
        assertThat(app.clinicAudit()).extracting(org.vigil.domain.AuditEvent::action).contains("REGISTER_PRINTED");
        Screenshots.save(robot.lookup("#printFrom").query().getScene(), "register-print-dialog-en");
    }

    @Test
    @DisplayName("CD-7 the dialog in Chinese says a reversed period in Chinese")
    void chinese(FxRobot robot) {
        open(robot, Messages.CHINESE);
        period(robot, "2026-11-30", "2026-11-01");
        robot.clickOn("#printSend");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot)).isEqualTo("期间的第一天 2026-11-30 不能晚于最后一天 2026-11-01。");
        Screenshots.save(robot.lookup("#printFrom").query().getScene(), "register-print-dialog-zh");
    }
}
