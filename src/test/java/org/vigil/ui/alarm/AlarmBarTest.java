package org.vigil.ui.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmBoard;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.MutableClock;
import org.vigil.text.Messages;
import org.vigil.ui.Screenshots;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.shell.AppShell;

/** The alarm bar as a nurse sees and hears it during a morning with three chairs in session. */
@ExtendWith(ApplicationExtension.class)
class AlarmBarTest {

    private static final AlarmRules RULES = new AlarmRules(Duration.ofMinutes(2), Duration.ofMinutes(5));
    private static final Instant TEN = Instant.parse("2026-11-30T10:00:00Z");
    private static final long NURSE = 7;
    private static final long MS = 1_000_000L;
    private static final String HIGH = AlarmLook.styleClass(AlarmPriority.HIGH);
    private static final String MEDIUM = AlarmLook.styleClass(AlarmPriority.MEDIUM);
    private static final String LOW = AlarmLook.styleClass(AlarmPriority.LOW);

    /** Chair 3's pressure is very high, chair 1's recheck is late, chair 5's sedation check is due. */
    private static final Alarm CHAIR_3_BP = Alarm.raised("chair-3 BP-5 BLOOD_PRESSURE_VERY_HIGH", AlarmPriority.HIGH, TEN);
    private static final Alarm CHAIR_1_RECHECK = Alarm.raised("chair-1 BP-4 RECHECK_OVERDUE", AlarmPriority.MEDIUM, TEN.plusSeconds(120));
    private static final Alarm CHAIR_5_SEDATION = Alarm.raised("chair-5 OBS-1 SEDATION_CHECK_DUE", AlarmPriority.LOW, TEN.plusSeconds(180));
    private static final Alarm CHAIR_2_SPO2 = Alarm.raised("chair-2 BP-5 LOW_SPO2", AlarmPriority.HIGH, TEN.plusSeconds(30));

    private static final Map<String, String> ENGLISH = Map.of(
            CHAIR_3_BP.cause(), "Chair 3 · Wang Fang · BP 182/112 mmHg",
            CHAIR_1_RECHECK.cause(), "Chair 1 · Li Ming · BP check overdue 6 min",
            CHAIR_5_SEDATION.cause(), "Chair 5 · Zhao Lei · sedation check due",
            CHAIR_2_SPO2.cause(), "Chair 2 · Chen Jie · SpO2 91 %");
    private static final Map<String, String> CHINESE = Map.of(
            CHAIR_3_BP.cause(), "3 号治疗椅 · 王芳 · 血压 182/112 mmHg",
            CHAIR_1_RECHECK.cause(), "1 号治疗椅 · 李明 · 血压复测已超时 6 分钟",
            CHAIR_5_SEDATION.cause(), "5 号治疗椅 · 赵磊 · 镇静评估到时",
            CHAIR_2_SPO2.cause(), "2 号治疗椅 · 陈杰 · 血氧饱和度 91 %");

    @TempDir
    Path dir;

    private UiContext ui;
    private RecordingAlarmSound sound;
    private AlarmBar bar;
    private NoAudioNotice notice;
    private Scene scene;
    private Region screen;
    private final List<AlarmState> acknowledged = new ArrayList<>();

    @Start
    void start(Stage stage) {
        ui = new UiContext(Locale.ENGLISH, new MutableClock(TEN), ZoneOffset.UTC, Runnable::run, new WorkstationPreferences(dir));
        sound = new RecordingAlarmSound();
        bar = new AlarmBar(ui, sound, this::describe, acknowledged::add, false);
        notice = new NoAudioNotice(ui, bar.soundUnavailableProperty());
        screen = new Region();
        screen.setPrefHeight(120);
        VBox root = new VBox(bar.root(), screen, notice);
        root.getStyleClass().add("screen-background");
        scene = new Scene(root, 1200, 260);
        AppShell.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(bar::dispose);
    }

