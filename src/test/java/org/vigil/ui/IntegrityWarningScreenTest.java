package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.vigil.service.TestClinic;
import org.vigil.store.RawDatabase;
import org.vigil.text.Messages;

/** What the window shows when the records were changed outside Vigil (SIG-4). */
@ExtendWith(ApplicationExtension.class)
class IntegrityWarningScreenTest {

    @TempDir
    Path dir;
    private Stage stage;
    private ShellFixture app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private void tamperedClinic(RawDatabaseAttack attack) throws Exception {
        try (TestClinic clinic = TestClinic.setUp(dir)) {
            clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", "150", "protocol review").value();
        }
        try (RawDatabase raw = RawDatabase.open(dir)) {
            attack.on(raw);
        }
    }

    interface RawDatabaseAttack {
        void on(RawDatabase raw) throws Exception;
    }

    private void open(Locale language) {
        WaitForAsyncUtils.asyncFx(() -> app = ShellFixture.restarted(stage, dir, language, ShellFixture.MORNING));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @DisplayName("SIG-4 a setting changed in the file shows an integrity warning across the top, in English and Chinese")
    void changedRecordWarns(FxRobot robot) throws Exception {
        tamperedClinic(raw -> raw.update("UPDATE setting_value SET setting_value = '5' WHERE setting_key = 'obs.minimumMinutes' AND version = 2"));
        open(Locale.ENGLISH);
        Label banner = robot.lookup("#integrityBanner").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> banner.isVisible());
        assertThat(banner.getText()).startsWith("Integrity warning: Setting obs.minimumMinutes|2 differs from what audit event")
                .contains("changed outside Vigil");
        // The login is still there: people keep working, and see the warning.
        assertThat(robot.lookup("#username").tryQuery()).isPresent();
        Screenshots.save(app.scene, "integrity-warning-en");
        WaitForAsyncUtils.asyncFx(() -> app.ui.switchLanguage(Messages.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.getText()).startsWith("完整性警告：设置 obs.minimumMinutes|2 与审计事件");
        Screenshots.save(app.scene, "integrity-warning-zh");
    }

    @Test
    @DisplayName("SIG-4 an untouched clinic shows no warning")
    void untouchedIsQuiet(FxRobot robot) throws Exception {
        tamperedClinic(raw -> { });
        open(Locale.ENGLISH);
        Thread.sleep(Duration.ofSeconds(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#integrityBanner").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    @DisplayName("SIG-4 a dropped append-only trigger stops the window at a screen that says nothing can be saved and how to repair")
    void droppedTriggerHolds(FxRobot robot) throws Exception {
        tamperedClinic(RawDatabase::withoutAppendOnlyTrigger);
        open(Locale.ENGLISH);
        assertThat(robot.lookup("#username").tryQuery()).isEmpty();
        String problems = robot.lookup("#integrityHoldProblems").queryAs(Label.class).getText();
        assertThat(problems).contains("audit_event_append_only").contains("Audit trail: the protection").contains("saves nothing until an administrator repairs it");
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Vigil cannot save anything");
        Screenshots.save(app.scene, "integrity-hold-en");
    }
}
