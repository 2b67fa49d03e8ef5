package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import org.vigil.domain.Language;
import org.vigil.domain.Role;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Sex;

/** DIS-3: what the advice needs from the records: the patient's language on the patient form, the clinic's number in administration. */
@ExtendWith(ApplicationExtension.class)
class AdviceLanguageScreenTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";

    @TempDir
    Path dir;
    private ShellFixture app;

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
        app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
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

    @Test
    @DisplayName("DIS-3 the administrator sets the clinic's number for the advice; a number with letters is refused next to the field, which keeps it")
    void clinicPhone(FxRobot robot) {
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#nav-administration");
        robot.clickOn("#tab-clinic");
        robot.clickOn("#clinicPhone").write("call us!");
        robot.clickOn("#saveClinicPhone");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText())
                .contains("Write the telephone number with digits"));
        assertThat(robot.lookup("#clinicPhone").queryAs(TextField.class).getText()).isEqualTo("call us!");
        Screenshots.save(app.scene, "clinic-phone-refused-en");

        robot.clickOn("#clinicPhone").eraseText(8).write("+44 113 496 0000");
        robot.clickOn("#saveClinicPhone");
        assertThat(robot.lookup("#clinicPhoneResult").queryAs(Label.class).getText()).isEqualTo(
                "Saved. The discharge advice now gives +44 113 496 0000.");
        assertThat(app.services.setup().clinic().orElseThrow().phone()).isEqualTo("+44 113 496 0000");
    }

    @Test
    @DisplayName("DIS-3 a nurse registers a patient who reads Chinese; the clinic's language is the default")
    @SuppressWarnings("unchecked")
    void patientLanguage(FxRobot robot) {
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-patients");
        robot.clickOn("#newPatient");
        ComboBox<Optional<Language>> language = robot.lookup("#preferredLanguage").queryComboBox();
        assertThat(language.getValue()).as("the clinic's language unless chosen").isEmpty();
        robot.clickOn("#mrn").write("RMC-00088");
        robot.clickOn("#familyName").write("Wang");
        robot.clickOn("#givenName").write("Fang");
        robot.clickOn("#dateOfBirth").write("1984-05-06");
        ComboBox<Sex> sex = robot.lookup("#sex").queryComboBox();
        ComboBox<ChildbearingPotential> childbearing = robot.lookup("#childbearing").queryComboBox();
        robot.interact(() -> {
            sex.setValue(Sex.FEMALE);
            childbearing.setValue(ChildbearingPotential.NO);
            language.setValue(Optional.of(Language.ZH_CN));
        });
        robot.clickOn("#idNumber").write("G12345678");
        robot.clickOn("#noAllergies");
        Screenshots.save(app.scene, "patient-language-en");
        robot.clickOn("#registerPatient");

        assertThat(robot.lookup("#patientName").queryAs(Label.class).getText()).isEqualTo("Wang, Fang");
        var nurse = ((org.vigil.service.LoginResult.Granted) app.services.accounts().login("nurse.li", NURSE_PASSWORD)).actor();
        assertThat(app.services.patients().search(nurse, "wang").value()).singleElement()
                .satisfies(p -> assertThat(p.patient().preferredLanguage()).contains(Language.ZH_CN));
    }
}
