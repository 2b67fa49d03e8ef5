package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Font;

@DisplayName("Breaking a printed cell's text into lines")
class LinesTest {

    private static final Font BODY = new Font(PrintFont.find(PrintFont.INSTALLED_CJK).base(), 7f);
    private static final Font BOLD = new Font(PrintFont.find(PrintFont.INSTALLED_CJK).base(), 7f, Font.BOLD);

    private static List<String> lines(String text, float width) {
        return Lines.wrap(new Run(text, BODY), width).stream()
                .map(line -> String.join("", line.stream().map(Run::text).toList())).toList();
    }

    private static float width(String text) {
        return new Run(text, BODY).width();
    }

    @Test
    @DisplayName("text that fits stays on one line; a line break in the text always breaks")
    void fitsAndBreaks() {
        assertThat(lines("Received: Person nurse.li", 500)).containsExactly("Received: Person nurse.li");
        assertThat(lines("+1\n28 mg", 500)).containsExactly("+1", "28 mg");
    }

    @Test
    @DisplayName("words wrap at spaces, no line is wider than the column, and no letter is lost")
    void wrapsAtSpaces() {
        String text = "From Pharma Supplies Ltd, 1 Dock Road, Unit 4/5, North-East Industrial Estate";
        float column = width("From Pharma Supplies");
        List<String> lines = lines(text, column);
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(column));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" ").doesNotStartWith(" "));
        assertThat(String.join(" ", lines).replace("/ ", "/").replace("- ", "-")).isEqualTo(text);
        assertThat(lines.getFirst()).isEqualTo("From Pharma Supplies");
    }

    @Test
    @DisplayName("Chinese breaks between characters without spaces")
    void chinese() {
        String text = "供货单位：国药控股北京有限公司第三仓库";
        float column = width("供货单位：国药");
        List<String> lines = lines(text, column);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(column));
        assertThat(String.join("", lines)).isEqualTo(text);
    }

    @Test
    @DisplayName("a word wider than the column is broken between its letters rather than drawn past the edge")
    void longWord() {
        String lot = "LOT-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        float column = width("ABCDEFGH");
        List<String> lines = lines(lot, column);
        assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(column));
        assertThat(String.join("", lines)).isEqualTo(lot);
    }

    @Test
    @DisplayName("runs in different type share a line and keep their type")
    void mixedRuns() {
        List<List<Run>> lines = Lines.wrap(List.of(new Run("Carried forward: 405", BOLD), new Run("   LOT-A1: 98", BODY)), 500);
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).extracting(Run::font).containsExactly(BOLD, BODY);
    }
}
