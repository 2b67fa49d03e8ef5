package org.vigil.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LiveScrollPaneTest {

    private ScrollPane live;
    private ScrollPane plain;

    @Start
    void start(Stage stage) {
        live = new LiveScrollPane(new Label("BP check in 4:05"));
        plain = new ScrollPane(new Label("BP check in 4:05"));
        stage.setScene(new Scene(new HBox(live, plain), 400, 200));
        stage.show();
    }

    @Test
    void theViewportOfChangingContentIsNotKeptAsABitmap(FxRobot robot) {
        robot.interact(() -> { });

        assertThat(viewport(plain).isCache()).as("the JavaFX default this class exists to change").isTrue();
        assertThat(viewport(live).isCache()).isFalse();
    }

    private static Node viewport(ScrollPane pane) {
        return pane.lookup(".viewport");
    }
}
