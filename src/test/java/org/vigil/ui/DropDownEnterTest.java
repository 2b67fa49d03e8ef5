package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.text.Messages;

/** Issue 15, item 9: Enter in a drop-down chooses; it never presses the screen's default button or its shortcuts. */
@ExtendWith(ApplicationExtension.class)
class DropDownEnterTest {

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
    @DisplayName("Choosing 简体中文 by keyboard at login switches the language and does not try to log in (no refusal, no audit event)")
    void languageByKeyboardAtLogin(FxRobot robot) {
        chooseChineseByKeyboard(robot);

        assertThat(app.ui.messages().locale()).isEqualTo(Messages.CHINESE);
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#mainView").tryQuery()).isEmpty();
        assertThat(app.clinicAudit()).noneSatisfy(e -> assertThat(e.action()).isEqualTo("LOGIN_FAILED"));
    }

    @Test
    @DisplayName("Enter in a Settings drop-down chooses; it does not lock the screen, and the next Enter does not either")
    void enterInSettingsDoesNotLock(FxRobot robot) throws Exception {
        app.person("nurse.kim", "Kim Nurse", "a nurse who reads chinese", java.util.Set.of(org.vigil.domain.Role.NURSE), false);
        robot.clickOn("#username").write("nurse.kim");
        robot.clickOn("#password").write("a nurse who reads chinese");
        robot.clickOn("#login");
        robot.clickOn("#nav-settings");
        assertThat(app.shell.locked()).isFalse();

        chooseChineseByKeyboard(robot);
        assertThat(app.ui.messages().locale()).isEqualTo(Messages.CHINESE);
        assertThat(app.shell.locked()).isFalse();
        // The screen was built again in Chinese: the keyboard is still on the language, not on the Lock button.
        // The focus moves after the next pulse; wait for it rather than for one round of the event queue.
        Node chooser = robot.lookup("#language").query();
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.scene.getFocusOwner() == chooser);
        // A second pulse must not take it away again.
        robot.interact(() -> chooser.getParent().requestLayout());
        robot.interact(() -> { });
        assertThat(app.scene.getFocusOwner()).isSameAs(chooser);
        robot.type(KeyCode.ENTER);

        assertThat(app.shell.locked()).isFalse();
        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();
    }

    @Test
    @DisplayName("An arrow key on the closed drop-down chooses too; the Enter after it does not submit the login form")
    void enterOnClosedDropDown(FxRobot robot) {
        ComboBox<?> language = robot.lookup("#language").queryComboBox();
        robot.interact(language::requestFocus);
        robot.type(KeyCode.DOWN);
        robot.interact(() -> { });
        assertThat(app.ui.messages().locale()).isEqualTo(Messages.CHINESE);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).isEmpty();
        assertThat(app.clinicAudit()).noneSatisfy(e -> assertThat(e.action()).isEqualTo("LOGIN_FAILED"));
    }

    private static void chooseChineseByKeyboard(FxRobot robot) {
        ComboBox<?> language = robot.lookup("#language").queryComboBox();
        robot.interact(language::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.interact(() -> assertThat(language.isShowing()).isTrue());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        robot.interact(() -> { });
    }
}
