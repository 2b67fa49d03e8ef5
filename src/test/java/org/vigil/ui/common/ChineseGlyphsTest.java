package org.vigil.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.text.Messages;
import org.vigil.ui.Screenshots;

/**
 * What a real window shows of Chinese (issue 15, item 11): headings and names in bold, and a
 * Chinese patient's name drawn with real glyphs in the English UI too, not as □□.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseGlyphsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    @DisplayName("a Chinese heading is drawn bolder than the same words in regular weight")
    void chineseHeadingIsBold() {
        Label heading = label("疗程与第 4 周评估", "screen-title");
        Label regular = label("疗程与第 4 周评估", "plain-heading");
        regular.setStyle("-fx-font-size: 20px; -fx-font-weight: normal;");
        VBox root = show(Fonts.styleFor(Messages.CHINESE), heading, regular);

        double bold = ink(snapshot(heading));
        double plain = ink(snapshot(regular));
        Screenshots.save(root.getScene(), "chinese-heading-bold-zh");

        assertThat(bold).as("ink of the bold heading against the regular one").isGreaterThan(plain * 1.15);
    }

    @Test
    @DisplayName("a Chinese name in the English UI has glyphs: it does not render like a missing character")
    void chineseNameInEnglishHasGlyphs() {
        Label name = label("李", "patient-name");
        // U+0378 is unassigned: every font draws it as the missing-glyph box.
        Label missing = label("\u0378", "patient-name");
        VBox root = show(Fonts.styleFor(Locale.ENGLISH), name, missing);
        Screenshots.save(root.getScene(), "chinese-name-in-english-ui");

        assertThat(sameImage(snapshot(name), snapshot(missing))).as("李 drawn as the missing-glyph box").isFalse();
        assertThat(ink(snapshot(name))).as("李 has ink").isGreaterThan(0);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private VBox show(String rootStyle, Label... labels) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            VBox root = new VBox(8, labels);
            root.setStyle(rootStyle);
            Scene scene = new Scene(root, 400, 160);
            scene.getStylesheets().add(Objects.requireNonNull(Fonts.class.getResource("/css/vigil.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
            root.applyCss();
            root.layout();
            return root;
        }));
    }

    private static Image snapshot(Label label) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> label.snapshot(null, null)));
    }

    /** The darkness summed over the image: more and thicker strokes, more ink. */
    private static double ink(Image image) {
        double sum = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
                sum += (1 - c.getBrightness()) * c.getOpacity();
            }
        }
        return sum;
    }

    private static boolean sameImage(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
