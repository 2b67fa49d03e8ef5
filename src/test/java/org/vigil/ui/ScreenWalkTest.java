package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.application.Platform;
import javafx.scene.Node;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.demo.DemoClinic;
import org.vigil.text.Messages;

/**
 * Issue 15, item 7: every screen at 1280×800, in English and in Chinese, as the people who see it, with
 * no text cut off ("Overr…"). The demo clinic fills the screens: a morning in progress with six chairs at
 * different points. A screenshot of each screen in each language goes to target/screenshots/walk/.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenWalkTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Messages.CHINESE);

    @TempDir
    Path dir;

    private Stage stage;
    private ShellFixture app;
    private final List<String> findings = new ArrayList<>();
    private final Set<String> walked = new LinkedHashSet<>();
    private final Set<String> areasSeen = new java.util.HashSet<>();
    private final Set<String> notOpened = new LinkedHashSet<>();

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

    @Test
    @DisplayName("Every screen, in English and Chinese, as each role sees it: no label, button, tab, header or cell is cut off")
    void nothingIsClipped(FxRobot robot) {
        robot.interact(() -> app = ShellFixture.demo(stage, dir.resolve("demo"), Locale.ENGLISH));
        for (Locale language : LANGUAGES) {
            String lang = language.equals(Locale.ENGLISH) ? "en" : "zh";
            chooseLanguage(robot, language);
            check(robot, "login", lang);

            logIn(robot, "drchen");
            walkAreas(robot, lang, "prescriber");
            walkSessions(robot, lang);
            walkPatients(robot, lang);
            logOut(robot);

            logIn(robot, "nurse.li");
            walkAreas(robot, lang, "nurse");
            walkNurseDialogs(robot, lang);
            logOut(robot);

            logIn(robot, "manager");
            walkAreas(robot, lang, "manager");
            robot.interact(() -> robot.lookup("#nav-reports").queryAs(ToggleButton.class).fire());
            checkDialog(robot, "#reportsDayReports", "day-reports-dialog", lang);
            checkDialog(robot, "#reportsExport", "export-dialog", lang);
            robot.interact(() -> robot.lookup("#nav-register").queryAs(ToggleButton.class).fire());
            checkDialog(robot, "#registerPrint", "register-print-dialog", lang);

            logOut(robot);

            logIn(robot, "admin");
            walkAreas(robot, lang, "admin");
            robot.interact(() -> app.shell.lock("walk"));
            check(robot, "lock", lang);
            unlock(robot, "admin");
            logOut(robot);
        }
        robot.interact(() -> {
            app.close();
            app = ShellFixture.fresh(stage, dir.resolve("fresh"));
        });
        for (Locale language : LANGUAGES) {
            chooseLanguage(robot, language);
            check(robot, "first-run", language.equals(Locale.ENGLISH) ? "en" : "zh");
        }

        assertThat(walked).as("screens walked").hasSizeGreaterThan(70);
        assertThat(notOpened).as("dialogs the walk could not open").isEmpty();
        assertThat(walked).as("dialogs walked").contains("signature-dialog-en", "signature-dialog-zh", "screening-dialog-zh",
                "export-dialog-zh", "register-print-dialog-zh");
        for (String dialog : List.of("receipt-dialog", "waste-dialog", "correction-dialog", "count-dialog", "course-start-dialog",
                "booking-dialog")) {
            assertThat(walked).as("dialogs walked").contains(dialog + "-en", dialog + "-zh");
        }
        List<String> unexpected = List.copyOf(findings);
        assertThat(unexpected).as("text cut off (screen | language | control and its whole text)").isEmpty();
    }

    private void walkAreas(FxRobot robot, String lang, String role) {
        List<ToggleButton> nav = robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().toList();
        for (ToggleButton area : nav) {
            String name = area.getId().substring("nav-".length());
            robot.interact(area::fire);
            settle(robot);
            // An area with the same tabs looks the same to every role that opens it (the manager's register has
            // a products tab, so it is walked again); the nurses' own board is seen as a nurse too.
            String tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().flatMap(p -> p.getTabs().stream())
                    .map(t -> String.valueOf(t.getId())).sorted().toList().toString();
            if (!areasSeen.add(lang + name + tabs) && !(role.equals("nurse") && name.equals("board"))) {
                continue;
            }
            checkWithTabs(robot, role + "-" + name, lang);
        }
    }

    /**
     * The dialogs a nurse fills in at the cupboard and at the desk: receiving stock, wasting it, correcting an
     * entry and the handover count (each with its witness), and booking a patient's next session.
     */
    private void walkNurseDialogs(FxRobot robot, String lang) {
        robot.interact(() -> robot.lookup("#nav-register").queryAs(ToggleButton.class).fire());
        settle(robot);
        selectTab(robot, "tab-book");
        checkDialog(robot, "#registerReceive", "receipt-dialog", lang);
        checkDialog(robot, "#registerWaste", "waste-dialog", lang);
        TableView<?> book = robot.lookup("#registerTable").queryAs(TableView.class);
        robot.interact(() -> book.getSelectionModel().select(0));
        settle(robot);
        checkDialog(robot, "#registerCorrect", "correction-dialog", lang);
        selectTab(robot, "tab-counts");
        checkDialog(robot, "#countStart", "count-dialog", lang);

        robot.interact(() -> robot.lookup("#nav-clinic_day").queryAs(ToggleButton.class).fire());
        settle(robot);
        TableView<?> day = robot.lookup("#dayTable").queryAs(TableView.class);
        Button bookSession = robot.lookup("#bookSession").queryButton();
        for (int row = 0; row < day.getItems().size() && bookSession.isDisabled(); row++) {
            int index = row;
            robot.interact(() -> day.getSelectionModel().select(index));
        }
        settle(robot);
        checkDialog(robot, "#bookSession", "booking-dialog", lang);
    }

    /** Each chair of the demo's morning: a session in every step, the discharge panel among them. */
    private void walkSessions(FxRobot robot, String lang) {
        robot.interact(() -> robot.lookup("#nav-board").queryAs(ToggleButton.class).fire());
        for (int chair = 1; chair <= 6; chair++) {
            if (robot.lookup("#chair-" + chair).tryQuery().isEmpty()) {
                continue;
            }
            robot.clickOn("#chair-" + chair);
            settle(robot);
            if (robot.lookup("#sessionScreen").tryQuery().isPresent()) {
                checkWithTabs(robot, "session-chair-" + chair, lang);
                if (robot.lookup("#signReadyToLeave").tryQuery().filter(n -> n.isVisible() && !n.isDisabled()).isPresent()
                        && !walked.contains("signature-dialog-" + lang)) {
                    checkDialog(robot, "#signReadyToLeave", "signature-dialog", lang);
                }
                robot.interact(() -> robot.lookup("#backToBoard").queryAs(ButtonBase.class).fire());
                settle(robot);
                assertThat(robot.lookup("#mainView").tryQuery()).as("back on the board after chair " + chair + ", locked: "
                        + app.shell.locked()).isPresent();
            }
        }
    }

    private void walkPatients(FxRobot robot, String lang) {
        robot.interact(() -> robot.lookup("#nav-patients").queryAs(ToggleButton.class).fire());
        settle(robot);
        TableView<?> patients = robot.lookup("#patientsTable").queryAs(TableView.class);
        for (int row = 0; row < Math.min(2, patients.getItems().size()); row++) {
            int index = row;
            robot.interact(() -> patients.getSelectionModel().select(index));
            robot.interact(() -> robot.lookup("#openPatient").queryAs(Button.class).fire());
            settle(robot);
            checkWithTabs(robot, "patient-" + row, lang);
            if (row == 0) {
                selectTab(robot, "tab-screening");
                checkDialog(robot, "#newScreening", "screening-dialog", lang);
                selectTab(robot, "tab-courses");
                checkDialog(robot, "#startCourse", "course-start-dialog", lang);
            }
            robot.interact(() -> robot.lookup("#backToPatients").queryAs(ButtonBase.class).fire());
            settle(robot);
        }
        robot.interact(() -> robot.lookup("#newPatient").queryAs(ButtonBase.class).fire());
        settle(robot);
        check(robot, "registration", lang);
        robot.interact(() -> robot.lookup("#cancelRegistration").queryAs(ButtonBase.class).fire());
        settle(robot);
    }

    /** The screen, then each tab of each tab pane on it in turn (nested ones too). */
    private void checkWithTabs(FxRobot robot, String screen, String lang) {
        check(robot, screen, lang);
        Set<Tab> seen = new java.util.HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (TabPane pane : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
                if (!pane.isVisible() || pane.getScene() == null) {
                    continue;
                }
                for (Tab tab : List.copyOf(pane.getTabs())) {
                    if (seen.add(tab)) {
                        robot.interact(() -> pane.getSelectionModel().select(tab));
                        settle(robot);
                        String id = tab.getId() != null ? tab.getId() : "tab" + pane.getTabs().indexOf(tab);
                        check(robot, screen + "-" + id, lang);
                        more = true;
                    }
                }
            }
        }
    }

    private void check(FxRobot robot, String screen, String lang) {
        check(robot, app.scene, screen, lang);
    }

    private void check(FxRobot robot, javafx.scene.Scene scene, String screen, String lang) {
        settle(robot);
        List<ClippedText.Clip> clips = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> ClippedText.under(scene.getRoot())));
        for (ClippedText.Clip clip : clips) {
            String finding = screen + " | " + lang + " | " + clip;
            if (!findings.contains(finding)) {
                findings.add(finding);
            }
        }
        if (walked.add(screen + "-" + lang)) {
            Screenshots.save(scene, "walk/" + screen + "-" + lang);
        }
    }

    /**
     * A dialog the button opens: checked in its own window, then closed unanswered. Fired outside the robot's
     * wait, because the dialog's showAndWait holds the JavaFX thread in a nested loop until it closes.
     */
    private void checkDialog(FxRobot robot, String button, String screen, String lang) {
        ButtonBase opener = robot.lookup(button).tryQuery().filter(n -> n instanceof ButtonBase).map(n -> (ButtonBase) n)
                .filter(b -> b.isVisible() && !b.isDisabled()).orElse(null);
        if (opener == null) {
            notOpened.add(screen + "-" + lang);
            return;
        }
        Set<Window> before = Set.copyOf(Window.getWindows());
        Platform.runLater(opener::fire);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage && !before.contains(w) && w.isShowing()));
        } catch (java.util.concurrent.TimeoutException e) {
            notOpened.add(screen + "-" + lang);
            return;
        }
        Window dialog = Window.getWindows().stream().filter(w -> w instanceof Stage && !before.contains(w) && w.isShowing())
                .findFirst().orElseThrow();
        settle(robot);
        check(robot, dialog.getScene(), screen, lang);
        robot.interact(dialog::hide);
        settle(robot);
    }

    private void selectTab(FxRobot robot, String tabId) {
        for (TabPane pane : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
            pane.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> robot.interact(() -> pane.getSelectionModel().select(t)));
        }
        settle(robot);
    }

    private void chooseLanguage(FxRobot robot, Locale language) {
        ComboBox<Locale> chooser = robot.lookup("#language").queryComboBox();
        robot.interact(() -> chooser.setValue(language));
        settle(robot);
    }

    private void logIn(FxRobot robot, String username) {
        robot.interact(() -> {
            robot.lookup("#username").queryAs(TextField.class).setText(username);
            robot.lookup("#password").queryAs(TextField.class).setText(DemoClinic.PASSWORD);
            robot.lookup("#login").queryAs(Button.class).fire();
        });
        settle(robot);
        assertThat(robot.lookup("#mainView").tryQuery()).as("logged in as " + username).isPresent();
    }

    private void unlock(FxRobot robot, String username) {
        robot.interact(() -> {
            robot.lookup("#unlockUsername").queryAs(TextField.class).setText(username);
            robot.lookup("#unlockPassword").queryAs(TextField.class).setText(DemoClinic.PASSWORD);
            robot.lookup("#unlock").queryAs(Button.class).fire();
        });
        settle(robot);
        assertThat(app.shell.locked()).isFalse();
    }

    private void logOut(FxRobot robot) {
        robot.interact(() -> robot.lookup("#logout").queryAs(Button.class).fire());
        settle(robot);
        assertThat(robot.lookup("#login").tryQuery()).isPresent();
    }

    private static void settle(FxRobot robot) {
        robot.interact(() -> { });
        WaitForAsyncUtils.waitForFxEvents();
    }

}
