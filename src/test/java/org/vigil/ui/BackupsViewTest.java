package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
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
import org.vigil.domain.Role;
import org.vigil.domain.SettingKeys;

/** SETUP-1: Administration → Backups, the Backup menu and the alarm of a failed daily backup. */
@ExtendWith(ApplicationExtension.class)
class BackupsViewTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";

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

    private void open(FxRobot robot, Locale language) {
        robot.interact(() -> app = ShellFixture.withClinic(stage, dir.resolve("clinic"), language));
    }

    private static void login(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    private static void waitFor(FxRobot robot, String id, String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(id).queryAs(Label.class).getText().contains(text));
        } catch (java.util.concurrent.TimeoutException e) {
            // Say what the screen showed instead, so a failure is read without rerunning it.
            throw new AssertionError(id + " never said \"" + text + "\"; it says \"" + robot.lookup(id).queryAs(Label.class).getText() + "\"", e);
        }
    }

    private static void replace(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(id).write(text);
    }

    @Test
    @DisplayName("SETUP-1 a wrong time and keep count are said next to their fields, which keep what was typed; then Back up now writes and shows the file, size and audit head")
    void setScheduleAndBackUpNow(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#backupMenu").clickOn("#menuBackups");
        Path folder = dir.resolve("backups");
        replace(robot, "#backupFolder", folder.toString());
        replace(robot, "#backupTime", "25:00");
        replace(robot, "#backupKeep", "0");
        robot.clickOn("#saveBackupSchedule");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Enter a time of day as HH:mm, from 00:00 to 23:59.", "Enter a whole number from 1 to 365.");
        assertThat(robot.lookup("#backupTime").queryAs(TextField.class).getText()).isEqualTo("25:00");
        assertThat(robot.lookup("#backupKeep").queryAs(TextField.class).getText()).isEqualTo("0");
        // The folder was allowed and is saved; the two refused values are not.
        assertThat(app.services.settings().current().text(SettingKeys.BACKUP_FOLDER)).isEqualTo(folder.toString());
        assertThat(app.services.settings().current().text(SettingKeys.BACKUP_SCHEDULE_TIME)).isEqualTo("22:00");
        Screenshots.save(app.scene, "backups-refused-en");

        replace(robot, "#backupTime", "21:30");
        replace(robot, "#backupKeep", "7");
        robot.clickOn("#saveBackupSchedule");
        waitFor(robot, "#backupScheduleResult", "Saved.");
        waitFor(robot, "#backupNext", "Next daily backup: 30 Nov 2026 21:30");
        assertThat(app.services.settings().current().text(SettingKeys.BACKUP_KEEP)).isEqualTo("7");

        // No passphrase yet: Back up now says why nothing was written.
        waitFor(robot, "#backupPassphraseStatus", "No backup passphrase yet");
        SessionRobot.click(robot, "#backupNow");
        waitFor(robot, "#backupResult", "the clinic has no backup passphrase yet");

        // SETUP-2: typed twice; a mismatch is said next to the second field and both keep what was typed.
        javafx.scene.control.ScrollPane scroll = robot.lookup("#backupsScroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));
        robot.clickOn("#setBackupPassphrase");
        robot.clickOn("#backupPassphrase1").write("lantern over the harbour wall");
        robot.clickOn("#backupPassphrase2").write("lantern over the harbor wall");
        robot.clickOn("#dialogOk");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("The two passphrases typed are not the same. Nothing was changed.");
        assertThat(robot.lookup("#backupPassphrase1").queryAs(TextField.class).getText()).isEqualTo("lantern over the harbour wall");
        assertThat(robot.lookup("#backupPassphrase2").queryAs(TextField.class).getText()).isEqualTo("lantern over the harbor wall");
        Screenshots.save(robot.lookup("#backupPassphrase1").query().getScene(), "backup-passphrase-mismatch-en");
        TextField second = robot.lookup("#backupPassphrase2").queryAs(TextField.class);
        robot.interact(second::clear);
        robot.clickOn("#backupPassphrase2").write("lantern over the harbour wall");
        robot.clickOn("#dialogOk");
        waitFor(robot, "#backupPassphraseStatus", "is set on this workstation");
        assertThat(app.services.backups().hasBackupPassphrase()).isTrue();

        SessionRobot.click(robot, "#backupNow");
        waitFor(robot, "#backupResult", "Backup written and verified");
        String result = robot.lookup("#backupResult").queryAs(Label.class).getText();
        assertThat(result).contains(folder.resolve("vigil-backup-20261130-0800.zip").toString()).contains("KB").contains("Audit chain head: ");
        assertThat(folder.resolve("vigil-backup-20261130-0800.zip")).exists();
        waitFor(robot, "#backupsFoundMessage", "1 backup files");
        TableView<?> found = robot.lookup("#backupsFound").queryAs(TableView.class);
        assertThat(found.getItems()).hasSize(1);
        waitFor(robot, "#backupLast", "written and verified by admin");
        Screenshots.save(app.scene, "backups-written-en");
    }

    @Test
    @DisplayName("SETUP-1 a failed daily backup is a red alarm across the administrator's window until acknowledged; a nurse sees neither it nor the menu")
    void failedBackupAlarm(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        failADailyBackup();
        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#backupAlarmBanner").queryAs(HBox.class).isVisible()).isFalse();
        assertThat(robot.lookup("#backupMenu").queryAs(MenuButton.class).isVisible()).isFalse();
        robot.clickOn("#logout");

        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backupAlarmBanner").queryAs(HBox.class).isVisible());
        assertThat(robot.lookup("#backupAlarmText").queryAs(Label.class).getText()).startsWith("BACKUP FAILED at 30 Nov 2026 22:00")
                .contains("no backup passphrase yet");
        Screenshots.save(app.scene, "backup-alarm-en");
        robot.clickOn("#backupAlarmAcknowledge");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#backupAlarmBanner").queryAs(HBox.class).isVisible());
        assertThat(app.clinicAudit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("BACKUP_ALARM_ACKNOWLEDGED");
            assertThat(e.username()).isEqualTo("admin");
        });
    }

    @Test
    @DisplayName("SETUP-1 the Backups screen and the alarm in Chinese")
    void chinese(FxRobot robot) throws Exception {
        open(robot, Locale.SIMPLIFIED_CHINESE);
        failADailyBackup();
        char[] passphrase = "lantern over the harbour wall".toCharArray();
        app.services.backups().setBackupPassphrase(app.admin(), passphrase, passphrase.clone()).value();
        Path folder = dir.resolve("zh-backups");
        app.services.settings().change(app.admin(), SettingKeys.BACKUP_FOLDER, folder.toString(), "test").value();
        Files.createDirectories(folder);
        // Another clinic's backup in the same folder: listed, but it does not open with this clinic's key.
        try (org.vigil.service.TestClinic other = org.vigil.service.TestClinic.setUp(dir.resolve("other"), "Other Clinic")) {
            char[] theirs = "another clinic's own passphrase".toCharArray();
            other.services().backups().setBackupPassphrase(other.admin(), theirs, theirs.clone()).value();
            other.services().backups().backup(folder.resolve("other-clinic.zip"), "cli:test").value();
        }
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#backupMenu").clickOn("#menuBackups");
        SessionRobot.click(robot, "#backupNow");
        waitFor(robot, "#backupResult", "备份已写入并校验");
        waitFor(robot, "#backupsFoundMessage", "2 个备份文件");
        replace(robot, "#backupTime", "7:5");
        robot.clickOn("#saveBackupSchedule");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("请按 HH:mm 输入时间，00:00 到 23:59。");
        Screenshots.save(app.scene, "backups-zh");
    }

    /** The daily backup at 22:00 into a "folder" that is a file. */
    private void failADailyBackup() throws Exception {
        Path notAFolder = dir.resolve("not-a-folder");
        Files.writeString(notAFolder, "x");
        app.services.settings().change(app.admin(), SettingKeys.BACKUP_FOLDER, notAFolder.toString(), "test").value();
        app.clock.set(Instant.parse("2026-11-30T22:00:05Z"));
        assertThat(app.services.backupSchedule().runIfDue(ShellFixture.MORNING).orElseThrow().isDone()).isFalse();
    }
}
