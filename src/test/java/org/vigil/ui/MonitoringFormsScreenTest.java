package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.vigil.domain.Actor;
import org.vigil.domain.programme.QueuedForm;
import org.vigil.service.LoginResult;
import org.vigil.service.WorkstationPreferences;
import org.vigil.text.Messages;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.ui.report.MonitoringFormsModel;
import org.vigil.ui.report.MonitoringFormsView;
import org.vigil.ui.shell.AppShell;

/** PAT-6: the prescriber's queue of monitoring forms: deadlines highlighted, a form marked submitted after a confirmation. */
@ExtendWith(ApplicationExtension.class)
class MonitoringFormsScreenTest {

    @TempDir
    Path dir;
    private Stage stage;
    private SessionFixture clinic;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    /** Grace Lee's session of 30 November run to discharge in a clinic that joined the programme that morning. */
    private void dischargedInProgramme() {
        clinic = new SessionFixture(dir);
        Actor admin = ((LoginResult.Granted) clinic.services.accounts().login("admin", "harbour lights at dawn")).actor();
        clinic.dosed();
        clinic.services.settings().change(admin, "pat.riskProgrammeRequired", "YES", "Joined the risk programme").value();
        clinic.minutes(33);
        clinic.vitals(148, 90, 84, 97);
        clinic.moaas(5);
        clinic.minutes(80);
        clinic.vitals(132, 84, 78, 98);
        clinic.moaas(5);
        clinic.minutes(3);
        clinic.engine().transportArrived(clinic.nurse, clinic.sessionId, clinic.request()).value();
        clinic.engine().signReadyToLeave(clinic.prescriber, clinic.sessionId, SessionFixture.PRESCRIBER_PASSWORD, clinic.request()).value();
        clinic.engine().discharge(clinic.nurse, clinic.sessionId, clinic.request()).value();
    }

    private void show(FxRobot robot, Locale language) {
        robot.interact(() -> {
            UiContext ui = new UiContext(language, clinic.clock, ZoneOffset.UTC, Runnable::run, new WorkstationPreferences(dir));
            MonitoringFormsView view = new MonitoringFormsView(clinic.services, ui, () -> clinic.prescriber, (pdf, job, done) -> { });
            scene = new Scene(view.root(), 1000, 560);
            view.root().setStyle(Fonts.styleFor(ui.messages().locale()));
            AppShell.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<QueuedForm> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    @DisplayName("PAT-6 a form due soon is highlighted; 'mark submitted' asks first, then the row leaves the queue and shows who and when under Submitted")
    void markSubmitted(FxRobot robot) {
        dischargedInProgramme();
        clinic.clock.advance(Duration.ofDays(5));
        show(robot, Locale.ENGLISH);
        TableView<QueuedForm> open = table(robot, "#monitoringFormsOpen");
        assertThat(open.getItems()).singleElement().satisfies(q -> {
            assertThat(q.patientName()).isEqualTo("Lee, Grace");
            assertThat(q.deadline().daysLeft()).isEqualTo(2);
        });
        assertThat(robot.lookup(".row-due-soon").queryAll()).as("PAT-6 due within 2 days: highlighted").isNotEmpty();
        assertThat(robot.lookup("2 days left").tryQuery()).isPresent();
        robot.interact(() -> open.getSelectionModel().select(0));
        Screenshots.save(scene, "monitoring-forms-due-soon-en");

        robot.clickOn("#markMonitoringFormSubmitted");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(open.getItems()).as("the row leaves the queue").isEmpty();
        QueuedForm done = table(robot, "#monitoringFormsSubmitted").getItems().getFirst();
        assertThat(done.submitted().orElseThrow().by()).isEqualTo("Dr Wei Chen");
        assertThat(done.submitted().orElseThrow().at()).isEqualTo(clinic.clock.instant());
        assertThat(robot.lookup("#monitoringFormsMessage").queryAs(Label.class).getText()).startsWith("Marked submitted: Lee, Grace");
        robot.clickOn("#tab-submitted");
        Screenshots.save(scene, "monitoring-forms-submitted-en");
    }

    @Test
    @DisplayName("Save PDF… writes the form and offers to open it; the next answer takes the offer away")
    void savedFormOffersToOpen(FxRobot robot) throws Exception {
        dischargedInProgramme();
        java.nio.file.Path file = dir.resolve("form.pdf");
        MonitoringFormsModel[] model = new MonitoringFormsModel[1];
        robot.interact(() -> {
            UiContext ui = new UiContext(Locale.ENGLISH, clinic.clock, ZoneOffset.UTC, Runnable::run, new WorkstationPreferences(dir));
            model[0] = new MonitoringFormsModel(clinic.services, ui, () -> clinic.prescriber);
            model[0].load();
        });
        WaitForAsyncUtils.waitForFxEvents();
        QueuedForm form = model[0].open().getFirst();
        robot.interact(() -> model[0].save(form, file));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> model[0].savedProperty().get() != null);
        assertThat(model[0].savedProperty().get()).isEqualTo(file);
        assertThat(java.nio.file.Files.readAllBytes(file)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(model[0].messageProperty().get()).isEqualTo("Saved form.pdf.");

        robot.interact(() -> model[0].print(form, (pdf, job, done) -> done.accept(RegisterPrintModel.PrintResult.SENT)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> model[0].savedProperty().get() == null);
    }

    @Test
    @DisplayName("PAT-6 in Chinese: an overdue form takes the high alarm colour and says how late it is")
    void overdueInChinese(FxRobot robot) {
        dischargedInProgramme();
        clinic.clock.advance(Duration.ofDays(9));
        show(robot, Messages.CHINESE);
        assertThat(table(robot, "#monitoringFormsOpen").getItems()).singleElement()
                .satisfies(q -> assertThat(q.deadline().daysLeft()).isEqualTo(-2));
        assertThat(robot.lookup(".row-overdue").queryAll()).isNotEmpty();
        assertThat(robot.lookup("已逾期 2 天").tryQuery()).isPresent();
        Screenshots.save(scene, "monitoring-forms-overdue-zh");
    }
}
