package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.click;
import static org.vigil.ui.SessionRobot.dialogScene;
import static org.vigil.ui.SessionRobot.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
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
import org.vigil.domain.Route;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.service.Checklists;
import org.vigil.service.DrugRegister;
import org.vigil.testing.Stockroom;

/**
 * CD-3 and CD-5 at the chair: the infusion starts from the lot the register proposes, and ends
 * only when a second user has witnessed the waste of what was drawn and not given.
 */
@ExtendWith(ApplicationExtension.class)
class InfusionScreenTest {

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

    @Test
    @DisplayName("CD-3 CD-5 the infusion takes a vial of the proposed lot; ending it asks a witness, and the waste is in the register")
    void infusionWithWitnessedWaste(FxRobot robot) {
        walk(robot, Locale.ENGLISH, "en");
        DrugRegister.Line waste = clinic.services.register().books(clinic.nurse).value().stream().flatMap(b -> b.lines().stream())
                .filter(l -> l.entry().kind() == EntryKind.WASTE).findFirst().orElseThrow();
        assertThat(waste.entry().content().method()).isEqualTo("Discarded into the controlled-drug waste container");
        assertThat(waste.signatures()).extracting(s -> s.meaning()).contains(SignatureMeaning.WITNESSED);
        assertThat(text(robot, "#infusionStored")).contains("LOT-IV1");
    }

    @Test
    @DisplayName("CD-5 the same in Chinese: the waste method and the witness's meaning read in Chinese")
    void infusionInChinese(FxRobot robot) {
        walk(robot, Locale.SIMPLIFIED_CHINESE, "zh");
        assertThat(clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().infusionStop()).isPresent();
    }

    private void walk(FxRobot robot, Locale language, String suffix) {
        clinic = new SessionFixture(dir, Route.IV);
        clinic.engine().startSession(clinic.nurse, clinic.sessionId, clinic.request()).value();
        Checklists.answerAllSafely(clinic.engine(), clinic.nurse, clinic.sessionId, clinic.clock.instant(), clinic.request());
        clinic.engine().completeChecklist(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().recordBaseline(clinic.nurse, clinic.sessionId, 128, 82, 76, 98, null, clinic.request()).value();
        clinic.engine().authoriseDose(clinic.prescriber, clinic.sessionId, new BigDecimal("31"), Route.IV, 40, null,
                SessionFixture.PRESCRIBER_PASSWORD, clinic.request()).value();
        robot.interact(() -> clinic.show(stage, language));

        assertThat(robot.lookup("#infusionLot").queryAs(TextField.class).getText()).as("ADM-3 the register's lot").isEqualTo(Stockroom.IV_LOT);
        robot.interact(() -> robot.lookup("#infusionRate").queryAs(TextField.class).setText("60"));
        click(robot, "#startInfusion");
        assertThat(clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().infusion()).isPresent();

        clinic.minutes(40);
        robot.interact(() -> {
            robot.lookup("#infusionVolume").queryAs(TextField.class).setText("39");
            robot.lookup("#infusionResidual").queryAs(TextField.class).setText("1");
        });
        Screenshots.save(clinic.scene, "infusion-end-" + suffix);
        click(robot, "#endInfusion");
        assertThat(robot.lookup("#signerUser").<String>queryComboBox().getEditor().getText()).as("the witness types their own name").isEmpty();
        assertThat(robot.lookup("#signerUser").<String>queryComboBox().getItems()).as("CD-5 a witness is someone else").containsExactly("drchen");
        assertThat(text(robot, "#signatureMeaning")).contains("1");
        Screenshots.save(dialogScene(robot), "infusion-witness-" + suffix);
        robot.interact(() -> robot.lookup("#signerUser").<String>queryComboBox().getEditor().setText("nurse.li"));
        robot.clickOn("#signerPassword").write(SessionFixture.NURSE_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(robot.lookup("#signOk").tryQuery()).as("SIG-2 the nurse ending the infusion cannot witness it").isPresent();
        assertThat(clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().infusionStop()).isEmpty();

        robot.interact(() -> robot.lookup("#signerUser").<String>queryComboBox().getEditor().setText("drchen"));
        robot.clickOn("#signerPassword").write(SessionFixture.PRESCRIBER_PASSWORD);
        robot.clickOn("#signOk");
        assertThat(robot.lookup("#signOk").tryQuery()).as("witnessed: the dialog has closed").isEmpty();
        assertThat(clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().infusionStop()).isPresent();
        Screenshots.save(clinic.scene, "infusion-ended-" + suffix);
    }
}
