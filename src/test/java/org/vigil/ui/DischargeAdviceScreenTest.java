package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.click;
import static org.vigil.ui.SessionRobot.enabled;
import static org.vigil.ui.SessionRobot.text;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven;
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven.AdviceHandover;
import org.vigil.report.PrintedPdf;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.ui.report.ReportOutput;
import org.vigil.ui.session.SessionScreen;
import org.vigil.ui.shell.AppShell;

/** DIS-3 at the discharge gate: the prompt, the printed handout and the spoken advice, recorded with the session. */
@ExtendWith(ApplicationExtension.class)
class DischargeAdviceScreenTest {

    @TempDir
    Path dir;
    private Stage stage;
    private SessionFixture clinic;
    private final List<PrintedPdf> printed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    /** A printer that takes every job, as the operating system's would once the nurse presses Print. */
    private final RegisterPrintModel.Printer printer = (pdf, job, done) -> {
        printed.add(pdf);
        done.accept(RegisterPrintModel.PrintResult.SENT);
    };

    private void show(FxRobot robot, Locale language) {
        robot.interact(() -> {
            UiContext ui = new UiContext(language, clinic.clock, ZoneOffset.UTC, Runnable::run, new WorkstationPreferences(dir));
            clinic.floor = new org.vigil.ui.board.FloorModel(clinic.services, ui, () -> clinic.nurse);
            clinic.floor.reload();
            clinic.screen = new SessionScreen(clinic.services, ui, () -> clinic.nurse, clinic.floor, clinic.sessionId, () -> { },
                    new ReportOutput(printer, (file, done) -> done.accept(false)));
            clinic.scene = new Scene(clinic.screen.root(), 1280, 800);
            clinic.screen.root().setStyle(Fonts.styleFor(ui.messages().locale()));
            AppShell.style(clinic.scene);
            stage.setScene(clinic.scene);
            stage.show();
        });
    }

    private DischargeAdviceGiven advice() {
        return clinic.engine().view(clinic.nurse, clinic.sessionId).value().snapshot().dischargeAdvice().orElseThrow();
    }

    private void scrollToAdvice(FxRobot robot) {
        robot.interact(() -> SessionRobot.scrollIntoView(robot.lookup("#dischargeAdviceBox").query()));
    }

    @Test
    @DisplayName("DIS-3 once the dose is in the gate prompts for the advice; 'explained, patient understood' records it with the nurse's name and the time")
    void acknowledged(FxRobot robot) {
        clinic = new SessionFixture(dir);
        clinic.dosed();
        show(robot, Locale.ENGLISH);
        scrollToAdvice(robot);
        assertThat(text(robot, "#dischargeAdviceStatus")).startsWith("Discharge advice not yet given");
        assertThat(enabled(robot, "#dischargeAdviceAcknowledged")).isTrue();
        assertThat(enabled(robot, "#discharge")).as("DIS-3 is a prompt: the discharge waits for DIS-1, not for the advice").isFalse();
        Screenshots.save(clinic.scene, "discharge-advice-prompt-en");

        click(robot, "#dischargeAdviceAcknowledged");

        DischargeAdviceGiven given = advice();
        assertThat(given.handover()).isEqualTo(AdviceHandover.ACKNOWLEDGED);
        assertThat(given.userName()).isEqualTo("Li Na");
        assertThat(given.language()).isEqualTo(Language.EN);
        assertThat(text(robot, "#dischargeAdviceStatus")).isEqualTo("Advice explained by Li Na at 08:07 (English); the patient said they understood.");
        assertThat(enabled(robot, "#dischargeAdviceAcknowledged")).as("recorded once").isFalse();
        scrollToAdvice(robot);
        Screenshots.save(clinic.scene, "discharge-advice-given-en");
    }

    @Test
    @DisplayName("DIS-3 in Chinese: 'print advice' sends the handout to the printer and, once printed, records it as printed")
    void printedInChinese(FxRobot robot) {
        clinic = new SessionFixture(dir);
        clinic.dosed();
        show(robot, Messages.CHINESE);
        scrollToAdvice(robot);
        assertThat(text(robot, "#dischargeAdviceStatus")).startsWith("尚未给予离院须知");
        Screenshots.save(clinic.scene, "discharge-advice-prompt-zh");

        click(robot, "#printDischargeAdvice");

        assertThat(printed).hasSize(1);
        assertThat(PdfPages.text(printed.getFirst().bytes())).as("the clinic's language: Grace Lee reads English")
                .contains("Lee, Grace", "Do not drive, ride a bicycle or operate machinery until tomorrow,");
        assertThat(advice().handover()).isEqualTo(AdviceHandover.PRINTED);
        assertThat(text(robot, "#dischargeAdviceStatus")).isEqualTo("离院须知已由 Li Na 于 08:07 打印并交给患者（英语）。");
        scrollToAdvice(robot);
        Screenshots.save(clinic.scene, "discharge-advice-printed-zh");
    }
}
