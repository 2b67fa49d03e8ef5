package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.click;
import static org.vigil.ui.SessionRobot.dialogScene;
import static org.vigil.ui.SessionRobot.enabled;
import static org.vigil.ui.SessionRobot.fieldError;
import static org.vigil.ui.SessionRobot.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.session.SessionState;
import org.vigil.service.SessionView;

@ExtendWith(ApplicationExtension.class)
class SessionScreenTest {

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
    @DisplayName("A nurse walks Grace Lee's first 56 mg nasal session from check-in to discharge; every button follows the service")
    void walkToDischarge(FxRobot robot) {
        robot.interact(() -> clinic.show(stage, Locale.ENGLISH));
        assertThat(text(robot, "#sessionState")).isEqualTo("Chair 3 · Booked");
        assertThat(enabled(robot, "#checkIn")).isTrue();
        assertThat(enabled(robot, "#abandon")).isTrue();
        assertThat(enabled(robot, "#discharge")).isFalse();
        assertThat(enabled(robot, "#transportArrived")).as("DIS-1 transport is recorded once the patient is checked in").isFalse();

        click(robot, "#checkIn");
        buttonsFollowTheService(robot);
        assertThat(text(robot, "#sessionState")).isEqualTo("Chair 3 · Checked in");
        assertThat(enabled(robot, "#completeChecklist")).as("PRE-1 every item first").isFalse();
        assertThat(text(robot, "#completeChecklistWhy")).contains("Answer every checklist item first");

        answerChecklist(robot);
        assertThat(text(robot, "#stored-TRANSPORT_ARRANGED")).contains("Yes", "Ben Lee, 138 0013 8000", "recorded 08:00");
        assertThat(text(robot, "#stored-LAST_FOOD")).contains("03:00");
        assertThat(enabled(robot, "#completeChecklist")).isTrue();
        Screenshots.save(clinic.scene, "session-checklist-en");
        click(robot, "#completeChecklist");
        buttonsFollowTheService(robot);
        assertThat(robot.lookup("#stepChecklist").queryAs(TitledPane.class).getText()).isEqualTo("Pre-dose checklist complete at 08:00");

        click(robot, "#baselineVitals");
        robot.write("128/82 76 98").type(KeyCode.ENTER);
        assertThat(text(robot, "#baselineStored")).startsWith("128/82 mmHg, HR 76, SpO2 98 %");
        assertThat(text(robot, "#sessionState")).endsWith("Pre-dose checks done");

        assertThat(enabled(robot, "#authorise")).as("no dose chosen yet").isFalse();
        click(robot, "#dose-56");
        buttonsFollowTheService(robot);
        assertThat(enabled(robot, "#authorise")).isTrue();
        click(robot, "#authorise");
        assertThat(text(robot, "#signatureMeaning")).isEqualTo(
                "You are signing: Authorise 56 mg esketamine nasal spray (2 devices) for Lee, Grace");
        assertThat(text(robot, "#signatureTime")).as("SIG-1 the local time with its zone in full")
                .contains("30 Nov 2026 08:00:00", "(UTC+00:00)");
        ComboBox<String> signer = robot.lookup("#signerUser").queryComboBox();
        assertThat(signer.getEditor().getText()).as("issue 15: the nurse is not put forward for a dose").isEmpty();
        assertThat(signer.getItems()).as("PRE-2 the prescribers with the prescribing right").containsExactly("drchen");
        robot.clickOn("#signerUser").write("nurse.li");
        robot.clickOn("#signerPassword").write(SessionFixture.NURSE_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(text(robot, "#signatureError")).as("ROLE-1 a nurse cannot authorise")
                .isEqualTo("Only a prescriber with the prescribing right can sign this. The attempt has been recorded.");
        robot.clickOn("#signerUser").push(KeyCode.CONTROL, KeyCode.A).write("drchen");
        robot.clickOn("#signerPassword").write("not the password at all");
        robot.clickOn("#signOk");
        assertThat(text(robot, "#signatureError")).as("SIG-2").isEqualTo("The user name or password is not right.");
        assertThat(robot.lookup("#signerPassword").queryAs(TextField.class).getText()).isEmpty();
        Screenshots.save(dialogScene(robot), "signature-dialog-en");
        robot.clickOn("#signerPassword").write(SessionFixture.PRESCRIBER_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(robot.lookup("#signOk").tryQuery()).as("signed: the dialog has closed").isEmpty();
        backToMainWindow(robot);
        assertThat(text(robot, "#sessionState")).endsWith("Dose authorised");
        assertThat(enabled(robot, "#abandon")).as("still before dosing").isTrue();

        clinic.minutes(2);
        tick(robot);
        assertThat(text(robot, "#giveDevice")).isEqualTo("Give device 1 of 2");
        assertThat(text(robot, "#devicePrompts")).contains("Blow the nose", "45°", "one nostril, then the other", "two green dots");
        assertThat(robot.lookup("#overrideRest").queryAs(Node.class).isVisible()).as("the rest override is the prescriber's").isFalse();
        assertThat(robot.lookup("#deviceLot").queryAs(javafx.scene.control.TextField.class).getText())
                .as("ADM-3 CD-3 the lot starts as the register's earliest-expiring one in stock").isEqualTo("LOT-24A17");
        assertThat(enabled(robot, "#giveDevice")).as("ADM-1 dots not checked").isFalse();
        click(robot, "#dotsChecked");
        click(robot, "#giveDevice");
        assertThat(robot.lookup("#dotsChecked").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("ADM-1 the dots are checked again for each device").isFalse();
        assertThat(text(robot, "#giveDevice")).isEqualTo("Give device 2 of 2");
        assertThat(text(robot, "#devicePrompts")).as("ADM-1 blow the nose before the first device only").doesNotContain("Blow the nose");
        assertThat(enabled(robot, "#giveDevice")).as("ADM-2 rest").isFalse();
        assertThat(text(robot, "#deviceRest")).isEqualTo("Rest: next device in 5 min 00 s, at 08:07");
        assertThat(enabled(robot, "#abandon")).as("OBS-1 once esketamine is in").isFalse();
        Screenshots.save(clinic.scene, "session-device-rest-en");
        clinic.minutes(3);
        tick(robot);
        assertThat(enabled(robot, "#giveDevice")).isFalse();
        assertThat(text(robot, "#deviceRest")).contains("2 min 00 s");
        buttonsFollowTheService(robot);
        clinic.minutes(2);
        tick(robot);
        click(robot, "#dotsChecked");
        assertThat(enabled(robot, "#giveDevice")).isTrue();
        click(robot, "#giveDevice");
        assertThat(text(robot, "#sessionState")).startsWith("Chair 3 · Observing · dose started 08:02");

        click(robot, "#vitalsLine");
        robot.write("300/250 80 97").type(KeyCode.ENTER);
        assertThat(robot.lookup("#vitalsLine").queryAs(TextField.class).getText()).isEqualTo("300/250 80 97");
        assertThat(fieldError(robot, "#vitalsLine")).contains("Diastolic 250 mmHg is outside 20–200 mmHg");
        assertThat(view().snapshot().readings()).as("BP-8 nothing stored").isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("152/9x 88").type(KeyCode.ENTER);
        assertThat(fieldError(robot, "#vitalsLine")).isEqualTo("Diastolic: “9x” is not a number.\nSpO2: Missing. "
                + "Type: systolic/diastolic heart rate SpO2, e.g. 152/94 88 97.");

        clinic.minutes(8);
        tick(robot);
        robot.clickOn("#vitalsLine").push(KeyCode.CONTROL, KeyCode.A).write("142/88 84 97").type(KeyCode.ENTER);
        assertThat(robot.lookup("#vitalsLine").queryAs(TextField.class).getText()).as("taken: ready for the next").isEmpty();
        assertThat(fieldError(robot, "#vitalsLine")).isEmpty();
        click(robot, "#moaas-4");
        click(robot, "#dissociation");
        assertThat(text(robot, "#dissociationState")).startsWith("Present");
        clinic.minutes(15);
        tick(robot);
        // OBS-2 from the keyboard: the MOAA/S button has the focus, not a text field.
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        assertThat(view().snapshot().latestScore().orElseThrow().moaas()).isEqualTo(4);
        clinic.minutes(10);
        tick(robot);
        assertThat(text(robot, "#due-BP_CHECK")).as("BP-3 due 35–45 min after the first device").isEqualTo("BP check due 08:42 · now");
        vitalsLine(robot, "138/86 80 97");
        click(robot, "#dissociation");
        assertThat(text(robot, "#dissociationState")).isEqualTo("Resolved at 08:40. Press if it comes back.");
        assertThat(text(robot, "#dissociation")).as("issue 15: the toggle says resolved once it is").isEqualTo("Dissociation resolved");
        click(robot, "#stepAdverseEvents");
        ComboBox<AdverseEventKind> kind = robot.lookup("#adverseKind").queryComboBox();
        ComboBox<Severity> severity = robot.lookup("#adverseSeverity").queryComboBox();
        robot.interact(() -> {
            kind.setValue(AdverseEventKind.NAUSEA);
            severity.setValue(Severity.MILD);
        });
        click(robot, "#adverseDescription");
        robot.write("Nauseated and pale");
        click(robot, "#adverseAction");
        robot.write("Reassured; sips of water");
        click(robot, "#recordAdverseEvent");
        assertThat(robot.lookup("#resolve-AE-1").tryQuery()).as("OBS-4 the open event with its resolve button").isPresent();
        clinic.minutes(25);
        tick(robot);
        vitalsLine(robot, "132/84 78 98");
        click(robot, "#moaas-5");
        assertThat(text(robot, "#gate-MINIMUM_OBSERVATION")).isEqualTo("✗");
        assertThat(text(robot, "#gateReason-MINIMUM_OBSERVATION")).isEqualTo("Observation must last 120 minutes; 57 minutes to go.");
        assertThat(text(robot, "#gate-MOAAS_FULL")).isEqualTo("✓");
        assertThat(text(robot, "#gate-DISSOCIATION_RESOLVED")).isEqualTo("✓");
        assertThat(text(robot, "#gate-NO_UNRESOLVED_ADVERSE_EVENT")).isEqualTo("✗");
        assertThat(text(robot, "#gateReason-NO_UNRESOLVED_ADVERSE_EVENT")).isEqualTo("1 adverse event(s) not yet resolved.");
        assertThat(text(robot, "#gate-TRANSPORT_PRESENT")).isEqualTo("✗");
        assertThat(text(robot, "#gate-CLINICIAN_SIGNED")).isEqualTo("✗");
        assertThat(text(robot, "#readyToLeave")).isEqualTo("Not yet clinically settled.");
        assertThat(enabled(robot, "#transportArrived")).isTrue();
        assertThat(enabled(robot, "#signReadyToLeave")).as("DIS-1 sign-off only when all but the signature hold").isFalse();
        assertThat(enabled(robot, "#discharge")).isFalse();
        Screenshots.save(clinic.scene, "session-mid-observation-en");
        buttonsFollowTheService(robot);

        click(robot, "#resolution-AE-1");
        robot.write("Settled after 20 minutes");
        click(robot, "#resolve-AE-1");
        assertThat(text(robot, "#closedAdverseEvents")).isEqualTo("AE-1 Nausea resolved at 09:05: Settled after 20 minutes");
        assertThat(text(robot, "#gate-NO_UNRESOLVED_ADVERSE_EVENT")).isEqualTo("✓");
        assertThat(text(robot, "#readyToLeave")).isEqualTo("Clinically settled since 09:05");
        assertThat(text(robot, "#dischargePossible")).isEqualTo("Discharge possible from 10:02 · in 57 min");

        clinic.minutes(30);
        tick(robot);
        vitalsLine(robot, "128/80 76 98");
        click(robot, "#moaas-5");
        clinic.minutes(30);
        tick(robot);
        assertThat(text(robot, "#gate-LAST_BP_WITHIN_THRESHOLDS")).as("BP-7 the last reading is too old").isEqualTo("✗");
        vitalsLine(robot, "126/80 74 98");
        click(robot, "#moaas-5");
        click(robot, "#transportArrived");
        assertThat(enabled(robot, "#transportArrived")).isFalse();
        assertThat(enabled(robot, "#signReadyToLeave")).isTrue();
        assertThat(enabled(robot, "#discharge")).isFalse();
        click(robot, "#signReadyToLeave");
        assertThat(text(robot, "#signatureMeaning")).isEqualTo("You are signing: Clinically stable and ready to leave: Lee, Grace");
        robot.clickOn("#signerUser").push(KeyCode.CONTROL, KeyCode.A).write("drchen");
        robot.clickOn("#signerPassword").write(SessionFixture.PRESCRIBER_PASSWORD);
        robot.clickOn("#signOk");
        backToMainWindow(robot);
        assertThat(text(robot, "#gate-CLINICIAN_SIGNED")).isEqualTo("✓");
        assertThat(enabled(robot, "#discharge")).isTrue();
        assertThat(text(robot, "#sessionState")).contains("Signed ready to leave");
        assertThat(text(robot, "#dischargePossible")).isEqualTo("Discharge possible now");
        assertThat(text(robot, "#dischargeAdvice")).as("DIS-3 the advice is on the gate before discharge")
                .contains("no driving or machinery until the next day");
        Screenshots.save(clinic.scene, "discharge-gate-en");
        buttonsFollowTheService(robot);

        click(robot, "#discharge");
        assertThat(view().snapshot().state()).isEqualTo(SessionState.DISCHARGED);
        assertThat(text(robot, "#sessionFinished")).isEqualTo("Discharged at 10:05.");
        buttonsFollowTheService(robot);
        assertThat(enabled(robot, "#discharge")).isFalse();
        assertThat(enabled(robot, "#referEmergency")).isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(clinic.backPressed).isEqualTo(1);
    }

    @Test
    @DisplayName("BP-2 a raised baseline waits for the prescriber's signed override, with a reason, before the dose can be authorised")
    void raisedBaselineOverride(FxRobot robot) {
        clinic.engine().startSession(clinic.nurse, clinic.sessionId, clinic.request()).value();
        robot.interact(() -> clinic.show(stage, Locale.ENGLISH));
        answerChecklist(robot);
        click(robot, "#completeChecklist");
        click(robot, "#baselineVitals");
        robot.write("150/95 76 98").type(KeyCode.ENTER);
        assertThat(text(robot, "#baselineRaised")).contains("Baseline BP 150/95 is above 140/90 mmHg");
        assertThat(enabled(robot, "#overrideBaseline")).isTrue();
        click(robot, "#dose-56");
        assertThat(enabled(robot, "#authorise")).as("BP-2 override first").isFalse();
        assertThat(text(robot, "#authoriseWhy")).contains("a prescriber must override");
        click(robot, "#overrideBaseline");
        robot.clickOn("#signerUser").push(KeyCode.CONTROL, KeyCode.A).write("drchen");
        robot.clickOn("#signerPassword").write(SessionFixture.PRESCRIBER_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(fieldError(robot, "#overrideReason")).isEqualTo("Give a reason: it is kept in the audit trail.");
        assertThat(robot.lookup("#signOk").tryQuery()).as("a reason is required: the dialog stays").isPresent();
        robot.clickOn("#overrideReason").write("Anxious on arrival; rechecked 138/88 after rest");
        robot.clickOn("#signOk");
        backToMainWindow(robot);
        assertThat(text(robot, "#baselineStored")).contains("accepted by the prescriber", "Anxious on arrival");
        assertThat(enabled(robot, "#authorise")).isTrue();
    }

    @Test
    @DisplayName("Chinese: the session mid-observation and at the discharge gate, with every label from the Chinese bundle")
    void chineseScreens(FxRobot robot) {
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
        robot.interact(() -> clinic.show(stage, Locale.SIMPLIFIED_CHINESE));
        assertThat(text(robot, "#sessionState")).startsWith("3 号椅 · 观察中");
        assertThat(text(robot, "#gateReason-MINIMUM_OBSERVATION")).contains("观察");
        Screenshots.save(clinic.scene, "session-mid-observation-zh");

        clinic.minutes(30);
        clinic.moaas(5);
        clinic.minutes(31);
        clinic.vitals(126, 80, 74, 98);
        clinic.moaas(5);
        clinic.engine().transportArrived(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().signReadyToLeave(clinic.prescriber, clinic.sessionId, SessionFixture.PRESCRIBER_PASSWORD, clinic.request()).value();
        robot.interact(clinic.floor::reload);
        assertThat(text(robot, "#discharge")).isEqualTo("离院");
        assertThat(enabled(robot, "#discharge")).isTrue();
        Screenshots.save(clinic.scene, "discharge-gate-zh");
    }

    /** PRE-1/PRE-3 the way a nurse answers: yes to each, the driver and the prescriber named, the meal times typed. */
    private void answerChecklist(FxRobot robot) {
        for (ChecklistItem item : PreDoseChecklist.items(false)) {
            if (item.answer() == ChecklistItem.Answer.TIME) {
                click(robot, "#time-" + item.name());
                robot.write(item == ChecklistItem.LAST_FOOD ? "03:00" : "06:30").type(KeyCode.ENTER);
            } else {
                click(robot, "#yes-" + item.name());
                if (item.needsDetailWhenSafe()) {
                    assertThat(robot.lookup("#detail-" + item.name()).queryAs(Node.class).isVisible()).isTrue();
                    robot.write(item == ChecklistItem.TRANSPORT_ARRANGED ? "Ben Lee, 138 0013 8000" : "Dr Wei Chen").type(KeyCode.ENTER);
                }
            }
            assertThat(text(robot, "#stored-" + item.name())).as(item.name()).startsWith("✓");
        }
    }

    private void vitalsLine(FxRobot robot, String line) {
        click(robot, "#vitalsLine");
        robot.push(KeyCode.CONTROL, KeyCode.A).write(line).type(KeyCode.ENTER);
        assertThat(fieldError(robot, "#vitalsLine")).as(line).isEmpty();
    }

    /**
     * ROLE-2 / principle 4: each button shown is enabled exactly when the service would take its
     * action now — asked of the same check the service makes, with the nurse at the chair.
     * Signature buttons follow the state only: the signer authenticates in the dialog.
     */
    private void buttonsFollowTheService(FxRobot robot) {
        SessionView v = view();
        Instant now = clinic.clock.instant();
        Map<String, SessionEvent> probes = Map.of(
                "#checkIn", new SessionEvent.CheckedIn(now, false),
                "#completeChecklist", new SessionEvent.ChecklistCompleted(now),
                "#giveDevice", new SessionEvent.DeviceGiven(v.snapshot().devicesGiven() + 1, now, "", "LOT-T1", true),
                "#moaas-5", new SessionEvent.SedationScored(now, 5),
                "#recordProblem", new SessionEvent.AdministrationProblem(SessionEvent.AdministrationProblem.Problem.VOMITED, "", now),
                "#abandon", new SessionEvent.Abandoned("reason", now),
                "#referEmergency", new SessionEvent.ReferredToEmergency("reason", now),
                "#signReadyToLeave", new SessionEvent.ReadyToLeaveSigned(now),
                "#discharge", new SessionEvent.Discharged(now));
        // The service also refuses a device without its lot or with the dots unchecked (ADM-1, ADM-3).
        boolean deviceReady = robot.lookup("#deviceLot").tryQuery().map(n -> !((javafx.scene.control.TextField) n).getText().isBlank())
                .orElse(false) && robot.lookup("#dotsChecked").tryQuery().map(n -> ((javafx.scene.control.CheckBox) n).isSelected())
                .orElse(false);
        probes.forEach((query, probe) -> robot.lookup(query).tryQuery().filter(SessionRobot::shown).ifPresent(button ->
                assertThat(!button.isDisabled()).as(query + " in " + v.snapshot().state())
                        .isEqualTo(v.allows(probe) && (!query.equals("#giveDevice") || deviceReady))));
    }

    private SessionView view() {
        return clinic.engine().view(clinic.nurse, clinic.sessionId).value();
    }

    /** Under Monocle a closed dialog leaves no window focused: give the keyboard back to the screen's window. */
    private void backToMainWindow(FxRobot robot) {
        robot.interact(stage::requestFocus);
    }

    private void tick(FxRobot robot) {
        robot.interact(clinic.screen::tick);
    }
}
