package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.click;
import static org.vigil.ui.SessionRobot.dialogScene;
import static org.vigil.ui.SessionRobot.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
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
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Allergy;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.service.Checklists;

/**
 * Issue 15 on the session screen: the discharge panel says when discharge becomes possible, the
 * signature dialog offers the people who can sign, times and durations say their unit, and no
 * internal key, rule ID in a heading or cut-off text reaches the nurse — in English and Chinese
 * at 1280×800.
 */
@ExtendWith(ApplicationExtension.class)
class SessionPlainWordsScreenTest {

    /** A rule ID as clinical-rules.md writes them: BP-1, SIG-2, ADM-5. */
    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{2,5}-\\d+\\b");
    /** An enum or checklist key: NO_SEDATING_COMEDICATION, PRE_DOSE_CHECKS_DONE. */
    private static final Pattern INTERNAL_KEY = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");

    @TempDir
    Path dir;

    private Stage stage;
    private SessionFixture clinic;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        clinic = new SessionFixture(dir);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    @DisplayName("DIS-1/DIS-2 the discharge panel says when discharge becomes possible, apart from 'clinically settled since' (English)")
    void dischargePanelEnglish(FxRobot robot) {
        dischargePanel(robot, Locale.ENGLISH, "en");
    }

    @Test
    @DisplayName("DIS-1/DIS-2 the same discharge panel in Chinese")
    void dischargePanelChinese(FxRobot robot) {
        dischargePanel(robot, Locale.SIMPLIFIED_CHINESE, "zh");
    }

