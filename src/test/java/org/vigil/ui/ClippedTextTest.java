package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The walker's eye: it sees a text cut to "Overr…" and leaves whole and wrapped texts alone. */
@ExtendWith(ApplicationExtension.class)
class ClippedTextTest {

    private Label cut;
    private VBox root;

    /** The controls are made here, not as fields: a field is made before the extension has started JavaFX. */
    @Start
    void start(Stage stage) {
        cut = new Label("Override the checklist item with a prescriber's signature");
        Button whole = new Button("Save");
        Label wrapped = new Label("A long sentence that wraps onto as many lines as it needs, so nothing is lost.");
        cut.setMaxWidth(80);
        wrapped.setWrapText(true);
        wrapped.setMaxWidth(120);
        wrapped.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(8, cut, whole, wrapped);
        stage.setScene(new Scene(root, 300, 300));
        stage.show();
    }

    @Test
    @DisplayName("A label cut to fit is found with its whole text; a whole button and a wrapped label are not")
    void findsOnlyTheCut(FxRobot robot) {
        var clips = org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> ClippedText.under(root)));
        assertThat(clips).singleElement().satisfies(clip -> {
            assertThat(clip.fullText()).isEqualTo(cut.getText());
            assertThat(clip.shown()).endsWith(cut.getEllipsisString()).isNotEqualTo(cut.getText());
            assertThat(clip.control()).isEqualTo("Label");
        });
    }
}
