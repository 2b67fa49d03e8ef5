package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
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

@ExtendWith(ApplicationExtension.class)
class LoginScreenTest {

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
    @DisplayName("PWD-3 a wrong password is refused without saying whether the user exists; the right one opens the clinic")
    void failedThenSuccessfulLogin(FxRobot robot) {
        assertThat(robot.lookup("#loginClinic").queryAs(Label.class).getText()).isEqualTo(ShellFixture.CLINIC);
        Screenshots.save(app.scene, "04-login");

        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write("not the password at all");
        robot.clickOn("#login");
        String wrongPassword = robot.lookup("#loginError").queryAs(Label.class).getText();
        assertThat(wrongPassword).isEqualTo("The user name or password is not right.");
        Screenshots.save(app.scene, "05-login-failed");

        robot.clickOn("#username").eraseText(5).write("nobody");
        robot.clickOn("#password").write("not the password at all");
        robot.clickOn("#login");
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).isEqualTo(wrongPassword);

        robot.clickOn("#username").eraseText(6).write("admin");
        robot.clickOn("#password").write(ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#login");
        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-administration").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    @DisplayName("PWD-3 five wrong passwords lock the account for 15 minutes; the screen says so")
    void lockout(FxRobot robot) {
        robot.clickOn("#username").write("admin");
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#password").write("wrong guess number " + i);
            robot.clickOn("#login");
        }
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).contains("locked for 15 minutes");
        robot.clickOn("#password").write(ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#login");
        assertThat(robot.lookup("#mainView").tryQuery()).isEmpty();

        app.clock.advance(java.time.Duration.ofMinutes(15));
        robot.clickOn("#password").write(ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#login");
        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();
    }
}
