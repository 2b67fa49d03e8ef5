package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.ComboBox;
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
import org.vigil.domain.Role;
import org.vigil.store.RawDatabase;
import org.vigil.text.Messages;

/** Issue 14: what the window tells an administrator about a tampered setting, and an account owner about a reset. */
@ExtendWith(ApplicationExtension.class)
class SecurityNoticesScreenTest {

    private static final String NURSE_PASSWORD = "the ward clock runs two minutes fast";

    @TempDir
    Path dir;
    private ShellFixture app;

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** As with H2's shell on the file: minimum observation 120 → 5 min, nasal maximum 84 → 400 mg with its range widened. */
    private void tamper() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir)) {
            raw.update("INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason) "
                    + "VALUES ('obs.minimumMinutes', 2, '5', CURRENT_TIMESTAMP, 'admin', 'x')");
            raw.update("UPDATE setting_definition SET max_value = 1000 WHERE setting_key = 'adm.nasal.maxDoseMg'");
            raw.update("INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason) "
                    + "VALUES ('adm.nasal.maxDoseMg', 2, '400', CURRENT_TIMESTAMP, 'admin', 'x')");
        }
    }

    private static void login(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    private static void chooseLanguage(FxRobot robot, Locale locale) {
        ComboBox<Locale> box = robot.lookup("#language").queryComboBox();
        robot.interact(() -> box.setValue(locale));
    }

    private static String bannerText(FxRobot robot) {
        return robot.lookup("#settingAlarm .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    @DisplayName("SET-2 the administrator sees a high alarm naming the setting, the stored value, the allowed range and the default in use, until it is set again")
    void administratorSeesTheSettingAlarm(FxRobot robot) throws Exception {
        tamper();
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);

        assertThat(robot.lookup("#settingAlarm").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
        assertThat(bannerText(robot)).contains("HIGH ALARM")
                .contains("Minimum observation").contains("the database holds 5, but only 60–480 is allowed")
                .contains("the default, 120 min")
                .contains("the database holds 400, but only 28–84 is allowed").contains("the default, 84 mg")
                .contains("changed in the database to 28–1000. Vigil keeps to 28–84");
        Screenshots.save(app.scene, "issue14-setting-alarm-en");

        app.services.settings().change(app.admin(), "obs.minimumMinutes", "120", "set again after the alarm").value();
        robot.clickOn("#nav-settings");
        robot.clickOn("#nav-administration");
        assertThat(bannerText(robot)).doesNotContain("the database holds 5").contains("the database holds 400");
    }

    @Test
    @DisplayName("SET-2 the same alarm in Chinese; a nurse is not shown it")
    void alarmInChineseAndNotForTheNurse(FxRobot robot) throws Exception {
        app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        tamper();
        chooseLanguage(robot, Messages.CHINESE);
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        assertThat(bannerText(robot)).contains("高级警报").contains("数据库中为 5").contains("60–480");
        Screenshots.save(app.scene, "issue14-setting-alarm-zh");

        robot.clickOn("#logout");
        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();
        assertThat(robot.lookup("#settingAlarm").queryAs(javafx.scene.layout.VBox.class).isVisible()).isFalse();
    }

    @Test
    @DisplayName("PWD-5 the first login after a reset says who issued the code and when; the next login does not")
    void firstLoginAfterResetNamesTheIssuer(FxRobot robot) {
        var created = app.services.users().create(app.admin(), "nurse.li", "Li Na", Set.of(Role.NURSE), false).value();
        app.clock.advance(java.time.Duration.ofMinutes(20));
        app.services.accounts().completeReset("nurse.li", created.oneTimeCode(), NURSE_PASSWORD).value();

        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#resetNotice").queryAs(Label.class).getText())
                .contains("Ada Admin (admin)").contains("30 Nov 2026 08:20").contains("issued on 30 Nov 2026 08:00");
        Screenshots.save(app.scene, "issue14-reset-notice-en");
        robot.clickOn("#resetNoticeContinue");
        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();

        robot.clickOn("#logout");
        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#resetNotice").tryQuery()).isEmpty();
        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();
    }

    @Test
    @DisplayName("PWD-5 the notice in Chinese")
    void noticeInChinese(FxRobot robot) {
        var created = app.services.users().create(app.admin(), "nurse.li", "Li Na", Set.of(Role.NURSE), false).value();
        app.services.accounts().completeReset("nurse.li", created.oneTimeCode(), NURSE_PASSWORD).value();
        chooseLanguage(robot, Messages.CHINESE);
        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#resetNotice").queryAs(Label.class).getText()).contains("Ada Admin（admin）");
        Screenshots.save(app.scene, "issue14-reset-notice-zh");
    }
}