    private String describe(AlarmState state) {
        return (Messages.CHINESE.equals(ui.messages().locale()) ? CHINESE : ENGLISH).getOrDefault(state.alarm().cause(),
                state.alarm().cause().split(" ")[0].replace("chair-", "Chair ") + " · BP very high: call the prescriber");
    }

    private void showAt(FxRobot robot, Instant now, Alarm... alarms) {
        robot.interact(() -> bar.show(AlarmBoard.order(List.of(alarms), now, RULES)));
    }

    private List<AlarmChip> chips() {
        return bar.chips();
    }

    private static String text(Node chip, String styleClass) {
        return ((Label) chip.lookup("." + styleClass)).getText();
    }

    @Test
    @DisplayName("ALM-5 with no alarms the bar is a quiet strip that says so, and nothing is heard")
    void calmWhenAllIsWell(FxRobot robot) {
        showAt(robot, TEN);

        assertThat(robot.lookup("#alarmBarCalm").queryAs(Label.class).getText()).isEqualTo("No alarms");
        assertThat(robot.lookup("#alarmBarCalm").queryAs(Label.class).isVisible()).isTrue();
        assertThat(chips()).isEmpty();
        assertThat(sound.calls()).isEmpty();
        assertThat(notice.isVisible()).isFalse();
    }

