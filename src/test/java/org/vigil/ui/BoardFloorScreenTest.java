package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.service.DayRow;
import org.vigil.ui.alarm.AlarmLook;

/**
 * Issue 15, items 2–4 at 1280×800: a morning with one patient discharged (her chair free, the
 * next booking named), four BP checks overdue (two escalated to high), in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class BoardFloorScreenTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";
    private static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";

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

    /**
     * Chair 1: Grace discharged after her two hours, Ruth booked next. Chairs 2 and 3 dosed first,
     * chairs 4 and 5 four minutes later; every sedation check on time, no BP check: at the end the
     * 40-minute checks of chairs 2 and 3 are six minutes overdue (escalated to high, ALM-3) and
     * those of chairs 4 and 5 two minutes (medium). Chair 6 is booked.
     */
    private void morning(FxRobot robot, Locale language) {
        robot.interact(() -> app = ShellFixture.withClinic(stage, dir, language));
        Actor nurse = app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        Actor prescriber = app.person("drchen", "Dr Wei Chen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER, Role.NURSE), true);
        FloorStory story = new FloorStory(app.services, app.clock, nurse, prescriber, PRESCRIBER_PASSWORD);
        long grace = story.booked("Lee", "Grace", 1);
        story.authorised(grace).device(grace).minutes(5).device(grace);
        story.dischargedAfterObservation(grace);
        story.booked("Adams", "Ruth", 1);
        long[] early = {story.booked("Wang", "Fang", 2), story.booked("Chen", "Jie", 3)};
        long[] late = {story.booked("Zhao", "Lei", 4), story.booked("Ng", "Ann", 5)};
        story.booked("Lin", "Mei", 6);
        for (long s : early) {
            story.authorised(s).device(s);
        }
        story.minutes(4);
        for (long s : late) {
            story.authorised(s).device(s);
        }
        story.minutes(1);
        for (long s : early) {
            story.device(s);
        }
        story.minutes(4);
        for (long s : late) {
            story.device(s);
        }
        story.minutes(6); // 15 min after chairs 2 and 3's first device
        for (long s : early) {
            story.sedation(s, 5);
        }
        story.minutes(4);
        for (long s : late) {
            story.sedation(s, 5);
        }
        story.minutes(11); // 30 min
        for (long s : early) {
            story.sedation(s, 5);
        }
        story.minutes(4);
        for (long s : late) {
            story.sedation(s, 5);
        }
        story.minutes(17); // 51 min after chairs 2 and 3's first device, 47 after chairs 4 and 5's
        robot.clickOn("#username").write("nurse.li");
        robot.clickOn("#password").write(NURSE_PASSWORD);
        robot.clickOn("#login");
        robot.interact(app.shell::tick);
    }

    private List<AlarmState> alarms() {
        return app.shell.alarmBar().alarms();
    }

    private static double bottom(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMaxY();
    }

    @Test
    @DisplayName("Issue 15 SCH-6 ALM-1 ALM-3 the board at 1280×800: the discharged patient's chair is free with the next booking, four alarms in a bar of fixed height, up next by time")
    void boardInEnglish(FxRobot robot) {
        morning(robot, Locale.ENGLISH);

        assertThat(robot.lookup("#chair-1").lookup(".tile-patient").queryAs(Label.class).getText()).isEqualTo("Free");
        assertThat(robot.lookup("#next-1").queryAs(Label.class).getText()).startsWith("Next booking: Adams, Ruth");
        assertThat(alarms()).hasSize(4).extracting(AlarmState::priority)
                .containsExactly(AlarmPriority.HIGH, AlarmPriority.HIGH, AlarmPriority.MEDIUM, AlarmPriority.MEDIUM);
        // The tiles keep chair order: the alarming chairs 2 to 5 have not jumped ahead of chair 1.
        Node one = robot.lookup("#chair-1").query();
        Node two = robot.lookup("#chair-2").query();
        assertThat(one.localToScene(0, 0).getX()).isLessThan(two.localToScene(0, 0).getX());
        List<String> upNext = robot.lookup("#upNext").lookup(".watch-row").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(upNext.getFirst()).startsWith("Chair 2 · Wang, Fang\nBP check due").endsWith("11 min late");
        assertThat(upNext).anyMatch(t -> t.startsWith("Chair 4 · Zhao, Lei\nBP check due") && t.endsWith("7 min 00 s late"));
        assertThat(robot.lookup("#due-2").queryAs(Label.class).getTooltip().getText()).startsWith("Window ");
        // The working area: every tile of the first row is whole on screen under the bar.
        assertThat(bottom(robot.lookup("#chair-1").query())).isLessThan(800);
        assertThat(robot.lookup("#boardSummary").queryAs(Label.class).getText())
                .isEqualTo("4 under observation · 2 checking in or waiting · 1 finished today · 6 chairs");
        Screenshots.save(app.scene, "board-discharged-four-alarms-en");
    }

    @Test
    @DisplayName("Issue 15 ALM-1 ALM-3 one alarm, one priority: the escalated alarm is High with the same style class on the bar, the tile and the session's banner")
    void onePriorityEverywhere(FxRobot robot) {
        morning(robot, Locale.ENGLISH);
        AlarmState chair2 = alarms().getFirst();
        assertThat(chair2.priority()).isEqualTo(AlarmPriority.HIGH);
        assertThat(chair2.alarm().priority()).as("raised medium, escalated since").isEqualTo(AlarmPriority.MEDIUM);
        String high = AlarmLook.styleClass(AlarmPriority.HIGH);

        Node chip = robot.lookup("#alarmBar").lookup(".alarm-chip").query();
        assertThat(chip.getStyleClass()).contains(high);
        assertThat(((Label) chip.lookup(".alarm-priority")).getText()).isEqualTo("High");
        assertThat(((Label) chip.lookup(".alarm-description")).getText()).startsWith("Chair 2 · BP check overdue · since ");
        assertThat(robot.lookup("#chair-2").queryAs(Node.class).getStyleClass()).contains(high);
        assertThat(robot.lookup("#due-2").queryAs(Node.class).getStyleClass()).contains(high);

        robot.clickOn("#chair-2");
        robot.interact(app.shell::tick);
        Node banner = robot.lookup("#alarmRow-0").query();
        assertThat(banner.getStyleClass()).contains(high).doesNotContain(AlarmLook.styleClass(AlarmPriority.MEDIUM));
        assertThat(((Label) banner.lookup(".alarm-priority")).getText()).isEqualTo("High");
        assertThat(((Label) banner.lookup(".alarm-description")).getText()).startsWith("BP check overdue · since ");
        assertThat(robot.lookup(".timeline-marker").<Node>queryAll()).as("the timeline's late dot in the bar's colour")
                .anyMatch(n -> n.getStyleClass().contains("timeline-overdue-high"))
                .noneMatch(n -> n.getStyleClass().contains("timeline-overdue-medium"));
        double under = bottom(robot.lookup("#alarmStrip").query());
        Screenshots.save(app.scene, "session-alarm-banner-en");
        // The banner's place is fixed: acknowledging does not move what is under it.
        robot.clickOn("#acknowledge-0");
        robot.interact(app.shell::tick);
        assertThat(bottom(robot.lookup("#alarmStrip").query())).isEqualTo(under);
        assertThat(((Label) robot.lookup("#alarmRow-0").lookup(".alarm-priority").queryAs(Label.class)).getText())
                .as("ALM-3 a late acknowledgement does not make it less urgent").isEqualTo("High");
    }

    @Test
    @DisplayName("Issue 15 SCH-6 the board and the clinic day in Chinese at 1280×800: the discharged patient stays on the day with 离院 and the time")
    void boardAndDayInChinese(FxRobot robot) {
        morning(robot, Locale.SIMPLIFIED_CHINESE);
        assertThat(robot.lookup("#chair-1").lookup(".tile-patient").queryAs(Label.class).getText()).isEqualTo("空闲");
        Screenshots.save(app.scene, "board-discharged-four-alarms-zh");
        robot.clickOn("#nav-clinic_day");
        TableView<DayRow> day = robot.lookup("#dayTable").queryAs(TableView.class);
        assertThat(day.getItems()).anySatisfy(r -> {
            assertThat(r.patient().displayName()).isEqualTo("Lee, Grace");
            assertThat(r.ended()).isPresent();
        });
        Screenshots.save(app.scene, "clinic-day-outcomes-zh");
    }

    @Test
    @DisplayName("Issue 15 SCH-6 the clinic day in English keeps the discharged patient with 'Discharged at' and the time")
    void dayInEnglish(FxRobot robot) {
        morning(robot, Locale.ENGLISH);
        robot.clickOn("#nav-clinic_day");
        assertThat(SceneTexts.in(app.scene.getRoot())).anyMatch(t -> t.matches("Discharged at \\d\\d:\\d\\d"));
        Screenshots.save(app.scene, "clinic-day-outcomes-en");
    }
}
