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
import org.vigil.demo.DemoClinic;
import org.vigil.service.DayRow;
import org.vigil.text.Messages;
import javafx.scene.control.ComboBox;

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

    @Test
    @DisplayName("Issue 5: the demo opens on a morning in progress: six chairs at different points, one overdue BP alarming")
    void demoBoard(FxRobot robot) {
        robot.clickOn("#username").write("nurse.li");
        robot.clickOn("#password").write(DemoClinic.PASSWORD);
        robot.clickOn("#login");
        assertThat(robot.lookup("#chairBoard").tryQuery()).isPresent();
        assertThat(robot.lookup(".chair-tile").queryAll()).hasSize(6);
        assertThat(app.shell.alarmBar().alarms()).anySatisfy(a -> assertThat(a.alarm().cause()).startsWith("BP-3"));
        assertThat(robot.lookup("#due-4").queryAs(Label.class).getText()).contains("BP check due").contains(" late");
        Screenshots.save(app.scene, "board-demo-en");
        robot.clickOn("#chair-6");
        Screenshots.save(app.scene, "session-demo-gate-en");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        robot.interact(app.shell::tick);
        assertThat(app.shell.locked()).isTrue();
        Screenshots.save(app.scene, "locked-demo-en");
    }

    @Test
    @DisplayName("简体中文: a nurse's morning in the demo clinic — the day list, and a patient's course with its chart")
    void demoMorningInChinese(FxRobot robot) {
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.CHINESE));
        robot.clickOn("#username").write("nurse.li");
        robot.clickOn("#password").write(DemoClinic.PASSWORD);
        robot.clickOn("#login");

        // The nurses' home is the chair board: the demo opens on a morning in progress.
        assertThat(robot.lookup("#chairBoard").tryQuery()).isPresent();
        assertThat(robot.lookup(".chair-tile").queryAll()).hasSize(6);
        assertThat(app.shell.alarmBar().alarms()).isNotEmpty();
        Screenshots.save(app.scene, "board-demo-zh");
        robot.clickOn("#chair-5");
        assertThat(robot.lookup("#sessionScreen").tryQuery()).isPresent();
        Screenshots.save(app.scene, "session-demo-zh");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#nav-clinic_day");

        @SuppressWarnings("unchecked")
        TableView<DayRow> day = robot.lookup("#dayTable").queryAs(TableView.class);
        assertThat(day.getItems()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(day.getItems()).anySatisfy(r -> assertThat(r.booked()).isTrue());
        assertThat(day.getItems()).anySatisfy(r -> assertThat(r.overdue()).isTrue());
        Screenshots.save(app.scene, "30-demo-day-list-zh");

        robot.interact(() -> day.getSelectionModel().select(day.getItems().stream()
                .filter(r -> r.patient().displayName().equals("张伟")).findFirst().orElseThrow()));
        robot.clickOn("#dayOpenPatient");
        assertThat(robot.lookup("#patientName").queryAs(Label.class).getText()).isEqualTo("张伟");
        Screenshots.save(app.scene, "31-demo-patient-zh");

        robot.clickOn("#backToPatients");
        robot.clickOn("#patientSearch").write("Eleanor");
        robot.sleep(400);
        robot.interact(() -> { });
        robot.doubleClickOn("Price, Eleanor");
        robot.interact(() -> { });
        assertThat(robot.lookup("#chart-PHQ9").tryQuery()).isPresent();
        Screenshots.save(app.scene, "32-demo-course-chart-zh");

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        robot.interact(app.shell::tick);
        assertThat(app.shell.locked()).isTrue();
        Screenshots.save(app.scene, "locked-demo-zh");
    }
}