    private void dischargePanel(FxRobot robot, Locale language, String suffix) {
        boolean english = language == Locale.ENGLISH;
        settledAt0909();
        robot.interact(() -> clinic.show(stage, language));
        // Dose started 08:02: the 120-minute observation ends at 10:02; the clinical criteria were met at 09:07.
        assertThat(text(robot, "#dischargePossible")).isEqualTo(english ? "Discharge possible from 10:02 · in 53 min"
                : "最早 10:02 可离院 · 还需 53 分钟");
        assertThat(text(robot, "#readyToLeave")).isEqualTo(english ? "Clinically settled since 09:07" : "自 09:07 起临床状况平稳");
        assertThat(text(robot, "#readyToLeave")).as("issue 15 item 1: never worded as leave").doesNotContainIgnoringCase("leave");
        assertThat(above(robot, "#dischargePossible", "#readyToLeave")).as("the time discharge becomes possible comes first").isTrue();
        assertThat(robot.lookup("#dischargePossible").queryAs(Label.class).getFont().getSize())
                .as("and more prominently").isGreaterThan(robot.lookup("#readyToLeave").queryAs(Label.class).getFont().getSize());
        showGate(robot);
        noneCutOff(robot, clinic.scene);
        Screenshots.save(clinic.scene, "discharge-panel-before-" + suffix);

        clinic.minutes(51);
        robot.interact(clinic.screen::tick);
        assertThat(text(robot, "#dischargePossible")).as("under ten minutes the countdown has seconds")
                .isEqualTo(english ? "Discharge possible from 10:02 · in 2 min 00 s" : "最早 10:02 可离院 · 还需 2 分 00 秒");

        clinic.minutes(5);
        clinic.vitals(126, 80, 74, 98);
        clinic.moaas(5);
        robot.interact(clinic.floor::reload);
        assertThat(text(robot, "#dischargePossible")).as("observation over, transport and signature still to come")
                .isEqualTo(english ? "Observation time is over: discharge once every item above is met" : "观察时间已满：上列各项均满足后方可离院");
        clinic.engine().transportArrived(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().signReadyToLeave(clinic.prescriber, clinic.sessionId, SessionFixture.PRESCRIBER_PASSWORD, clinic.request()).value();
        robot.interact(clinic.floor::reload);
        assertThat(text(robot, "#dischargePossible")).isEqualTo(english ? "Discharge possible now" : "现在可以离院");
        showGate(robot);
        noneCutOff(robot, clinic.scene);
        Screenshots.save(clinic.scene, "discharge-panel-after-" + suffix);
    }

    @Test
    @DisplayName("SIG-1 a nurse's override dialog offers the prescribers and starts empty; the signing time is whole (English)")
    void signatureDialogEnglish(FxRobot robot) {
        signatureDialog(robot, Locale.ENGLISH, "en");
    }

    @Test
    @DisplayName("SIG-1 the same signature dialog in Chinese")
    void signatureDialogChinese(FxRobot robot) {
        signatureDialog(robot, Locale.SIMPLIFIED_CHINESE, "zh");
    }

    private void signatureDialog(FxRobot robot, Locale language, String suffix) {
        boolean english = language == Locale.ENGLISH;
        // A clinic in London: in November its clock is UTC, and the zone has a name to spell out.
        clinic.zone = java.time.ZoneId.of("Europe/London");
        clinic.engine().startSession(clinic.nurse, clinic.sessionId, clinic.request()).value();
        Checklists.answerAllSafely(clinic.engine(), clinic.nurse, clinic.sessionId, clinic.clock.instant(), clinic.request());
        clinic.engine().completeChecklist(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().recordBaseline(clinic.nurse, clinic.sessionId, 150, 95, 76, 98, null, clinic.request()).value();
        robot.interact(() -> clinic.show(stage, language));
        click(robot, "#overrideBaseline");
        Scene dialog = dialogScene(robot);
        ComboBox<String> signer = robot.lookup("#signerUser").queryComboBox();
        assertThat(signer.getEditor().getText()).as("the nurse cannot sign a prescriber's override: nobody is put forward").isEmpty();
        assertThat(signer.getItems()).containsExactly("drchen");
        assertThat(((DialogPane) dialog.getRoot()).getHeaderText()).as("no rule IDs in the heading")
                .isEqualTo(english ? "Electronic signature" : "电子签名");
        assertThat(text(robot, "#signatureWhy")).as("an auditor still finds the rules").contains("SIG-1", "SIG-2");
        assertThat(text(robot, "#signatureTime")).as("the local time with the zone in full")
                .isEqualTo(english ? "Recorded with the signer’s name as signed on 30 Nov 2026 08:00:00, Greenwich Mean Time (UTC+00:00)"
                        : "将以签署人姓名记录签署时间：2026年11月30日 08:00:00，格林尼治标准时间（UTC+00:00）");
        Label time = robot.lookup("#signatureTime").queryAs(Label.class);
        assertThat(time.isWrapText()).as("the line wraps rather than cut the zone").isTrue();
        robot.clickOn("#signerUser");
        robot.interact(signer::show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".list-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .as("people are offered by name, with the user name they sign with").contains(english ? "Dr Wei Chen (drchen)" : "Dr Wei Chen（drchen）");
        robot.interact(signer::hide);
        robot.interact(() -> signer.getSelectionModel().select("drchen"));
        assertThat(signer.getEditor().getText()).isEqualTo("drchen");
        noneCutOff(robot, dialog);
        noRuleIdsInHeadingsOrButtons(dialog.getRoot());
        composite(clinic.scene, dialog, "session-signature-dialog-" + suffix);
        robot.type(KeyCode.ESCAPE);
        robot.interact(stage::requestFocus);

        // The prescriber at their own workstation: they can sign it, so they are put forward.
        clinic.at = clinic.prescriber;
        robot.interact(() -> clinic.show(stage, language));
        click(robot, "#overrideBaseline");
        assertThat(robot.lookup("#signerUser").queryComboBox().getEditor().getText()).isEqualTo("drchen");
        robot.type(KeyCode.ESCAPE);
        robot.interact(stage::requestFocus);
    }

    @Test
    @DisplayName("issue 15 items 6, 7, 10, 12: phrases not keys, rules out of headings, nothing cut off, times with units (English)")
    void wordsEnglish(FxRobot robot) {
        words(robot, Locale.ENGLISH, "en");
    }

    @Test
    @DisplayName("the same walk in Chinese")
    void wordsChinese(FxRobot robot) {
        words(robot, Locale.SIMPLIFIED_CHINESE, "zh");
    }

    private void words(FxRobot robot, Locale language, String suffix) {
        boolean english = language == Locale.ENGLISH;
        allergicToPenicillin();
        clinic.engine().startSession(clinic.nurse, clinic.sessionId, clinic.request()).value();
        robot.interact(() -> clinic.show(stage, language));
        assertThat(robot.lookup("#patientFlags .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .as("item 12: the allergy chip names the allergy").contains(english ? "Allergy: Penicillin (rash)" : "过敏：Penicillin（rash）");
        assertThat(text(robot, "#completeChecklistWhy")).as("item 6: the item's phrase, not its key")
                .isEqualTo(english ? "Answer every checklist item first: “Identity confirmed (name and date of birth)” is not answered yet."
                        : "请先回答所有核查项：“已核对身份（姓名和出生日期）”尚未回答。");
        // PRE-3: the prescriber on site is chosen from the clinic's prescribers.
        click(robot, "#yes-PRESCRIBER_PRESENT");
        ComboBox<String> prescriber = robot.lookup("#detail-PRESCRIBER_PRESENT").queryComboBox();
        assertThat(prescriber.getItems()).containsExactly("Dr Wei Chen");
        robot.interact(() -> prescriber.getSelectionModel().select("Dr Wei Chen"));
        click(robot, "#save-PRESCRIBER_PRESENT");
        assertThat(text(robot, "#stored-PRESCRIBER_PRESENT")).contains("Dr Wei Chen");
        walkScreen(robot, "checked in");
        Screenshots.save(clinic.scene, "session-checklist-words-" + suffix);

        for (ChecklistItem item : org.vigil.domain.session.PreDoseChecklist.items(false)) {
            if (item != ChecklistItem.PRESCRIBER_PRESENT) {
                clinic.engine().answerChecklist(clinic.nurse, clinic.sessionId, Checklists.safe(item, clinic.clock.instant()),
                        clinic.request()).value();
            }
        }
        clinic.engine().completeChecklist(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().recordBaseline(clinic.nurse, clinic.sessionId, 128, 82, 76, 98, null, clinic.request()).value();
        clinic.engine().authoriseDose(clinic.prescriber, clinic.sessionId, 56, org.vigil.domain.Route.NASAL, 0,
                SessionFixture.PRESCRIBER_PASSWORD, clinic.request()).value();
        clinic.minutes(2);
        clinic.engine().giveDevice(clinic.nurse, clinic.sessionId, "LOT-A1", true, null, clinic.request()).value();
        clinic.minutes(1);
        robot.interact(clinic.floor::reload);
        assertThat(text(robot, "#deviceRest")).as("item 10: a countdown with its units")
                .isEqualTo(english ? "Rest: next device in 4 min 00 s, at 08:07" : "休息期：4 分 00 秒 后可给下一支，08:07");
        walkScreen(robot, "device rest");
        // The prescriber sees the rest override too: it kept "Overr…" beside the countdown.
        clinic.at = clinic.prescriber;
        robot.interact(() -> clinic.show(stage, language));
        assertThat(robot.lookup("#overrideRest").queryAs(Node.class).isVisible()).isTrue();
        walkScreen(robot, "device rest, prescriber");
        clinic.at = clinic.nurse;
        robot.interact(() -> clinic.show(stage, language));

        clinic.minutes(4);
        clinic.engine().giveDevice(clinic.nurse, clinic.sessionId, "LOT-A1", true, null, clinic.request()).value();
        clinic.engine().noteDissociation(clinic.nurse, clinic.sessionId, true, clinic.request()).value();
        clinic.minutes(20);
        clinic.engine().noteDissociation(clinic.nurse, clinic.sessionId, false, clinic.request()).value();
        clinic.minutes(30);
        robot.interact(clinic.floor::reload);
        // BP-3: the 40-minute BP after the first device (08:02) is due at 08:42, window 08:37–08:47; at 08:57 it is 15 min late.
        Labeled chip = robot.lookup("#due-BP_CHECK").queryAs(Labeled.class);
        assertThat(chip.getText()).as("item 10: the target time, lateness with its unit")
                .isEqualTo(english ? "BP check due 08:42 · 15 min late" : "测血压 08:42 到期 · 已晚 15 分钟");
        assertThat(chip.getTooltip().getText()).as("the window on hover, with the rule")
                .startsWith(english ? "window 08:37–08:47" : "时间窗 08:37–08:47").contains("BP-3");
        assertThat(text(robot, "#dissociation")).as("item 12: the toggle says resolved once it is")
                .isEqualTo(english ? "Dissociation resolved" : "分离症状已消退");
        assertThat(text(robot, "#dissociationState")).isEqualTo(english ? "Resolved at 08:27. Press if it comes back." : "已于 08:27 消退。如再次出现请按此按钮。");
        assertThat(text(robot, "#problemLabel")).as("item 6: a real label, not 'ADM-5:'")
                .isEqualTo(english ? "Administration problem:" : "给药问题：");
        assertThat(text(robot, "#sessionState")).as("item 10: durations with units")
                .endsWith(english ? "dose started 08:02, 55 min ago" : "给药开始于 08:02，已 55 分钟");
        assertThat(robot.lookup("#stepObservation").queryAs(TitledPane.class).getText())
                .isEqualTo(english ? "Observation — 55 min of 2 h" : "观察 — 已 55 分钟，共 2 小时");
        walkScreen(robot, "observing");
        Screenshots.save(clinic.scene, "session-observing-words-" + suffix);

        // Item 12: the Dose row holds the two devices, not check-in, authorisation, transport or discharge.
        clinic.minutes(70);
        clinic.vitals(126, 80, 74, 98);
        clinic.moaas(5);
        clinic.engine().transportArrived(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().signReadyToLeave(clinic.prescriber, clinic.sessionId, SessionFixture.PRESCRIBER_PASSWORD, clinic.request()).value();
        clinic.engine().discharge(clinic.nurse, clinic.sessionId, clinic.request()).value();
        robot.interact(clinic.floor::reload);
        assertThat(doseRowMarkers(robot)).as("the Dose row shows only doses").isEqualTo(2);
        walkScreen(robot, "discharged");
        Screenshots.save(clinic.scene, "session-discharged-words-" + suffix);
    }

    @Test
    @DisplayName("the cut-off check itself sees a label cut to '…'")
    void walkerSeesCutOffText(FxRobot robot) {
        Label narrow = new Label("Observed at (blank: now)");
        narrow.setMaxWidth(60);
        Scene scene = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Scene s = new Scene(new javafx.scene.layout.VBox(narrow), 200, 100);
            stage.setScene(s);
            stage.show();
            return s;
        }));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noneCutOff(robot, scene)).hasMessageContaining("Observed at");
    }

    /** Every step opened, then: no cut-off text, no rule ID in a heading or button, no internal key anywhere. */
    private void walkScreen(FxRobot robot, String where) {
        robot.interact(() -> robot.lookup(".session-step").queryAllAs(TitledPane.class).forEach(p -> p.setExpanded(true)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> clinic.scene.getRoot().layout());
        noneCutOff(robot, clinic.scene);
        noRuleIdsInHeadingsOrButtons(clinic.scene.getRoot());
        List<String> keys = new ArrayList<>();
        for (Labeled l : labeleds(clinic.scene.getRoot())) {
            if (SessionRobot.shown(l) && l.getText() != null && INTERNAL_KEY.matcher(l.getText()).find()) {
                keys.add(l.getText());
            }
        }
        assertThat(keys).as("internal keys on screen, " + where).isEmpty();
    }

    /**
     * Item 7, as the issue's walker checks it: a Labeled is cut off when the text its skin shows
     * differs from its own text ("Observed at (blank: n…").
     */
    static void noneCutOff(FxRobot robot, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> found = new ArrayList<>();
            for (Labeled l : labeleds(scene.getRoot())) {
                String own = l.getText();
                if (own == null || own.isEmpty() || !SessionRobot.shown(l) || l.getWidth() <= 0) {
                    continue;
                }
                shownText(l).filter(shown -> !shown.equals(l.isMnemonicParsing() ? own.replace("_", "") : own))
                        .ifPresent(shown -> found.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + ": " + own
                                + " shown as " + shown));
            }
            return found;
        }));
        assertThat(cut).as("cut-off labels").isEmpty();
    }

