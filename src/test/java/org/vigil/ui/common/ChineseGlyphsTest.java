package org.vigil.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    @DisplayName("a Chinese name in the English UI has glyphs: each character is drawn unlike the missing-glyph box")
    void chineseNameInEnglishHasGlyphs() {
        // A patient's name as the board and session header show it, in the English UI's platform font.
        Label name = label("李娜", "patient-name");
        // U+E000 is in the private-use area: no font on the machine draws it, so it is the missing-glyph
        // box (□) — exactly what a name is drawn as when the headless toolkit finds no CJK fallback font.
        Label boxes = label("\uE000\uE000", "patient-name");
        Label li = label("李", "patient-name");
        Label na = label("娜", "patient-name");
        Label box = label("\uE000", "patient-name");
        VBox root = show(Fonts.styleFor(Locale.ENGLISH), name, boxes, li, na, box);
        Screenshots.save(root.getScene(), "chinese-name-in-english-ui");

        Image missing = snapshot(box);
        for (Label character : List.of(li, na)) {
            Image drawn = snapshot(character);
            assertThat(sameImage(drawn, missing)).as("%s drawn as the missing-glyph box: no CJK fallback font headless (install one, e.g. fonts-wqy-microhei)",
                    character.getText()).isFalse();
            // A CJK glyph is a full em wide; the box of a Latin font is narrower. Equal widths and equal ink
            // are what a box looks like, whatever the font's box is.
            assertThat(drawn.getWidth() == missing.getWidth() && Math.abs(ink(drawn) - ink(missing)) < 0.05 * ink(missing))
                    .as("%s has the width and ink of the missing-glyph box (width %s, ink %.1f; box width %s, ink %.1f)",
                            character.getText(), drawn.getWidth(), ink(drawn), missing.getWidth(), ink(missing))
                    .isFalse();
        }
        assertThat(sameImage(snapshot(name), snapshot(boxes))).as("李娜 drawn as □□").isFalse();
        assertThat(ink(snapshot(name))).as("李娜 has ink").isGreaterThan(0);
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