    /** Where the screen under the bar starts, once laid out. */
    private double screenTop(FxRobot robot) {
        double[] top = new double[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            top[0] = screen.localToScene(0, 0).getY();
        });
        return top[0];
    }

    @Test
    @DisplayName("Issue 15 ALM-1 the bar keeps its place and height from no alarm to six: what does not fit scrolls and is counted, the screen never moves")
    void fixedPlace(FxRobot robot) {
        showAt(robot, TEN);
        double calm = screenTop(robot);
        assertThat(calm).as("the bar takes its place while calm").isGreaterThan(40);

        showAt(robot, TEN.plusSeconds(240), CHAIR_3_BP);
        assertThat(screenTop(robot)).isEqualTo(calm);
        assertThat(bar.outOfSight()).isZero();
        assertThat(robot.lookup("#alarmBarMore").queryAs(Label.class).isVisible()).isFalse();

        Alarm[] six = new Alarm[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = Alarm.raised("chair-" + (i + 1) + " BP-5 BLOOD_PRESSURE_VERY_HIGH", AlarmPriority.HIGH, TEN.plusSeconds(i));
        }
        showAt(robot, TEN.plusSeconds(240), six);
        assertThat(screenTop(robot)).as("six alarms do not push the screen down").isEqualTo(calm);
        assertThat(chips()).hasSize(6);
        Screenshots.save(scene, "alarm-bar-six-en");
        assertThat(bar.outOfSight()).as("the chips below the bar's two rows").isPositive();
        Label more = robot.lookup("#alarmBarMore").queryAs(Label.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).isEqualTo("+" + bar.outOfSight() + " more");
    }

    @Test
    @DisplayName("ALM-1 high, medium and low show in the board's order, each in its colour and in words")
    void orderAndColours(FxRobot robot) {
        showAt(robot, TEN.plusSeconds(240), CHAIR_5_SEDATION, CHAIR_1_RECHECK, CHAIR_3_BP);

        assertThat(bar.root().isVisible()).isTrue();
        List<AlarmChip> chips = chips();
        assertThat(chips).extracting(c -> text(c, "alarm-description")).containsExactly(
                "Chair 3 · Wang Fang · BP 182/112 mmHg", "Chair 1 · Li Ming · BP check overdue 6 min",
                "Chair 5 · Zhao Lei · sedation check due");
        assertThat(chips).extracting(c -> text(c, "alarm-priority")).containsExactly("High", "Medium", "Low");
        assertThat(chips.get(0).getStyleClass()).contains(HIGH).doesNotContain(MEDIUM, LOW);
        assertThat(chips.get(1).getStyleClass()).contains(MEDIUM).doesNotContain(HIGH, LOW);
        assertThat(chips.get(2).getStyleClass()).contains(LOW).doesNotContain(HIGH, MEDIUM);
        assertThat(chips).allSatisfy(c -> assertThat(c.acknowledgeButton().getText()).isEqualTo("Acknowledge"));
    }

    @Test
    @DisplayName("ALM-1 high flashes at 2 Hz, medium at 0.5 Hz, low stays steady, all from one clock")
    void flashRates(FxRobot robot) {
        showAt(robot, TEN.plusSeconds(240), CHAIR_3_BP, CHAIR_1_RECHECK, CHAIR_5_SEDATION);
        Map<AlarmPriority, Integer> changes = new java.util.EnumMap<>(AlarmPriority.class);
        Map<AlarmPriority, Boolean> lastLit = new java.util.EnumMap<>(AlarmPriority.class);

        robot.interact(() -> {
            for (long t = 0; t <= 10_000; t += 10) {
                bar.flashAt(t * MS);
                for (AlarmChip chip : chips()) {
                    AlarmPriority p = chip.state().priority();
                    boolean lit = !chip.getPseudoClassStates().contains(AlarmChip.FLASH_OFF);
                    if (lastLit.containsKey(p) && lastLit.get(p) != lit) {
                        changes.merge(p, 1, Integer::sum);
                    }
                    lastLit.put(p, lit);
                }
            }
        });

        // In 10 s a 2 Hz flash goes off and on 20 times (40 changes), a 0.5 Hz flash 5 times (10 changes).
        assertThat(changes).containsEntry(AlarmPriority.HIGH, 40).containsEntry(AlarmPriority.MEDIUM, 10)
                .doesNotContainKey(AlarmPriority.LOW);
        robot.interact(() -> bar.flashAt(250 * MS));
        assertThat(chips()).extracting(c -> c.getPseudoClassStates().contains(AlarmChip.FLASH_OFF)).containsExactly(true, false, false);
        robot.interact(() -> bar.flashAt(1_250 * MS));
        assertThat(chips()).extracting(c -> c.getPseudoClassStates().contains(AlarmChip.FLASH_OFF)).containsExactly(true, true, false);
        robot.interact(() -> bar.flashAt(2_000 * MS));
        assertThat(chips()).extracting(c -> c.getPseudoClassStates().contains(AlarmChip.FLASH_OFF)).containsExactly(false, false, false);
    }

    @Test
    @DisplayName("ALM-1 left to itself the bar flashes a high alarm in real time")
    void flashesByItself(FxRobot robot) throws InterruptedException {
        List<AlarmBar> made = new ArrayList<>();
        robot.interact(() -> {
            AlarmBar live = new AlarmBar(ui, new RecordingAlarmSound(), this::describe, acknowledged::add);
            ((VBox) scene.getRoot()).getChildren().set(1, live.root());
            live.show(AlarmBoard.order(List.of(CHAIR_3_BP), TEN, RULES));
            made.add(live);
        });
        AlarmBar live = made.getFirst();
        Node chip = live.chips().getFirst();
        Set<Boolean> seen = new HashSet<>();
        for (int i = 0; i < 60 && seen.size() < 2; i++) {
            robot.interact(() -> seen.add(chip.getPseudoClassStates().contains(AlarmChip.FLASH_OFF)));
            Thread.sleep(50);
        }
        robot.interact(live::dispose);

        assertThat(seen).as("seen lit and unlit within 3 s").containsExactlyInAnyOrder(true, false);
    }

    @Test
    @DisplayName("ALM-2 Acknowledge reports that chip's alarm; the shortcut takes the most urgent sounding one")
    void acknowledge(FxRobot robot) {
        showAt(robot, TEN.plusSeconds(240), CHAIR_3_BP, CHAIR_1_RECHECK, CHAIR_5_SEDATION);

        robot.clickOn(chips().get(1).acknowledgeButton());
        assertThat(acknowledged).extracting(s -> s.alarm().cause()).containsExactly(CHAIR_1_RECHECK.cause());

        assertThat(chips().get(0).acknowledgeButton().getTooltip().getText()).contains("Ctrl+Shift+A");
        assertThat(chips().get(1).acknowledgeButton().getTooltip().getText()).doesNotContain("Ctrl+Shift+A");
        robot.interact(() -> assertThat(bar.acknowledgeMostUrgent()).isTrue());
        assertThat(acknowledged).extracting(s -> s.alarm().cause()).containsExactly(CHAIR_1_RECHECK.cause(), CHAIR_3_BP.cause());

        // Chair 3 is now quiet: the shortcut goes to chair 1, which still sounds.
        showAt(robot, TEN.plusSeconds(250), CHAIR_3_BP.acknowledged(NURSE, TEN.plusSeconds(245)), CHAIR_1_RECHECK, CHAIR_5_SEDATION);
        assertThat(chips().get(1).acknowledgeButton().getTooltip().getText()).contains("Ctrl+Shift+A");
        robot.interact(() -> bar.acknowledgeMostUrgent());
        assertThat(acknowledged.getLast().alarm().cause()).isEqualTo(CHAIR_1_RECHECK.cause());

        showAt(robot, TEN.plusSeconds(300));
        robot.interact(() -> assertThat(bar.acknowledgeMostUrgent()).isFalse());
        assertThat(acknowledged).hasSize(3);
    }

    @Test
    @DisplayName("ALM-2 an acknowledged alarm stays shown, marked 'Sound paused', until the pause ends")
    void pausedIndicator(FxRobot robot) {
        Alarm acknowledgedBp = CHAIR_3_BP.acknowledged(NURSE, TEN.plusSeconds(200));
        showAt(robot, TEN.plusSeconds(240), acknowledgedBp, CHAIR_1_RECHECK);

        Node paused = chips().get(0).lookup(".alarm-paused");
        assertThat(paused.isVisible()).isTrue();
        assertThat(((Label) paused.lookup(".label")).getText()).isEqualTo("Sound paused");
        assertThat(paused.lookup(".muted-speaker")).isNotNull();
        assertThat(chips().get(1).lookup(".alarm-paused").isVisible()).isFalse();

        showAt(robot, TEN.plusSeconds(200 + 120), acknowledgedBp, CHAIR_1_RECHECK);
        assertThat(chips().get(0).lookup(".alarm-paused").isVisible()).isFalse();
    }

    @Test
    @DisplayName("ALM-1 ALM-2 the loudest sounding alarm is heard; paused and low alarms are not; silence when none is left")
    void sound(FxRobot robot) {
        showAt(robot, TEN.plusSeconds(240), CHAIR_3_BP, CHAIR_1_RECHECK, CHAIR_5_SEDATION);
        showAt(robot, TEN.plusSeconds(241), CHAIR_3_BP, CHAIR_1_RECHECK, CHAIR_5_SEDATION);
        assertThat(sound.calls()).containsExactly("play HIGH");

        Alarm quietBp = CHAIR_3_BP.acknowledged(NURSE, TEN.plusSeconds(242));
        showAt(robot, TEN.plusSeconds(243), quietBp, CHAIR_1_RECHECK, CHAIR_5_SEDATION);
        assertThat(sound.calls()).containsExactly("play HIGH", "play MEDIUM");

        Alarm quietRecheck = CHAIR_1_RECHECK.acknowledged(NURSE, TEN.plusSeconds(244));
        showAt(robot, TEN.plusSeconds(245), quietBp, quietRecheck, CHAIR_5_SEDATION);
        assertThat(sound.calls()).containsExactly("play HIGH", "play MEDIUM", "stop");
        assertThat(chips()).hasSize(3);

        showAt(robot, TEN.plusSeconds(246), quietBp.resolved(NURSE, TEN.plusSeconds(246)),
                quietRecheck.resolved(NURSE, TEN.plusSeconds(246)), CHAIR_5_SEDATION.resolved(NURSE, TEN.plusSeconds(246)));
        assertThat(chips()).isEmpty();
        assertThat(sound.calls()).containsExactly("play HIGH", "play MEDIUM", "stop");
    }

    @Test
    @DisplayName("ALM-3 a medium alarm nobody acknowledged turns red and sounds high after 5 min")
    void escalation(FxRobot robot) {
        showAt(robot, TEN.plusSeconds(120 + 299), CHAIR_1_RECHECK);
        assertThat(chips().getFirst().getStyleClass()).contains(MEDIUM);

        showAt(robot, TEN.plusSeconds(120 + 300), CHAIR_1_RECHECK);
        assertThat(chips().getFirst().getStyleClass()).contains(HIGH).doesNotContain(MEDIUM);
        assertThat(text(chips().getFirst(), "alarm-priority")).isEqualTo("High");
        assertThat(sound.calls()).containsExactly("play MEDIUM", "play HIGH");
    }

    @Test
    @DisplayName("Without a sound card the status bar says, in the alarm colour, that alarms are visual only")
    void noAudioNotice(FxRobot robot) {
        showAt(robot, TEN.plusSeconds(240), CHAIR_3_BP);
        assertThat(notice.isVisible()).isFalse();

        sound.unplug();
        showAt(robot, TEN.plusSeconds(241), CHAIR_3_BP);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.isManaged()).isTrue();
        assertThat(notice.getText()).isEqualTo("No audio device: alarms are visual only");
        assertThat(notice.getStyleClass()).contains("no-audio-notice");
        assertThat(notice.getPadding().getRight()).as("issue 15: the clock after it does not run into \"visual only\"")
                .isEqualTo(NoAudioNotice.SPACE_BEFORE_NEXT);
        assertThat(chips()).hasSize(1);
    }

    @Test
    @DisplayName("The bar switches language with the rest of the window; the caller's words are asked again")
    void languageSwitch(FxRobot robot) {
        showAt(robot, TEN.plusSeconds(240), CHAIR_3_BP, CHAIR_1_RECHECK);

        robot.interact(() -> ui.switchLanguage(Messages.CHINESE));

        assertThat(text(chips().get(0), "alarm-priority")).isEqualTo("高优先级");
        assertThat(text(chips().get(0), "alarm-description")).isEqualTo("3 号治疗椅 · 王芳 · 血压 182/112 mmHg");
        assertThat(chips().get(0).acknowledgeButton().getText()).isEqualTo("确认");
    }

    @Test
    @DisplayName("Screenshots: the bar in English and Chinese, lit and in the unlit flash phase")
    void screenshots(FxRobot robot) {
        sound.unplug();
        Alarm quietSpo2 = CHAIR_2_SPO2.acknowledged(NURSE, TEN.plusSeconds(200));
        showAt(robot, TEN.plusSeconds(240), CHAIR_3_BP, quietSpo2, CHAIR_1_RECHECK, CHAIR_5_SEDATION);
        robot.interact(() -> bar.flashAt(0));
        Screenshots.save(scene, "alarm-bar-en");
        robot.interact(() -> bar.flashAt(1_250 * MS));
        Screenshots.save(scene, "alarm-bar-en-unlit");

        robot.interact(() -> {
            ui.switchLanguage(Messages.CHINESE);
            scene.getRoot().setStyle(Fonts.styleFor(Messages.CHINESE));
            bar.flashAt(0);
        });
        assertThat(text(chips().get(1), "alarm-description")).isEqualTo("2 号治疗椅 · 陈杰 · 血氧饱和度 91 %");
        assertThat(notice.getText()).isEqualTo("无音频设备：报警仅以视觉方式显示");
        Screenshots.save(scene, "alarm-bar-zh");
        robot.interact(() -> bar.flashAt(1_250 * MS));
        Screenshots.save(scene, "alarm-bar-zh-unlit");

        assertThat(chips()).allSatisfy(c -> assertThat(c.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(scene.getWidth()));
    }
}
