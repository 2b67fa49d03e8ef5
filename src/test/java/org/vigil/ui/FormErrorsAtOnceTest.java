package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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
import org.vigil.domain.Role;
import org.vigil.text.Messages;

/** Issue 15, item 8: a form shows every problem at once, each next to its field, and its button stays where it was. */
@ExtendWith(ApplicationExtension.class)
class FormErrorsAtOnceTest {

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

    @Test
    @DisplayName("First run: four problems and two passwords that differ are all shown after one click; Create does not move")
    void firstRunShowsEveryProblem(FxRobot robot) {
        robot.interact(() -> app = ShellFixture.fresh(stage, dir));
        firstRunWithFiveProblems(robot, "first-run-errors-en");
        assertThat(fieldErrors(robot)).contains("The two passwords are not the same.");
    }

    @Test
    @DisplayName("首次运行: every problem at once in Chinese too, and the button stays put")
    void firstRunShowsEveryProblemInChinese(FxRobot robot) {
        robot.interact(() -> app = ShellFixture.fresh(stage, dir));
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.CHINESE));
        firstRunWithFiveProblems(robot, "first-run-errors-zh");
    }

    @Test
    @DisplayName("Changing one's password: a password too short and a confirmation that differs are shown after one click")
    void passwordChangeShowsBothProblems(FxRobot robot) {
        robot.interact(() -> app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH));
        app.person("nurse.li", "Li Na", "a nurse on the morning round", Set.of(Role.NURSE), false);
        robot.clickOn("#username").write("nurse.li");
        robot.clickOn("#password").write("a nurse on the morning round");
        robot.clickOn("#login");
        robot.clickOn("#nav-settings");
        robot.clickOn("#currentPassword").write("a nurse on the morning round");
        robot.clickOn("#changedPassword").write("short");
        robot.clickOn("#changedPasswordConfirm").write("shorter");
        robot.clickOn("#changePassword");
        robot.interact(() -> { });

        assertThat(fieldErrors(robot)).contains("The two passwords are not the same.")
                .anyMatch(e -> e.startsWith("Use at least ") && e.contains(" characters."));
    }

    @Test
    @DisplayName("Registration: an unreadable birth date is shown together with the other fields' problems; Register does not move")
    void registrationShowsEveryProblem(FxRobot robot) {
        robot.interact(() -> app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH));
        app.person("nurse.li", "Li Na", "a nurse on the morning round", Set.of(Role.NURSE), false);
        robot.clickOn("#username").write("nurse.li");
        robot.clickOn("#password").write("a nurse on the morning round");
        robot.clickOn("#login");
        robot.clickOn("#nav-patients");
        robot.clickOn("#newPatient");
        Bounds before = sceneBounds(robot, "#registerPatient");

        robot.clickOn("#dateOfBirth").write("30/02/1980");
        robot.clickOn("#weight").write("sixty");
        robot.clickOn("#registerPatient");

        List<String> errors = fieldErrors(robot);
        assertThat(errors).contains("Type the date as YYYY-MM-DD, e.g. 2025-03-14.");
        // Before, the unreadable date was the only message: the blank names and MRN waited for the next click.
        assertThat(errors).hasSizeGreaterThanOrEqualTo(4);
        assertThat(invalidIds(robot)).contains("dateOfBirth", "mrn", "familyName", "sex");
        assertThat(robot.lookup("#dateOfBirth").queryAs(TextField.class).getText()).isEqualTo("30/02/1980");
        assertThat(sceneBounds(robot, "#registerPatient")).isEqualTo(before);
        Screenshots.save(app.scene, "forms/registration-errors-en");
    }

    private void firstRunWithFiveProblems(FxRobot robot, String shot) {
        Bounds before = sceneBounds(robot, "#createClinic");
        robot.clickOn("#adminUsername").write("ad min");
        robot.clickOn("#adminPassword").write("short");
        robot.clickOn("#adminPasswordConfirm").write("shorter");
        robot.clickOn("#createClinic");

        assertThat(fieldErrors(robot)).hasSize(5);
        assertThat(invalidIds(robot)).containsExactlyInAnyOrder("clinicName", "adminFullName", "adminUsername", "adminPassword",
                "adminPasswordConfirm");
        assertThat(sceneBounds(robot, "#createClinic")).isEqualTo(before);
        assertThat(app.services.setup().isSetUp()).isFalse();
        Screenshots.save(app.scene, "forms/" + shot);
    }

    private static Bounds sceneBounds(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> node.localToScene(node.getLayoutBounds())));
    }

    private static List<String> fieldErrors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().map(Label::getText).filter(t -> !t.isEmpty()).toList();
    }

    private static List<String> invalidIds(FxRobot robot) {
        return robot.lookup(".invalid").queryAll().stream().map(Node::getId).toList();
    }
}
