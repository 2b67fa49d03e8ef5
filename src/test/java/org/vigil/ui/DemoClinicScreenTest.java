package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.service.DemoClinic;

@ExtendWith(ApplicationExtension.class)
class DemoClinicScreenTest {

    @TempDir
    Path dir;

    private ShellFixture app;

    @Start
    void start(Stage stage) {
        app = ShellFixture.demo(stage, dir, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    @DisplayName("The demo clinic tells how to log in, and its administrator sees every role's account and the audit trail")
    void demoClinic(FxRobot robot) {
        assertThat(robot.lookup(".field-hint").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains(DemoClinic.PASSWORD));
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write(DemoClinic.PASSWORD);
        robot.clickOn("#login");

        TableView<?> users = robot.lookup("#usersTable").queryAs(TableView.class);
        assertThat(users.getItems()).hasSize(DemoClinic.PEOPLE.size());
        assertThat(robot.lookup("#statusDatabase").queryAs(Label.class).getText()).startsWith("DEMO");
        Screenshots.save(app.scene, "15-demo-users");

        robot.clickOn("Audit trail");
        robot.clickOn("#verifyChain");
        assertThat(robot.lookup("#verifyResult").queryAs(Label.class).getText()).startsWith("Intact");
        Screenshots.save(app.scene, "16-demo-audit-trail");

        robot.clickOn("#nav-settings");
        robot.clickOn("Protocol");
        assertThat(robot.lookup("#settings-protocol").queryAs(TableView.class).getItems()).isNotEmpty();
        Screenshots.save(app.scene, "17-demo-protocol-settings");
    }
}
