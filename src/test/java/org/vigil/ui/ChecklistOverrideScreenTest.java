package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.click;
import static org.vigil.ui.SessionRobot.dialogScene;
import static org.vigil.ui.SessionRobot.enabled;
import static org.vigil.ui.SessionRobot.fieldError;
import static org.vigil.ui.SessionRobot.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.Scene;
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
import org.vigil.domain.Outcome;
import org.vigil.domain.course.Indication;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.service.Checklists;
import org.vigil.service.Courses;
import org.vigil.service.Registration;
import org.vigil.service.WorkstationPreferences;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.session.SessionScreen;
import org.vigil.ui.shell.AppShell;

/**
 * Issue 10 point 6 at the chair: a pregnant answer (PAT-4) waits for the prescriber, who signs an
 * override with a reason (PAT-2, SIG-2) from the row; a PPD dose after delivery asks the cord-clamp
 * time and breastfeeding instead (SCH-4). Screenshots in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistOverrideScreenTest {

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
    @DisplayName("PAT-4 a nurse records 'pregnant'; the prescriber signs the override with a reason from the row; the checklist completes")
    void pregnantOverriddenAtTheChair(FxRobot robot) {
        walk(robot, Locale.ENGLISH, "en");
        assertThat(text(robot, "#stored-NOT_PREGNANT")).contains("No", "overridden by Dr Wei Chen at 08:00",
                "12 weeks; obstetric team agrees");
    }

    @Test
    @DisplayName("PAT-4 the same walk in Chinese, every word from the Chinese bundle")
    void pregnantOverriddenInChinese(FxRobot robot) {
        walk(robot, Locale.SIMPLIFIED_CHINESE, "zh");
        assertThat(text(robot, "#stored-NOT_PREGNANT")).contains("否", "由 Dr Wei Chen 于 08:00 豁免");
    }

    private void walk(FxRobot robot, Locale language, String suffix) {
        clinic.engine().startSession(clinic.nurse, clinic.sessionId, clinic.request()).value();
        for (ChecklistItem item : PreDoseChecklist.items(false)) {
            if (item != ChecklistItem.NOT_PREGNANT) {
                clinic.engine().answerChecklist(clinic.nurse, clinic.sessionId, Checklists.safe(item, clinic.clock.instant()),
                        clinic.request()).value();
            }
        }
        robot.interact(() -> clinic.show(stage, language));
        assertThat(robot.lookup("#override-NOT_PREGNANT").queryAs(Node.class).isVisible()).as("nothing to override yet").isFalse();

        click(robot, "#no-NOT_PREGNANT");
        boolean english = language == Locale.ENGLISH;
        assertThat(text(robot, "#stored-NOT_PREGNANT")).contains(english
                ? "Pregnant: a prescriber must sign an override with a reason for this session" : "妊娠：给药前须由处方医师为本次治疗签名豁免");
        assertThat(enabled(robot, "#completeChecklist")).as("PAT-4 waits for the prescriber").isFalse();
        assertThat(text(robot, "#completeChecklistWhy")).isEqualTo(text(robot, "#stored-NOT_PREGNANT").replaceAll("^.* — ", ""));
        assertThat(enabled(robot, "#override-NOT_PREGNANT")).isTrue();
        assertThat(enabled(robot, "#override-NO_NEW_CONTRAINDICATION")).as("PAT-1 has no override").isFalse();
        Screenshots.save(clinic.scene, "checklist-pregnant-waits-" + suffix);

        click(robot, "#override-NOT_PREGNANT");
        assertThat(text(robot, "#signatureMeaning")).contains(english
                ? "Override at the chair (PAT-4): Pregnancy reported; go on with this session's dose for Lee, Grace" : "床旁豁免（PAT-4）：已报告妊娠");
        assertThat(text(robot, "#screeningDecision")).as("the course-level decision, shown to the prescriber")
                .isEqualTo(english ? "Screening of 30 Nov 2026 did not record Pregnancy: it is new since screening."
                        : "筛查（2026年11月30日）未记录妊娠：此情况为筛查后新出现。");
        robot.clickOn("#checklistOverrideReason").write("12 weeks; obstetric team agrees benefit outweighs risk");
        Screenshots.save(dialogScene(robot), "checklist-override-dialog-" + suffix);
        ComboBox<String> signer = robot.lookup("#signerUser").queryComboBox();
        assertThat(signer.getEditor().getText()).as("issue 15: the nurse at the keyboard cannot sign an override: not put forward").isEmpty();
        assertThat(signer.getItems()).as("SIG-1 the clinic's prescribers are offered").containsExactly("drchen");
        robot.clickOn("#signerUser").write("nurse.li");
        robot.clickOn("#signerPassword").write(SessionFixture.NURSE_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(text(robot, "#signatureError")).as("ROLE-2 a nurse cannot override, said of people, not permission keys")
                .isEqualTo(english ? "Only a prescriber can sign this. The attempt has been recorded." : "只有处方医师可以签署此项。此次尝试已被记录。");
        robot.clickOn("#checklistOverrideReason").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.DELETE);
        robot.clickOn("#signerUser").push(KeyCode.CONTROL, KeyCode.A).write("drchen");
        robot.clickOn("#signerPassword").write(SessionFixture.PRESCRIBER_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(fieldError(robot, "#checklistOverrideReason")).as("PAT-2 a reason is required").isNotEmpty();
        assertThat(robot.lookup("#signOk").tryQuery()).as("the dialog stays").isPresent();
        robot.clickOn("#checklistOverrideReason").write("12 weeks; obstetric team agrees benefit outweighs risk");
        robot.clickOn("#signOk");
        assertThat(robot.lookup("#signOk").tryQuery()).as("signed: the dialog has closed").isEmpty();
        robot.interact(stage::requestFocus);

        assertThat(robot.lookup("#override-NOT_PREGNANT").queryAs(Node.class).isVisible()).as("overridden").isFalse();
        assertThat(enabled(robot, "#completeChecklist")).isTrue();
        Screenshots.save(clinic.scene, "checklist-pregnant-overridden-" + suffix);
        click(robot, "#completeChecklist");
        assertThat(clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().checklistDone()).isTrue();
    }

    @Test
    @DisplayName("SCH-4 a PPD dose after delivery: the chair asks the cord-clamp time and breastfeeding, not pregnancy")
    void ppdAfterDelivery(FxRobot robot) {
        long session = ppdSession();
        Scene scene = showSession(robot, session, Locale.ENGLISH);
        assertThat(robot.lookup("#row-NOT_PREGNANT").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#row-DELIVERY_CORD_CLAMPED").queryAs(Node.class).isVisible()).isTrue();
        click(robot, "#time-DELIVERY_CORD_CLAMPED");
        robot.write("08:20").type(KeyCode.ENTER);
        assertThat(text(robot, "#error-DELIVERY_CORD_CLAMPED")).isEqualTo(
                "The dose is given after cord clamping (SCH-4): the clamp time cannot be in the future.");
        click(robot, "#time-DELIVERY_CORD_CLAMPED");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("07:42").type(KeyCode.ENTER);
        assertThat(text(robot, "#stored-DELIVERY_CORD_CLAMPED")).startsWith("✓ 07:42");
        click(robot, "#no-NOT_BREASTFEEDING");
        assertThat(text(robot, "#stored-NOT_BREASTFEEDING")).contains("Breastfeeding: a prescriber must sign an override");
        assertThat(enabled(robot, "#override-NOT_BREASTFEEDING")).isTrue();
        click(robot, "#row-DELIVERY_CORD_CLAMPED");
        Screenshots.save(scene, "checklist-ppd-en");
        click(robot, "#override-NOT_BREASTFEEDING");
        assertThat(text(robot, "#screeningDecision")).startsWith("Screening of 30 Nov 2026: Breastfeeding overridden by Dr Wei Chen");
        robot.type(KeyCode.ESCAPE);

        Scene zh = showSession(robot, session, Locale.SIMPLIFIED_CHINESE);
        assertThat(text(robot, "#stored-NOT_BREASTFEEDING")).contains("哺乳：给药前须由处方医师");
        robot.interact(() -> SessionRobot.scrollIntoView(robot.lookup("#row-DELIVERY_CORD_CLAMPED").query()));
        Screenshots.save(zh, "checklist-ppd-zh");
    }

    /** Mei Lin at caesarean for the single PPD dose: screened pregnant and breastfeeding, overridden by Dr Chen; checked in. */
    private long ppdSession() {
        LocalDate today = LocalDate.ofInstant(SessionFixture.MORNING, ZoneOffset.UTC);
        Patient mei = new Patient("RMC-00402", new PersonName("Lin", "Mei"), LocalDate.parse("1992-08-03"), Sex.FEMALE, null, null,
                "ID-RMC-00402", Optional.of(new org.vigil.domain.patient.Weight(new java.math.BigDecimal("71.5"), today)), Allergies.NONE_KNOWN, Optional.empty(),
                new Childbearing(ChildbearingPotential.YES, false, ""), "");
        long patientId = ((Registration.Saved) clinic.services.patients().register(clinic.nurse, mei, false).value()).patient().id();
        Screening screening = new Screening(today, Set.of(), PregnancyStatus.PREGNANT, true, java.util.Map.of(
                org.vigil.domain.patient.Contraindication.BREASTFEEDING, new org.vigil.domain.patient.PrescriberDecision(
                        clinic.prescriber.userId(), clinic.prescriber.fullName(), clinic.clock.instant(), "Wishes to breastfeed; infant observed")),
                Optional.empty(), Optional.empty());
        clinic.services.screenings().record(clinic.prescriber, patientId, screening).value();
        Outcome<Courses.Started> start = clinic.services.courses().start(clinic.prescriber, patientId, Indication.PPD_PREVENTION, Route.IV, "", today);
        assertThat(start).as("PPD course").isInstanceOf(Outcome.Done.class);
        long course = start.value().course().id();
        long session = clinic.services.clinicDay().book(clinic.nurse, course, today, 4).value().sessionId();
        clinic.engine().startSession(clinic.nurse, session, clinic.request()).value();
        for (ChecklistItem item : PreDoseChecklist.items(true)) {
            if (item != ChecklistItem.DELIVERY_CORD_CLAMPED && item != ChecklistItem.NOT_BREASTFEEDING) {
                clinic.engine().answerChecklist(clinic.nurse, session, ChecklistAnswer.clear(item,
                        clinic.clock.instant().minus(java.time.Duration.ofHours(6)), "Ward 5 transfer"), clinic.request()).value();
            }
        }
        return session;
    }

    /** The session screen for another session than the fixture's own, as SessionFixture.show builds it. */
    private Scene showSession(FxRobot robot, long session, Locale language) {
        UiContext ui = new UiContext(language, clinic.clock, ZoneOffset.UTC, Runnable::run, new WorkstationPreferences(dir));
        Scene[] made = new Scene[1];
        robot.interact(() -> {
            SessionScreen screen = clinic.screen(ui, session, () -> { });
            made[0] = new Scene(screen.root(), 1280, 800);
            screen.root().setStyle(Fonts.styleFor(ui.messages().locale()));
            AppShell.style(made[0]);
            stage.setScene(made[0]);
            stage.show();
        });
        return made[0];
    }
}
