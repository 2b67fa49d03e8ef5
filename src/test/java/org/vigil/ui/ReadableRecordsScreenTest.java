package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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
import org.vigil.text.Messages;

/**
 * Issue 15, items 6, 11 and 12 in the demo clinic: the audit trail, the protocol settings and a
 * course's week-4 review as a person reads them, in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableRecordsScreenTest {

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

    private Messages open(FxRobot robot, Locale language, String user) {
        robot.interact(() -> app = ShellFixture.demo(stage, dir, Locale.ENGLISH));
        if (!language.equals(Locale.ENGLISH)) {
            ComboBox<Locale> chooser = robot.lookup("#language").queryComboBox();
            robot.interact(() -> chooser.setValue(language));
        }
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(DemoClinic.PASSWORD);
        robot.clickOn("#login");
        return Messages.of(language);
    }

    @Test
    @DisplayName("The audit trail shows names, actions and changes in words; the raw values on request (English)")
    void auditTrailEnglish(FxRobot robot) {
        auditTrail(robot, Locale.ENGLISH, "en");
    }

    @Test
    @DisplayName("简体中文: the audit trail in words, then raw; protocol settings with no FIRST_DEVICE, WEEKLY or 'days'")
    void auditTrailAndSettingsChinese(FxRobot robot) {
        Messages words = auditTrail(robot, Messages.CHINESE, "zh");
        protocolSettings(robot, words, "zh");
        List<String> values = cells(robot.lookup("#settings-protocol").queryAs(TableView.class), 1);
        // Symbols read the same in Chinese; words ("days", "points", WEEKLY) must not.
        assertThat(String.join("\n", values).replaceAll("mmHg|MOAA/S|mg/kg|mL/h|mg|mL|kg|SpO2", "")).doesNotContainPattern("[A-Za-z]{2,}");
    }

    @Test
    @DisplayName("The protocol settings read as phrases with units (English)")
    void settingsEnglish(FxRobot robot) {
        Messages words = open(robot, Locale.ENGLISH, "admin");
        protocolSettings(robot, words, "en");
        List<String> values = cells(robot.lookup("#settings-protocol").queryAs(TableView.class), 1);
        assertThat(values).contains("From the first device").anySatisfy(v -> assertThat(v).matches("\\d+ days"));

        // BP-3: a choice is picked from its phrases, and stored as the internal value.
        @SuppressWarnings("unchecked")
        TableView<org.vigil.service.SettingRow> table = robot.lookup("#settings-protocol").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.definition().key().equals("bp.check.anchor")).findFirst().orElseThrow()));
        robot.clickOn("#changeSetting-protocol");
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#settingValue").queryAs(ComboBox.class);
        assertThat(choice.getConverter().toString(choice.getValue())).isEqualTo("From the first device");
        Screenshots.save(choice.getScene(), "setting-choice-en");
        robot.interact(() -> choice.setValue("LAST_DEVICE"));
        robot.clickOn("#settingReason").write("Clinic protocol counts from the last device");
        robot.clickOn("#dialogOk");
        robot.interact(() -> { });
        assertThat(app.services.settings().current().text("bp.check.anchor")).isEqualTo("LAST_DEVICE");
        assertThat(cells(table, 1)).contains("From the last device");
    }

    private Messages auditTrail(FxRobot robot, Locale language, String suffix) {
        Messages words = open(robot, language, "admin");
        robot.clickOn(words.get("admin.audit"));
        TableView<?> table = robot.lookup("#auditTable").queryAs(TableView.class);
        robot.interact(() -> { });
        assertThat(table.getItems()).isNotEmpty();
        String readable = String.join("\n", cells(table, 2)) + String.join("\n", cells(table, 3)) + String.join("\n", cells(table, 5));
        assertThat(readable).doesNotContain("state=", "decision=", "PRE_DOSE_CHECKS_DONE", "Continue[]", "DEMO_SESSION_SEEDED");
        assertThat(String.join("\n", cells(table, 2))).contains(language.equals(Locale.ENGLISH) ? "Alex Morgan (admin)" : "Alex Morgan（admin）");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#auditDetail").queryAs(Label.class).getText()).isNotBlank();
        Screenshots.save(app.scene, "audit-trail-" + suffix);

        robot.clickOn("#auditShowRaw");
        assertThat(robot.lookup("#auditShowRaw").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(String.join("\n", cells(table, 5))).contains("state=");
        assertThat(String.join("\n", cells(table, 3))).contains("LOGIN");
        Screenshots.save(app.scene, "audit-trail-raw-" + suffix);
        robot.clickOn("#auditShowRaw");
        return words;
    }

    private void protocolSettings(FxRobot robot, Messages words, String suffix) {
        robot.clickOn("#nav-settings");
        robot.clickOn(words.get("settings.protocol"));
        TableView<?> table = robot.lookup("#settings-protocol").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        String shown = String.join("\n", cells(table, 1)) + String.join("\n", cells(table, 2));
        assertThat(shown).doesNotContain("FIRST_DEVICE", "LAST_DEVICE", "WEEKLY", "TWICE_WEEKLY", "YES", "_");
        Screenshots.save(app.scene, "settings-protocol-" + suffix);
    }

    @Test
    @DisplayName("SCH-1: the week-4 review's answer stays on the course page; the review dialog's intro is shown whole")
    void weekFourReview(FxRobot robot) {
        Messages words = open(robot, Locale.ENGLISH, "drokafor");
        robot.clickOn("#nav-patients");
        robot.clickOn("#patientSearch").write("Murphy");
        robot.sleep(400);
        robot.interact(() -> { });
        robot.doubleClickOn("Murphy, Daniel");
        robot.interact(() -> { });
        Label answered = robot.lookup("#reviewAnswered").queryAs(Label.class);
        assertThat(answered.getText()).startsWith("Week-4 review: Continue as planned — Dr Wei Chen, ").contains("Good response");
        Screenshots.save(app.scene, "course-review-answered-en");

        robot.clickOn("#backToPatients");
        robot.doubleClickOn("#patientSearch").eraseText(6).write("RMC-00170");
        robot.sleep(400);
        robot.interact(() -> { });
        robot.doubleClickOn("王芳");
        robot.interact(() -> { });
        robot.clickOn("#answerReview");
        Label intro = robot.lookup("#reviewIntro").queryAs(Label.class);
        Text drawn = robot.from(intro).lookup(".text").queryAs(Text.class);
        assertThat(drawn.getText()).as("the intro as drawn, not cut to '…'").isEqualTo(words.get("review.intro"));
        Screenshots.save(intro.getScene(), "course-review-dialog-en");
        robot.clickOn(words.get("action.cancel"));
    }

    private static List<String> cells(TableView<?> table, int column) {
        List<String> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        TableColumn<Object, ?> col = (TableColumn<Object, ?>) table.getColumns().get(column);
        for (Object item : table.getItems()) {
            Object value = col.getCellObservableValue(item).getValue();
            out.add(value == null ? "" : value.toString());
        }
        return out;
    }
}
