package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.AuditEvent;
import org.vigil.service.PeriodClinic;
import org.vigil.text.Messages;

/**
 * The manager's Reports area over the seeded March of {@link PeriodClinic}: it opens on last
 * month's figures, in tables and charts, in English and Chinese, on a 1280×800 window; a nurse
 * has no Reports area; Print… without a printer says so and the print is audited once.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest {

    @TempDir
    Path dir;
    private ShellFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(Locale language) {
        try (PeriodClinic clinic = PeriodClinic.open(dir)) {
            assertThat(clinic.clinic.clock.instant()).isEqualTo(Instant.parse("2025-04-02T08:00:00Z"));
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            app = ShellFixture.restarted(stage, dir, language, Instant.parse("2025-04-02T08:00:00Z"));
        }));
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @DisplayName("BP-3 OBS-1 the manager's Reports area opens on March: sessions per nurse, late checks, referrals, outcomes and charts")
    void managerSeesLastMonth(FxRobot robot) throws Exception {
        open(Locale.ENGLISH);
        login(robot, "manager.shah", PeriodClinic.MANAGER_PASSWORD);
        robot.clickOn("#nav-reports");
        assertThat(robot.lookup("#reportMonth").queryComboBox().getValue()).hasToString("2025-03");
        assertThat(robot.lookup("#reportFrom").queryTextInputControl().getText()).isEqualTo("2025-03-01");
        assertThat(rows(robot, "#tablePerNurse")).containsExactly(List.of("Person nurse.li", "3"), List.of("Person nurse.wu", "2"));
        assertThat(rows(robot, "#tableLateChecks")).containsExactly(List.of("4 Mar 2025", "2", "Person nurse.wu", "12 min"),
                List.of("5 Mar 2025", "1", "Person nurse.li", "25 min"));
        assertThat(rows(robot, "#tableReferrals")).containsExactly(List.of("5 Mar 2025", "1", "Chest pain, ambulance called"));
        assertThat(rows(robot, "#tableDoses")).contains(List.of("Esketamine nasal spray 28 mg", "3", "7 devices", "196"));
        List<String> texts = SceneTexts.in(app.scene.getRoot());
        assertThat(texts).contains("Sessions held (patient checked in)", "5", "130 min", "19 min",
                "The clinic has not been in a risk programme, so it owes no monitoring forms.");
        assertThat(robot.lookup("#chartPerDay").tryQuery()).isPresent();
        assertThat(robot.lookup("#chartObservation").tryQuery()).isPresent();
        assertThat(robot.lookup("#chartOutcomes").tryQuery()).isPresent();
        assertThat(robot.lookup("#reportsToolbarExtras").tryQuery()).as("room for the other reports' buttons").isPresent();
        Screenshots.save(app.scene, "reports-march-en");
        whole(robot, "reports-march-en-all");
        assertThat(audit()).doesNotContain("PERIOD_REPORT_PRINTED");

        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reportMessage").queryLabeled().getText().contains("printer"));
        assertThat(robot.lookup("#reportMessage").queryLabeled().getText()).isEqualTo("No printer is set up on this computer. Save the PDF instead.");
        assertThat(audit()).containsOnlyOnce("PERIOD_REPORT_PRINTED");
    }

    @Test
    @DisplayName("Another month chosen shows its own figures: February had no sessions")
    void anotherMonth(FxRobot robot) {
        open(Locale.ENGLISH);
        login(robot, "manager.shah", PeriodClinic.MANAGER_PASSWORD);
        robot.clickOn("#nav-reports");
        ComboBox<java.time.YearMonth> month = robot.lookup("#reportMonth").queryComboBox();
        robot.interact(() -> month.getSelectionModel().select(java.time.YearMonth.of(2025, 2)));
        assertThat(robot.lookup("#reportUntil").queryTextInputControl().getText()).isEqualTo("2025-02-28");
        assertThat(robot.lookup("#tablePerNurse").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(robot.lookup("#reportAsOf").queryLabeled().getText()).contains("1 Feb 2025", "28 Feb 2025");
        robot.interact(() -> robot.lookup("#reportFrom").queryTextInputControl().setText("1 March"));
        robot.clickOn("#reportShow");
        assertThat(robot.lookup("#reportMessage").queryLabeled().getText()).isEqualTo("Write the date as YYYY-MM-DD.");
        assertThat(robot.lookup("#reportFrom").queryTextInputControl().getText()).as("what was typed stays").isEqualTo("1 March");
    }

    @Test
    @DisplayName("ROLE-1 a nurse has no Reports area and no monitoring forms; at day close the Clinic day prints the daily log, never the manager's batch")
    void nurseHasNoReports(FxRobot robot) {
        open(Locale.ENGLISH);
        login(robot, "nurse.li", "the trolley squeaks on the left");
        assertThat(robot.lookup("#nav-register").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-reports").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-monitoring_forms").tryQuery()).isEmpty();
        robot.clickOn("#nav-clinic_day");
        robot.clickOn("#dayReports");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportDayLog").tryQuery()).isPresent();
        assertThat(robot.lookup("#reportDaySessions").tryQuery().map(Node::isVisible)).contains(false);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    @DisplayName("PAT-6 a prescriber files the monitoring forms from their own area; the manager reaches the day's reports and the exports from Reports")
    void prescriberFormsManagerTools(FxRobot robot) {
        open(Locale.ENGLISH);
        login(robot, "drchen", "ginger tea before the first session");
        assertThat(robot.lookup("#nav-reports").tryQuery()).isEmpty();
        robot.clickOn("#nav-monitoring_forms");
        assertThat(robot.lookup("#monitoringForms").tryQuery()).isPresent();
        robot.clickOn("#logout");
        WaitForAsyncUtils.waitForFxEvents();

        login(robot, "manager.shah", PeriodClinic.MANAGER_PASSWORD);
        robot.clickOn("#nav-reports");
        robot.clickOn("#reportsDayReports");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportDaySessions").tryQuery().map(Node::isVisible)).contains(true);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reportsExport");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.listTargetWindows().getLast().getScene(), "reports-export-from-reports-en");
        assertThat(robot.lookup("#exportKind").tryQuery()).isPresent();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    @DisplayName("The Reports area in Chinese")
    void chinese(FxRobot robot) {
        open(Messages.CHINESE);
        login(robot, "manager.shah", PeriodClinic.MANAGER_PASSWORD);
        robot.clickOn("#nav-reports");
        assertThat(SceneTexts.in(app.scene.getRoot())).contains("诊所报表", "给药后血压检查（BP-3）", "130 分钟");
        assertThat(rows(robot, "#tableLateChecks").getFirst()).contains("12 分钟");
        Screenshots.save(app.scene, "reports-march-zh");
        whole(robot, "reports-march-zh-all");
    }

    /** The audit trail's actions, read as the manager (TestClinic's administrator has another password). */
    private List<String> audit() {
        var manager = ((org.vigil.service.LoginResult.Granted) app.services.accounts().login("manager.shah", PeriodClinic.MANAGER_PASSWORD))
                .actor();
        return app.services.integrity().latest(manager, Integer.MAX_VALUE).value().stream().map(AuditEvent::action).toList();
    }

    private static void login(FxRobot robot, String user, String password) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    /** The table's rows as its cells show them. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(FxRobot robot, String query) {
        TableView<List<String>> table = robot.lookup(query).queryAs(TableView.class);
        return List.copyOf(table.getItems());
    }

    /** The whole scrolling area, not only what fits the window, so every section can be looked at. */
    private void whole(FxRobot robot, String name) {
        Node figures = ((javafx.scene.control.ScrollPane) robot.lookup("#reportScroll").query()).getContent();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> figures.snapshot(null, null)));
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(out, "png", Path.of("target", "screenshots", name + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
