package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
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
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.ui.alarm.AlarmLook;

/** Issue 5: the chair board and the alarm bar over a real database, on a clock the test moves. */
@ExtendWith(ApplicationExtension.class)
class ChairBoardTest {

    /** The tile's and the due line's colour when the overdue alarm is medium: the alarm bar's class (issue 15). */
    private static final String MEDIUM = AlarmLook.styleClass(AlarmPriority.MEDIUM);
    private static final String NURSE_PASSWORD = "tea at ten on the ward";
    private static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";

    @TempDir
    Path dir;

    private Stage stage;
    private ShellFixture app;
    private FloorStory story;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
        Actor nurse = app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        Actor prescriber = app.person("drchen", "Dr Wei Chen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER, Role.NURSE), true);
        story = new FloorStory(app.services, app.clock, nurse, prescriber, PRESCRIBER_PASSWORD);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void login(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    /** Two patients dosed 56 mg (two devices 5 min apart), sedation scored on time; the clock at minute {@code minutes}. */
    private long[] twoSessionsAt(double minutes) {
        long grace = story.booked("Lee", "Grace", 1);
        long fang = story.booked("Wang", "Fang", 2);
        story.authorised(grace).authorised(fang).device(grace).device(fang).minutes(5).device(grace).device(fang);
        story.minutes(10).sedation(grace, 5).sedation(fang, 5).minutes(15).sedation(grace, 4).sedation(fang, 5);
        story.minutes(minutes - 30);
        return new long[] {grace, fang};
    }

    private void tick(FxRobot robot, Duration forward) {
        app.clock.advance(forward);
        robot.interact(app.shell::tick);
    }

    private List<AlarmState> alarms() {
        return app.shell.alarmBar().alarms();
    }

    @Test
    @DisplayName("ALM-1 ALM-2: past the 40-min check the bar alarms for both chairs; acknowledging pauses the sound; the BP resolves it")
    void overdueCheckAlarmsAndResolves(FxRobot robot) {
        long[] sessions = twoSessionsAt(44);
        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#chairBoard").tryQuery()).isPresent();
        assertThat(robot.lookup("#chair-1").lookup(".tile-patient").queryAs(Label.class).getText()).startsWith("Lee, Grace");
        assertThat(robot.lookup("#due-1").queryAs(Label.class).getText()).contains("BP check").doesNotContain("late");
        assertThat(alarms()).isEmpty();
        assertThat(app.sound.calls()).doesNotContain("play MEDIUM");

        // Minute 45 from the first device is the end of the BP-3 window: one second later both chairs alarm.
        tick(robot, Duration.ofSeconds(61));
        assertThat(alarms()).hasSize(2).allSatisfy(a -> assertThat(a.priority()).isEqualTo(AlarmPriority.MEDIUM));
        assertThat(app.sound.calls()).last().isEqualTo("play MEDIUM");
        assertThat(robot.lookup("#due-1").queryAs(Label.class).getText()).contains("late");
        assertThat(robot.lookup("#due-1").queryAs(Label.class).getStyleClass()).contains(MEDIUM);
        assertThat(robot.lookup("#chair-1").queryAs(Node.class).getStyleClass()).contains(MEDIUM);
        Screenshots.save(app.scene, "board-alarm-en");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        tick(robot, Duration.ofSeconds(1));
        assertThat(alarms()).hasSize(2).allSatisfy(a -> assertThat(a.soundPaused()).as("ALM-2 paused, still shown").isTrue());
        assertThat(app.sound.calls()).last().isEqualTo("stop");

        // The nurse opens chair 1 and types the BP on the session screen: the alarm resolves at once.
        robot.clickOn("#chair-1");
        assertThat(robot.lookup("#sessionScreen").tryQuery()).isPresent();
        robot.clickOn("#vitalsLine").write("138/84 80 98").type(KeyCode.ENTER);
        assertThat(alarms()).singleElement().satisfies(a -> assertThat(app.shell.alarmBar().alarms().getFirst().alarm().cause())
                .startsWith("BP-3"));
        robot.type(KeyCode.ESCAPE);
        tick(robot, Duration.ofSeconds(1));
        assertThat(robot.lookup("#chairBoard").tryQuery()).isPresent();
        assertThat(robot.lookup("#chair-1").queryAs(Node.class).getStyleClass()).doesNotContain(MEDIUM);
        assertThat(robot.lookup("#due-1").queryAs(Label.class).getText()).doesNotContain("BP check");

        // Chair 2's BP comes from another workstation; this board sees it at its next load.
        story.vitals(sessions[1], 142, 86);
        tick(robot, Duration.ofSeconds(31));
        assertThat(alarms()).isEmpty();
        assertThat(app.sound.calls()).last().isEqualTo("stop");
    }

    @Test
    @DisplayName("Issue 5: the locked screen keeps watch without names; the alarm still shows and sounds")
    void lockedScreenKeepsWatch(FxRobot robot) {
        twoSessionsAt(44);
        login(robot, "nurse.li", NURSE_PASSWORD);
        tick(robot, Duration.ofSeconds(61));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(app.shell.locked()).isTrue();
        tick(robot, Duration.ofSeconds(1));
        List<String> texts = SceneTexts.in(app.scene.getRoot());
        assertThat(texts).noneMatch(t -> t.contains("Grace") || t.contains("Lee") || t.contains("Wang") || t.contains("Fang"));
        assertThat(texts).anyMatch(t -> t.contains("Chair 1") && t.contains("BP check") && t.contains("late"));
        assertThat(alarms()).hasSize(2);
        assertThat(app.sound.calls()).last().isEqualTo("play MEDIUM");
        Screenshots.save(app.scene, "locked-with-alarm-en");

        robot.clickOn("#unlockPassword").write(NURSE_PASSWORD);
        robot.clickOn("#unlock");
        assertThat(robot.lookup("#chairBoard").tryQuery()).as("back where the user was").isPresent();
    }

    @Test
    @DisplayName("ALM-4: after a restart the overdue alarm is there at once, at the login screen, before anyone logs in, late against the 40-min target")
    void restartShowsOverdueAlarm(FxRobot robot) {
        twoSessionsAt(30);
        Instant later = app.clock.instant().plus(Duration.ofMinutes(25));
        robot.interact(() -> app.close());
        robot.interact(() -> app = ShellFixture.restarted(stage, dir, Locale.ENGLISH, later));
        assertThat(alarms()).hasSize(2).allSatisfy(a -> assertThat(a.alarm().cause()).startsWith("BP-3"));
        assertThat(SceneTexts.in(app.scene.getRoot())).anyMatch(t -> t.contains("Chair 2") && t.contains("15 min late"))
                .noneMatch(t -> t.contains("Grace"));
        assertThat(app.clinicAudit()).anyMatch(e -> e.action().equals("SESSION_DUE_WHILE_CLOSED"));
        Screenshots.save(app.scene, "restart-login-alarm-en");
        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#due-2").queryAs(Label.class).getText()).isEqualTo("BP check due 08:40 · 15 min late");
    }

    @Test
    @DisplayName("PAT-1 a chair whose patient was re-screened with an absolute contraindication says suspended and offers no check-in")
    void suspendedChair(FxRobot robot) {
        long grace = story.booked("Lee", "Grace", 1);
        story.booked("Wang", "Fang", 2);
        story.rescreened(grace, Contraindication.RECENT_CARDIOVASCULAR_EVENT);

        login(robot, "nurse.li", NURSE_PASSWORD);

        Label suspended = robot.lookup("#suspended-1").queryAs(Label.class);
        assertThat(suspended.isVisible()).isTrue();
        assertThat(suspended.getText()).contains("Suspended").doesNotContain("PAT-1");
        assertThat(suspended.getTooltip().getText()).as("auditors still find the rule").contains("PAT-1");
        assertThat(robot.lookup("#start-1").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#suspended-2").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#start-2").queryButton().isDisabled()).isFalse();
        Screenshots.save(app.scene, "board-suspended-en");
    }
}