    /** The text the skin draws for this Labeled: its own LabeledText, not one of a Labeled inside it. */
    private static java.util.Optional<String> shownText(Labeled labeled) {
        List<Node> queue = new ArrayList<>(labeled.getChildrenUnmodifiable());
        while (!queue.isEmpty()) {
            Node n = queue.removeFirst();
            if (n instanceof Text t && n.getStyleClass().contains("text")) {
                return java.util.Optional.of(t.getText());
            }
            if (n instanceof Parent p && !(n instanceof Labeled)) {
                queue.addAll(p.getChildrenUnmodifiable());
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Labeled> labeleds(Parent root) {
        List<Labeled> found = new ArrayList<>();
        List<Node> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            Node n = queue.removeFirst();
            if (n instanceof Labeled l) {
                found.add(l);
            }
            if (n instanceof Parent p) {
                queue.addAll(p.getChildrenUnmodifiable());
            }
        }
        return found;
    }

    /** Item 6: step headings, section titles, field labels and buttons read as people say them; rules go to a tooltip. */
    private static void noRuleIdsInHeadingsOrButtons(Parent root) {
        List<String> found = new ArrayList<>();
        for (Labeled l : labeleds(root)) {
            boolean heading = l instanceof TitledPane || l instanceof ButtonBase || l.getStyleClass().contains("section-title")
                    || l.getStyleClass().contains("field-label");
            if (heading && SessionRobot.shown(l) && l.getText() != null && RULE_ID.matcher(l.getText()).find()) {
                found.add(l.getText());
            }
        }
        assertThat(found).as("rule IDs in headings, labels and buttons").isEmpty();
    }

    private int doseRowMarkers(FxRobot robot) {
        Parent timeline = robot.lookup("#sessionTimeline").queryAs(Parent.class);
        // The Dose row is the top lane (y = 18); a marker is a circle of radius 5 centred on it.
        return (int) timeline.getChildrenUnmodifiable().stream().filter(n -> n instanceof Circle)
                .filter(n -> Math.abs(n.getBoundsInParent().getCenterY() - 18) < 3).count();
    }

    private boolean above(FxRobot robot, String first, String second) {
        Bounds a = robot.lookup(first).query().localToScene(robot.lookup(first).query().getBoundsInLocal());
        Bounds b = robot.lookup(second).query().localToScene(robot.lookup(second).query().getBoundsInLocal());
        return a.getMinY() < b.getMinY();
    }

    private void showGate(FxRobot robot) {
        robot.interact(() -> SessionRobot.scrollIntoView(robot.lookup("#discharge").query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Dosed at 08:02 (second device 08:07); readings every so often; every clinical criterion met at 09:07; now 09:09. */
    private void settledAt0909() {
        clinic.dosed();
        clinic.minutes(13);
        clinic.vitals(148, 92, 84, 97);
        clinic.moaas(4);
        clinic.minutes(25);
        clinic.vitals(138, 86, 80, 97);
        clinic.minutes(22);
        clinic.vitals(132, 84, 78, 98);
        clinic.moaas(5);
        clinic.minutes(2);
    }

    private void allergicToPenicillin() {
        var view = clinic.engine().view(clinic.nurse, clinic.sessionId).value().patient();
        Patient p = view.patient();
        Patient allergic = new Patient(p.mrn(), p.name(), p.dateOfBirth(), p.sex(), p.contact(), p.emergencyContact(), p.idNumber(),
                p.weight(), new Allergies(false, List.of(new Allergy("Penicillin", "rash"))), p.riskProgramme(), p.childbearing(),
                p.notes(), p.preferredLanguage());
        clinic.services.patients().update(clinic.nurse, view.id(), allergic).value();
    }

    /** The session with the dialog over it, as a nurse sees the two windows: the dialog drawn centred on the screen. */
    private static void composite(Scene screen, Scene dialog, String name) {
        Scene holder = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            WritableImage back = screen.snapshot(null);
            WritableImage front = dialog.snapshot(null);
            int x0 = (int) Math.max(0, (back.getWidth() - front.getWidth()) / 2);
            int y0 = (int) Math.max(0, (back.getHeight() - front.getHeight()) / 2);
            for (int y = 0; y < (int) front.getHeight() && y0 + y < back.getHeight(); y++) {
                for (int x = 0; x < (int) front.getWidth() && x0 + x < back.getWidth(); x++) {
                    back.getPixelWriter().setArgb(x0 + x, y0 + y, front.getPixelReader().getArgb(x, y));
                }
            }
            return new Scene(new javafx.scene.Group(new javafx.scene.image.ImageView(back)));
        }));
        Screenshots.save(holder, name);
    }
}
