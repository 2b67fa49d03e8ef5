package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.dialogScene;
import static org.vigil.ui.SessionRobot.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
import org.vigil.domain.register.Discrepancy;
import org.vigil.service.DrugRegister;
import org.vigil.text.Messages;

/**
 * CD-6 as the staff meet it: a nurse counts the cupboard blind, a second nurse co-signs, the count
 * finds one device short and opens a discrepancy that blocks the next handover count; the manager
 * resolves it with an explanation and a signature. Screenshots of the count dialog and the counts
 * tab in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class CountScreenTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";
    private static final String NURSE2_PASSWORD = "the night shift counts twice";
    private static final String MANAGER_PASSWORD = "the monthly book balances";

    @TempDir
    Path dir;

    private ShellFixture app;

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
        Actor nurse = app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        Actor second = app.person("nurse.wang", "Wang Fang", NURSE2_PASSWORD, Set.of(Role.NURSE), false);
        app.person("manager", "Priya Shah", MANAGER_PASSWORD, Set.of(Role.MANAGER), false);
        DrugRegister register = app.services.register();
        long nasal = register.products(nurse).value().getFirst().id();
        register.receive(nurse, new DrugRegister.Receipt(nasal, "LOT-C1", LocalDate.ofInstant(app.clock.instant(), ZoneOffset.UTC)
                .plusYears(1), 10, "Harbour Pharmacy, 3 Quay Street", "HP-77"), second, NURSE2_PASSWORD).value();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    @DisplayName("CD-6 SIG-2 a blind count one short opens a discrepancy that blocks the handover count; the manager resolves it, signed")
    void blindCountAndResolution(FxRobot robot) {
        countOneShort(robot, "en");
        assertThat(text(robot, "#countsNotice")).contains("lot LOT-C1: register 10, counted 9");
        assertThat(discrepancies(robot)).singleElement().satisfies(d -> assertThat(d.open()).isTrue());

        robot.clickOn("#countStart");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> cosigner = robot.lookup("#witnessUser").queryAs(javafx.scene.control.ComboBox.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(cosigner.getEditor().getText()).as("SIG-2 the co-signer is never put forward as the nurse herself").isEmpty();
        assertThat(cosigner.getItems()).as("SIG-2 the people who may co-sign a count, not the nurse counting, not the manager")
                .contains("nurse.wang").doesNotContain("nurse.li", "manager");
        type(robot, "#count-LOT-C1", "9");
        type(robot, "#witnessUser", "nurse.wang");
        type(robot, "#witnessPassword", NURSE2_PASSWORD);
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#registerDialogError")).as("CD-6 no handover count while a discrepancy is open")
                .contains("must resolve them before the next handover count");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(b -> b instanceof Labeled l && "Cancel".equals(l.getText())).findFirst().orElseThrow());
        robot.clickOn("#logout");

        login(robot, "manager", MANAGER_PASSWORD);
        robot.clickOn("#nav-register");
        robot.clickOn("#tab-counts");
        assertThat(robot.lookup("#countStart").queryAs(Node.class).isVisible()).as("a manager does not count").isFalse();
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#resolveDiscrepancy");
        type(robot, "#resolveExplanation", "One device was in the returns tray; recounted with the manager.");
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#registerDialogError")).as("the manager's password is the signature").isNotEmpty();
        type(robot, "#resolvePassword", MANAGER_PASSWORD);
        robot.clickOn("#registerOk");
        assertThat(robot.lookup("#registerOk").tryQuery()).as("resolved: the dialog closed").isEmpty();
        assertThat(discrepancies(robot)).singleElement().satisfies(d -> {
            assertThat(d.open()).isFalse();
            assertThat(d.resolution().orElseThrow().resolver().name()).isEqualTo("Priya Shah");
        });
        Screenshots.save(app.scene, "register-counts-resolved-en");
    }

    @Test
    @DisplayName("CD-6 the count dialog and the counts tab in Chinese")
    void inChinese(FxRobot robot) {
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.CHINESE));
        countOneShort(robot, "zh");
        assertThat(text(robot, "#countsNotice")).contains("批号 LOT-C1：登记册 10，实盘 9");
    }

    @Test
    @DisplayName("CD-7 the register's Print… button opens the print dialog for the period")
    void printFromTheBook(FxRobot robot) {
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-register");
        robot.clickOn("#registerPrint");
        assertThat(robot.lookup("#printFrom").tryQuery()).as("the print dialog is open").isPresent();
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(b -> b instanceof Labeled l && "Close".equals(l.getText())).findFirst().orElseThrow());
        assertThat(robot.lookup("#printFrom").tryQuery()).isEmpty();
    }

    /** The nurse opens the count, sees no balance, types 9 for a lot the register holds 10 of, and the second nurse co-signs. */
    private void countOneShort(FxRobot robot, String suffix) {
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-register");
        robot.clickOn("#tab-counts");
        robot.clickOn("#countStart");
        assertThat(robot.lookup("#countSheet .label").queryAll()).as("CD-6 blind: the sheet shows no balance")
                .noneSatisfy(n -> assertThat(((Labeled) n).getText()).isEqualTo("10"));
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#countFiguresError")).as("every lot is counted").isNotEmpty();
        type(robot, "#count-LOT-C1", "9");
        type(robot, "#witnessUser", "nurse.wang");
        type(robot, "#witnessPassword", NURSE2_PASSWORD);
        Screenshots.save(dialogScene(robot), "register-count-dialog-" + suffix);
        robot.clickOn("#registerOk");
        assertThat(robot.lookup("#registerOk").tryQuery()).as("counted: the dialog closed").isEmpty();
        Screenshots.save(app.scene, "register-counts-" + suffix);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Discrepancy> table(FxRobot robot) {
        return robot.lookup("#discrepancyTable").queryAs(TableView.class);
    }

    private static java.util.List<Discrepancy> discrepancies(FxRobot robot) {
        return table(robot).getItems();
    }

    private static void login(FxRobot robot, String user, String password) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    private static void type(FxRobot robot, String query, String value) {
        javafx.scene.Node found = robot.lookup(query).query();
        // The co-signer is a drop-down that also takes a typed user name: type into its editor.
        TextInputControl field = found instanceof javafx.scene.control.ComboBox<?> choice ? choice.getEditor() : (TextInputControl) found;
        robot.interact(field::clear);
        robot.clickOn(field).write(value);
    }
}
