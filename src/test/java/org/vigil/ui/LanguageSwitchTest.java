package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.service.WorkstationPreferences;
import org.vigil.text.Messages;

@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

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

    @Test
    @DisplayName("Switching to 简体中文 at login translates the screen and is remembered by the workstation")
    void chineseAtLogin(FxRobot robot) {
        chooseLanguage(robot, Messages.CHINESE);

        assertThat(robot.lookup("#login").queryAs(Button.class).getText()).isEqualTo("登录");
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("登录");
        assertThat(new WorkstationPreferences(dir).language(Locale.ENGLISH)).isEqualTo(Messages.CHINESE);
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write("wrong password for sure");
        robot.clickOn("#login");
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).isEqualTo("用户名或密码不正确。");
        Screenshots.save(app.scene, "12-login-zh");

        robot.clickOn("#password").write(ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#login");
        assertThat(robot.lookup("#nav-administration").queryAs(ToggleButton.class).getText()).isEqualTo("系统管理");
        Screenshots.save(app.scene, "13-administration-zh");
        robot.clickOn("#nav-settings");
        Screenshots.save(app.scene, "14-settings-zh");

        chooseLanguage(robot, Locale.ENGLISH);
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("Settings");
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    private static void chooseLanguage(FxRobot robot, Locale locale) {
        ComboBox<Locale> box = robot.lookup("#language").queryComboBox();
        robot.interact(() -> box.setValue(locale));
    }
}
