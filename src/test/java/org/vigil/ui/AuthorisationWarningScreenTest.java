package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.click;
import static org.vigil.ui.SessionRobot.dialogScene;
import static org.vigil.ui.SessionRobot.enabled;
import static org.vigil.ui.SessionRobot.fieldError;
import static org.vigil.ui.SessionRobot.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.service.Checklists;

/**
 * Issue 10 at the chair: an IV dose typed to one decimal with its mg/kg shown, a warning read and
 * answered with a reason in the signature dialog before the prescriber signs (ADM-4), and a
 * double click that records one event (a request id bound to what it carried).
 */
@ExtendWith(ApplicationExtension.class)
class AuthorisationWarningScreenTest {

    @TempDir
    Path dir;

    private Stage stage;
    private SessionFixture clinic;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    /** Checked in, checklist complete, baseline taken: the prescriber is next. */
    private void readyForAuthorisation() {
        clinic.engine().startSession(clinic.nurse, clinic.sessionId, clinic.request()).value();
        Checklists.answerAllSafely(clinic.engine(), clinic.nurse, clinic.sessionId, clinic.clock.instant(), clinic.request());
        clinic.engine().completeChecklist(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().recordBaseline(clinic.nurse, clinic.sessionId, 128, 82, 76, 98, null, clinic.request()).value();
    }

    private void type(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(value));
    }

    @Test
    @DisplayName("ADM-4 an IV dose above 0.5 mg/kg: the warning is shown in the signature dialog and signed only with a reason")
    void ivWarningAcknowledged(FxRobot robot) {
        walk(robot, Locale.ENGLISH, "en");
        DoseAuthorised a = clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().authorisation().orElseThrow();
        assertThat(a.doseMg()).isEqualByComparingTo("36");
        assertThat(a.warningAcknowledgement()).isEqualTo("Tolerated 0.58 mg/kg for six sessions");
        assertThat(text(robot, "#authorisationStored")).contains("36 mg IV over 40 min", "0.58 mg/kg", "62.0 kg",
                "warning acknowledged: Tolerated 0.58 mg/kg for six sessions");
    }

    @Test
    @DisplayName("ADM-4 the same walk in Chinese: the warning and the reason field read in Chinese")
    void ivWarningAcknowledgedInChinese(FxRobot robot) {
        walk(robot, Locale.SIMPLIFIED_CHINESE, "zh");
        assertThat(text(robot, "#authorisationStored")).contains("已确认警告");
    }

    private void walk(FxRobot robot, Locale language, String suffix) {
        clinic = new SessionFixture(dir, Route.IV);
        readyForAuthorisation();
        robot.interact(() -> clinic.show(stage, language));

        type(robot, "#ivDose", "24.85");
        type(robot, "#ivMinutes", "40");
        assertThat(fieldError(robot, "#ivDose")).as("PROD-2 mg to one decimal").isNotEmpty();
        assertThat(enabled(robot, "#authorise")).isFalse();
        type(robot, "#ivDose", "24.8");
        assertThat(fieldError(robot, "#ivDose")).isEmpty();
        assertThat(enabled(robot, "#authorise")).isTrue();
        type(robot, "#ivDose", "36");
        Screenshots.save(clinic.scene, "authorise-iv-" + suffix);

        click(robot, "#authorise");
        assertThat(robot.lookup("#doseWarning").tryQuery()).as("ADM-4 the warning is in the dialog").isPresent();
        assertThat(text(robot, "#doseWarning")).contains("0.58");
        robot.interact(() -> robot.lookup("#signerUser").<String>queryComboBox().getEditor().setText("drchen"));
        robot.clickOn("#signerPassword").write(SessionFixture.PRESCRIBER_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(robot.lookup("#signOk").tryQuery()).as("not signed without a reason: the dialog stays").isPresent();
        assertThat(fieldError(robot, "#warningReason")).isNotEmpty();
        assertThat(clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().authorisation()).isEmpty();
        Screenshots.save(dialogScene(robot), "authorise-iv-warning-" + suffix);

        robot.clickOn("#warningReason").write("Tolerated 0.58 mg/kg for six sessions");
        robot.clickOn("#signOk");
        assertThat(robot.lookup("#signOk").tryQuery()).as("signed: the dialog has closed").isEmpty();
        Screenshots.save(clinic.scene, "authorise-iv-signed-" + suffix);
    }

    @Test
    @DisplayName("A double click sends one request: the second press carries the same id and content, and one event is stored")
    void doubleClickOnce(FxRobot robot) {
        clinic = new SessionFixture(dir);
        clinic.dosed();
        List<Runnable> pending = new ArrayList<>();
        AtomicBoolean hold = new AtomicBoolean();
        robot.interact(() -> clinic.show(stage, Locale.ENGLISH, work -> {
            if (hold.get()) {
                pending.add(work);
            } else {
                work.run();
            }
        }));
        assertThat(enabled(robot, "#transportArrived")).isTrue();
        // Both presses land before the database answers the first, as on a busy workstation.
        hold.set(true);
        robot.interact(() -> SessionRobot.scrollIntoView(robot.lookup("#transportArrived").query()));
        robot.doubleClickOn("#transportArrived");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pending).as("two submissions queued").hasSize(2);
        pending.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        List<SessionEvent> events = clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().events();
        assertThat(events).filteredOn(e -> e instanceof SessionEvent.TransportArrived).hasSize(1);
        assertThat(text(robot, "#gateMessage")).isEmpty();
    }
}
