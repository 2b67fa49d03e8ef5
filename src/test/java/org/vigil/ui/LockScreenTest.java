package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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

@ExtendWith(ApplicationExtension.class)
class LockScreenTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";
    private static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";

    @TempDir
    Path dir;

    private ShellFixture app;

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
        app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        app.person("drchen", "Dr Wei Chen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER, Role.NURSE), true);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    @DisplayName("SEC-1 after 10 idle minutes the screen locks, hides everything of the clinic, and keeps the typed work")
    void idleLockKeepsWork(FxRobot robot) {
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-settings");
        robot.clickOn("#currentPassword").write("half typed");

        app.clock.advance(Duration.ofMinutes(9));
        robot.interact(app.shell::tick);
        assertThat(app.shell.locked()).isFalse();
        app.clock.advance(Duration.ofMinutes(1));
        robot.interact(app.shell::tick);

        assertThat(app.shell.locked()).isTrue();
        assertThat(robot.lookup("#mainView").tryQuery()).isEmpty();
        assertThat(SceneTexts.in(app.scene.getRoot())).noneMatch(t -> t.contains("Li Na")).noneMatch(t -> t.contains("half typed"));
        Screenshots.save(app.scene, "11-lock-screen");

        robot.clickOn("#unlockPassword").write("wrong password, twice wrong");
        robot.clickOn("#unlock");
        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText()).isEqualTo("The user name or password is not right.");
        robot.clickOn("#unlockPassword").write(NURSE_PASSWORD);
        robot.clickOn("#unlock");

        assertThat(app.shell.locked()).isFalse();
        assertThat(robot.lookup("#currentPassword").queryAs(PasswordField.class).getText()).isEqualTo("half typed");
    }

    @Test
    @DisplayName("Another user unlocks: the status bar and the actions are now theirs, the open area stays")
    void anotherUserUnlocks(FxRobot robot) {
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-settings");
        robot.clickOn("#lockNow");
        assertThat(app.shell.locked()).isTrue();

        robot.clickOn("#unlockUsername").eraseText(8).write("drchen");
        robot.clickOn("#unlockPassword").write(PRESCRIBER_PASSWORD);
        robot.clickOn("#unlock");

        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).contains("Dr Wei Chen");
        assertThat(robot.lookup("#currentPassword").tryQuery()).isPresent();
    }

    @Test
    @DisplayName("A dialog left open when the screen locks is cancelled, so nothing shows over the lock screen")
    void lockClosesDialogs(FxRobot robot) {
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#newUser");
        robot.clickOn("#userFullName").write("Someone Typing");
        assertThat(robot.listTargetWindows()).hasSize(2);

        app.clock.advance(Duration.ofMinutes(10));
        robot.interact(app.shell::tick);

        assertThat(app.shell.locked()).isTrue();
        assertThat(robot.listTargetWindows()).hasSize(1);
        robot.clickOn("#unlockPassword").write(ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#unlock");
        assertThat(robot.lookup("#usersTable").tryQuery()).isPresent();
    }

    @Test
    @DisplayName("Typing in a dialog counts as activity: the screen does not lock under the user's hands")
    void typingInDialogKeepsScreenOpen(FxRobot robot) {
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#newUser");
        app.clock.advance(Duration.ofMinutes(9));
        robot.clickOn("#userFullName").write("Still typing");
        app.clock.advance(Duration.ofMinutes(2));
        robot.interact(app.shell::tick);
        assertThat(app.shell.locked()).isFalse();
        robot.clickOn("Cancel");
    }

    private static void login(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }
}
