package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

@ExtendWith(ApplicationExtension.class)
class FirstRunScreenTest {

    @TempDir
    Path dir;

    private ShellFixture app;

    @Start
    void start(Stage stage) {
        app = ShellFixture.fresh(stage, dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    @DisplayName("First run: a weak password is explained next to the field, then the clinic is created and the admin is in")
    void setsUpTheClinic(FxRobot robot) {
        Screenshots.save(app.scene, "01-first-run");
        robot.clickOn("#clinicName").write(ShellFixture.CLINIC);
        robot.clickOn("#adminFullName").write("Ada Admin");
        robot.clickOn("#adminUsername").write("admin");
        robot.clickOn("#adminPassword").write("short one");
        robot.clickOn("#adminPasswordConfirm").write("short one");
        robot.clickOn("#createClinic");

        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("at least 15 characters"));
        assertThat(robot.lookup("#clinicName").queryAs(TextField.class).getText()).isEqualTo(ShellFixture.CLINIC);
        Screenshots.save(app.scene, "02-first-run-weak-password");

        robot.clickOn("#adminPassword").eraseText(9).write("a harbour of calm mornings");
        robot.clickOn("#adminPasswordConfirm").eraseText(9).write("a harbour of calm mornings");
        robot.clickOn("#createClinic");

        assertThat(robot.lookup("#mainView").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusClinic").queryAs(Label.class).getText()).isEqualTo(ShellFixture.CLINIC);
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).contains("Ada Admin", "Administrator");
        assertThat(robot.lookup("#statusDatabase").queryAs(Label.class).getText()).contains("H2");
        assertThat(robot.lookup("#statusClock").queryAs(Label.class).getText()).isEqualTo("30 Nov 2026 08:00:00");
        assertThat(app.services.setup().isSetUp()).isTrue();
        Screenshots.save(app.scene, "03-administration-users");
    }
}
