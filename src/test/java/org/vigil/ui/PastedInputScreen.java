package org.vigil.ui;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Sex;

/**
 * Issue 14, item 7, as a nurse meets it: a weight pasted as "1e+10000000" and a birth year typed
 * as -999999999 on the registration form. Each is a message next to its field at once; before,
 * the first froze the window for ten seconds and the second was saved.
 */
final class PastedInputScreen {

    private PastedInputScreen() {}

    /** Fills the form with the pasted values, registers, and returns the messages next to the fields. */
    static List<String> registerWithPastedValues(FxRobot robot, ShellFixture app, String screenshot) {
        robot.clickOn("#nav-patients");
        robot.clickOn("#newPatient");
        robot.clickOn("#mrn").write("RMC-07001");
        robot.clickOn("#familyName").write("Okafor");
        robot.clickOn("#givenName").write("Grace");
        robot.clickOn("#dateOfBirth").write("1980-06-15");
        ComboBox<Sex> sex = robot.lookup("#sex").queryComboBox();
        robot.interact(() -> sex.setValue(Sex.MALE));
        robot.clickOn("#idNumber").write("P1900001");
        robot.clickOn("#weight").write("1e+10000000");
        robot.clickOn("#weighedOn").write("2026-11-30");
        robot.clickOn("#noAllergies");
        ComboBox<ChildbearingPotential> childbearing = robot.lookup("#childbearing").queryComboBox();
        robot.interact(() -> childbearing.setValue(ChildbearingPotential.NO));
        // The time it takes is the fuzz suite's to check (TypedInputProperties, 50 ms): here, on a shared machine, only the words.
        robot.clickOn("#registerPatient");
        List<String> weightErrors = errors(robot);
        Screenshots.save(app.scene, screenshot + "-weight");

        TextField weight = robot.lookup("#weight").queryAs(TextField.class);
        TextField born = robot.lookup("#dateOfBirth").queryAs(TextField.class);
        robot.interact(() -> {
            weight.setText("72.5");
            born.setText("-999999999-01-01");
        });
        robot.clickOn("#registerPatient");
        List<String> birthErrors = errors(robot);
        Screenshots.save(app.scene, screenshot + "-birth-date");
        return List.of(String.join(" | ", weightErrors), String.join(" | ", birthErrors));
    }

    static void login(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    private static List<String> errors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().filter(Label::isVisible).map(Label::getText)
                .filter(t -> !t.isBlank()).toList();
    }
}
