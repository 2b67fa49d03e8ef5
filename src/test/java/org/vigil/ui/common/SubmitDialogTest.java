package org.vigil.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.service.WorkstationPreferences;
import org.vigil.ui.Screenshots;

/** Issue 15, item 8: a form's dialog grows to show its errors, and its OK button does not move. */
@ExtendWith(ApplicationExtension.class)
class SubmitDialogTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("OK stays where it was on the screen when a refusal appears under the form and the dialog grows")
    void okDoesNotMove(FxRobot robot) {
        UiContext ui = new UiContext(Locale.ENGLISH, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), ZoneOffset.UTC, Runnable::run,
                new WorkstationPreferences(dir));
        Callable<Outcome<String>> refused = () -> Outcome.refused(Refusal.of("TEST-1", "error.unexpected"));
        robot.interact(() -> {
            TextField name = new TextField();
            name.setId("someField");
            VBox form = new VBox(8, new FormField(name).label("Name"));
            Platform.runLater(() -> new SubmitDialog<String>(ui, "Add a person", form).showAndWait(() -> refused));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup("#dialogOk").queryButton();
        Window window = ok.getScene().getWindow();
        Bounds before = ok.localToScreen(ok.getBoundsInLocal());
        double heightBefore = window.getHeight();

        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#dialogError").queryAs(Label.class);
        assertThat(error.getText()).as("the refusal is shown in the dialog").startsWith("Something went wrong");
        assertThat(window.getHeight()).as("the dialog grew to show it").isGreaterThan(heightBefore);
        Bounds after = ok.localToScreen(ok.getBoundsInLocal());
        assertThat(after.getMinX()).as("OK's left edge on the screen").isEqualTo(before.getMinX());
        assertThat(after.getMinY()).as("OK's top edge on the screen").isEqualTo(before.getMinY());
        Screenshots.save(ok.getScene(), "submit-dialog-error-en");
        robot.type(KeyCode.ESCAPE);
    }
}
