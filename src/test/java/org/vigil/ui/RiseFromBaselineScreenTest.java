package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.vigil.domain.session.AlarmPriority;
import org.vigil.ui.alarm.AlarmLook;

/**
 * Issue 10 point 2: a patient with a low baseline (104/64) climbs to 148/78 — under 160/100, so
 * BP-4 says nothing — and BP-6 must show where nurses look: the session's alarm line and BP chart,
 * the board tile and the alarm bar, in both languages.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("BP-6 on the screens")
class RiseFromBaselineScreenTest {

    /** The alarm bar's medium class, on every view of the alarm (issue 15). */
    private static final String MEDIUM = AlarmLook.styleClass(AlarmPriority.MEDIUM);
    private static final String NURSE_PASSWORD = "tea at ten on the ward";
    private static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private ShellFixture app;
    private SessionFixture clinic;

    @AfterEach
    void close(FxRobot robot) {
        if (app != null) {
            robot.interact(() -> app.close());
        }
        if (clinic != null) {
            clinic.close();
        }
    }

    @Test
    @DisplayName("BP-6 the session screen shows the medium rise alarm, the BP-6 recheck and a mark on the chart, in English and Chinese")
    void sessionScreen(FxRobot robot) {
        clinic = new SessionFixture(dir);
        clinic.dosed(104, 64);
        clinic.minutes(13);
        clinic.moaas(5);
        clinic.minutes(20);
        clinic.vitals(148, 78, 82, 98);
        clinic.minutes(2);
        robot.interact(() -> clinic.show(stage, Locale.ENGLISH));

        Label rise = robot.lookup("#alarmStrip .alarm-description").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("BP risen from baseline: recheck · since ")).findFirst().orElseThrow();
        assertThat(rise.getTooltip().getText()).as("the rule, for auditors").isEqualTo("Why: BP-6");
        Node row = rise.getParent();
        assertThat(((Label) row.lookup(".alarm-priority")).getText()).isEqualTo("Medium");
        assertThat(row.getStyleClass()).as("ALM-1 medium row").contains(MEDIUM);
        Label recheck = robot.lookup("#due-BP_RECHECK").queryAs(Label.class);
        assertThat(recheck.getText()).startsWith("BP recheck due ");
        assertThat(recheck.getTooltip().getText()).as("issue 15: the rule on hover, not in the chip").contains("BP-6");
        Label mark = robot.lookup("#bpRise-0").queryAs(Label.class);
        assertThat(mark.getText()).as("issue 15: a word on the chart, the rule in its help").isEqualTo("rise");
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("bp-rise"));
        assertThat(mark.getAccessibleHelp()).contains("148/78", "104/64", "BP-6");
        Screenshots.save(clinic.scene, "session-bp6-rise-en");

        robot.interact(() -> clinic.show(stage, Locale.SIMPLIFIED_CHINESE));
        assertThat(SceneTexts.in(clinic.scene.getRoot())).anyMatch(t -> t.startsWith("血压较基线升高"));
        assertThat(robot.lookup("#bpRise-0").queryAs(Label.class).getText()).contains("升高");
        Screenshots.save(clinic.scene, "session-bp6-rise-zh");
    }

    @Test
    @DisplayName("BP-6 the board tile turns medium and the alarm bar names the rise, in English and Chinese")
    void board(FxRobot robot) {
        robot.interact(() -> app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH));
        Actor nurse = app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        Actor prescriber = app.person("drchen", "Dr Wei Chen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER, Role.NURSE), true);
        FloorStory story = new FloorStory(app.services, app.clock, nurse, prescriber, PRESCRIBER_PASSWORD);
        long grace = story.booked("Lee", "Grace", 1);
        story.authorised(grace, 104, 64).device(grace).minutes(5).device(grace);
        story.minutes(10).sedation(grace, 5).minutes(15).sedation(grace, 5).minutes(5).vitals(grace, 148, 78).minutes(1);

        login(robot);
        robot.interact(app.shell::tick);
        assertThat(app.shell.alarmBar().alarms()).singleElement().satisfies(a -> {
            assertThat(a.alarm().cause()).startsWith("BP-6 RISE_FROM_BASELINE");
            assertThat(a.priority()).isEqualTo(AlarmPriority.MEDIUM);
        });
        assertThat(SceneTexts.in(app.scene.getRoot())).anyMatch(t -> t.contains("Chair 1") && t.contains("BP risen from baseline"));
        assertThat(robot.lookup("#chair-1").queryAs(Node.class).getStyleClass()).contains(MEDIUM);
        Screenshots.save(app.scene, "board-bp6-rise-en");

        java.time.Instant later = app.clock.instant().plus(Duration.ofSeconds(30));
        robot.interact(() -> app.close());
        robot.interact(() -> app = ShellFixture.restarted(stage, dir, Locale.SIMPLIFIED_CHINESE, later));
        login(robot);
        robot.interact(app.shell::tick);
        assertThat(SceneTexts.in(app.scene.getRoot())).anyMatch(t -> t.contains("1 号椅") && t.contains("血压较基线升高"));
        assertThat(robot.lookup("#chair-1").queryAs(Node.class).getStyleClass()).contains(MEDIUM);
        Screenshots.save(app.scene, "board-bp6-rise-zh");
    }

    private static void login(FxRobot robot) {
        robot.clickOn("#username").write("nurse.li");
        robot.clickOn("#password").write(NURSE_PASSWORD);
        robot.clickOn("#login");
    }
}
