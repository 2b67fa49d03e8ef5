package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 15, item 14: the database opening waits for the login screen's first frame. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    @DisplayName("the first frame is known only once the scene has been laid out for a window that is showing")
    void completesAfterTheFirstLayoutOfAShownWindow(FxRobot robot) throws Exception {
        Label title = new Label("Vigil");
        AtomicReference<Scene> scene = new AtomicReference<>();
        AtomicReference<CompletableFuture<Void>> firstFrame = new AtomicReference<>();
        robot.interact(() -> {
            stage.hide();
            scene.set(new Scene(new StackPane(title), 640, 400));
            stage.setScene(scene.get());
            firstFrame.set(FirstFrame.of(scene.get()));
        });
        // What waits on the database thread sees the scene as the first frame showed it.
        CompletableFuture<Double> widthWhenOpened = firstFrame.get().thenApply(done -> title.getWidth());

        Thread.sleep(300);
        assertThat(firstFrame.get()).isNotDone();

        robot.interact(stage::show);

        assertThat(widthWhenOpened.get(10, TimeUnit.SECONDS)).isPositive();
    }

    @Test
    @DisplayName("a window that is never drawn does not keep the database closed: the wait gives up")
    void neverDrawnGivesUp(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> firstFrame = new AtomicReference<>();
        robot.interact(() -> {
            stage.hide();
            firstFrame.set(FirstFrame.of(new Scene(new StackPane(new Label("Vigil")), 640, 400), java.time.Duration.ofMillis(300)));
        });
        assertThat(firstFrame.get()).isNotDone();
        firstFrame.get().get(10, TimeUnit.SECONDS);
        assertThat(firstFrame.get()).isCompleted();
    }
}
