package org.vigil.report;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * The type a report is set in: one embedded font at a few sizes and weights. Every text goes
 * through here, so the characters the font cannot draw are collected and the report refused
 * rather than printed with boxes.
 */
final class Lettering {

    /** Marks what must not be missed: a signature that no longer holds, a correction. */
    static final Color ALERT = new Color(0xB0, 0x00, 0x20);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);

    final Font body;
    final Font bold;
    final Font alert;
    final Font muted;
    final Font heading;
    final Font small;
    private final PrintFont font;
    private final Set<String> missing = new TreeSet<>();
    private final Set<String> checked = new HashSet<>();

    Lettering(PrintFont font, float bodySize) {
        this.font = font;
        BaseFont base = font.base();
        this.body = new Font(base, bodySize);
        this.bold = new Font(base, bodySize, Font.BOLD);
        this.alert = new Font(base, bodySize, Font.BOLD, ALERT);
        this.muted = new Font(base, bodySize, Font.NORMAL, MUTED);
        this.heading = new Font(base, bodySize * 1.6f, Font.BOLD);
        this.small = new Font(base, bodySize * 0.95f);
    }

    Chunk chunk(String text, Font in) {
        check(text);
        return new Chunk(text, in);
    }

    Run run(String text, Font in) {
        check(text);
        return new Run(text, in);
    }

    private void check(String text) {
        // Names, lots and dates come back on many lines: each text is looked up glyph by glyph once.
        if (checked.add(text)) {
            font.lacks(text).ifPresent(missing::add);
        }
    }

    Phrase phrase(String text, Font in) {
        Phrase phrase = empty(in);
        phrase.add(chunk(text, in));
        return phrase;
    }

    /**
     * A phrase in the embedded font even before it has text: the library sets the spacing around
     * a paragraph in the phrase's own font, which would otherwise be a Helvetica that is not embedded.
     */
    Phrase empty(Font in) {
        return new Phrase(in.getSize() * 1.2f, "", in);
    }

    float width(String text, Font in) {
        return font.base().getWidthPoint(text, in.getSize());
    }

    /** The characters met so far that the font has no glyph for. */
    Set<String> missing() {
        return missing;
    }

    String fontName() {
        return font.name();
    }
}
