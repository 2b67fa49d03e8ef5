package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.domain.UserAccount;

@ExtendWith(ApplicationExtension.class)
class UserAdministrationScreenTest {

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
    @DisplayName("Admin creates a nurse, who logs in with the one-time code, chooses a password and sees only her areas")
    void createNurseWhoChoosesHerPassword(FxRobot robot) {
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);

        robot.clickOn("#newUser");
        robot.clickOn("#userUsername").write("nurse.li");
        robot.clickOn("#userFullName").write("Li Na");
        robot.clickOn("#role-ADMIN");
        robot.clickOn("#role-NURSE");
        Screenshots.save(dialogScene(robot), "06-new-user-dialog");
        robot.clickOn("#dialogOk");
        // ROLE-1: the dialog stays open with the reason next to the roles; what was typed is kept.
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("administrator makes no clinical entries"));
        Screenshots.save(dialogScene(robot), "07-new-user-refused");
        robot.clickOn("#role-ADMIN");
        robot.clickOn("#dialogOk");

        String code = robot.lookup("#oneTimeCode").queryAs(TextArea.class).getText();
        // Issue 15, item 12: no look-alikes (0/O, 1/I/L, 2/Z, 5/S), three groups of six.
        assertThat(code).matches("[A-HJKMNP-RT-Y346-9]{6}(-[A-HJKMNP-RT-Y346-9]{6}){2}");
        Screenshots.save(dialogScene(robot), "08-one-time-code");
        robot.clickOn(robot.lookup(".dialog-pane .button").<javafx.scene.control.Button>queryAs(javafx.scene.control.Button.class));

        TableView<?> table = robot.lookup("#usersTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(u -> ((UserAccount) u).username()).contains("nurse.li");

        robot.clickOn("#logout");
        login(robot, "nurse.li", code);
        robot.clickOn("#newPassword").write("tea at ten on the ward");
        robot.clickOn("#newPasswordConfirm").write("tea at ten on the ward");
        Screenshots.save(app.scene, "09-choose-password");
        robot.clickOn("#choosePassword");

        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-administration").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-settings").tryQuery()).isPresent();
        Screenshots.save(app.scene, "10-nurse-settings");
    }

    private static void login(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    private static Scene dialogScene(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .map(Window::getScene).findFirst().orElseThrow();
    }
}
