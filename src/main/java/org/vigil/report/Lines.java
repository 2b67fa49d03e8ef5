package org.vigil.report;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Font;

/**
 * Breaks text into the lines that fit a width, as a typesetter would: after a space, a hyphen or
 * a slash, and between Chinese characters, which need no space to break; a word wider than the
 * whole width is broken between its letters rather than drawn past the edge. A line break in the
 * text always starts a new line.
 */
final class Lines {

    private Lines() {}

    /** The runs set in lines of at most {@code width} points; each line is the runs drawn on it, left to right. */
    static List<List<Run>> wrap(List<Run> runs, float width) {
        Filler filler = new Filler(width);
        for (Run run : runs) {
            String text = run.text();
            int start = 0;
            for (int newline = text.indexOf('\n'); ; newline = text.indexOf('\n', start)) {
                String part = newline < 0 ? text.substring(start) : text.substring(start, newline);
                filler.add(part, run.font());
                if (newline < 0) {
                    break;
                }
                filler.breakLine();
                start = newline + 1;
            }
        }
        return filler.finish();
    }

    /** One run, as lines. */
    static List<List<Run>> wrap(Run run, float width) {
        return wrap(List.of(run), width);
    }

    /** Fills lines word by word. */
    private static final class Filler {
        private final float width;
        private final List<List<Run>> lines = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private List<Run> line = new ArrayList<>();
        private Font pendingFont;
        private float used;

        Filler(float width) {
            // A line measured word by word sums to a hair more than measured whole: a text that fits as a whole still fits.
            this.width = width + 0.01f;
        }

        void add(String text, Font font) {
            if (text.isEmpty()) {
                return;
            }
            float whole = font.getBaseFont().getWidthPoint(text, font.getSize());
            // Nearly every cell of a register fits its column: measured once, placed whole.
            if (used + whole <= width) {
                append(text, font, whole);
                return;
            }
            int start = 0;
            while (start < text.length()) {
                int end = nextBreak(text, start);
                String word = text.substring(start, end);
                float wordWidth = font.getBaseFont().getWidthPoint(word, font.getSize());
                float inked = font.getBaseFont().getWidthPoint(word.stripTrailing(), font.getSize());
                if (used > 0 && used + inked > width) {
                    breakLine();
                    word = word.stripLeading();
                    wordWidth = font.getBaseFont().getWidthPoint(word, font.getSize());
                    inked = font.getBaseFont().getWidthPoint(word.stripTrailing(), font.getSize());
                }
                if (inked > width) {
                    letters(word, font);
                } else {
                    append(word, font, wordWidth);
                }
                start = end;
            }
        }

        /** A word wider than the column, broken between its letters. */
        private void letters(String word, Font font) {
            for (int i = 0; i < word.length(); ) {
                int next = word.offsetByCodePoints(i, 1);
                String letter = word.substring(i, next);
                float w = font.getBaseFont().getWidthPoint(letter, font.getSize());
                if (used > 0 && used + w > width) {
                    breakLine();
                }
                append(letter, font, w);
                i = next;
            }
        }

        private void append(String text, Font font, float w) {
            if (pendingFont != null && pendingFont != font) {
                flushRun();
            }
            pendingFont = font;
            pending.append(text);
            used += w;
        }

        private void flushRun() {
            if (pendingFont != null && !pending.isEmpty()) {
                line.add(new Run(pending.toString(), pendingFont));
            }
            pending.setLength(0);
            pendingFont = null;
        }

        void breakLine() {
            flushRun();
            // A line's trailing space is not drawn, so a right-aligned number ends at the column's edge.
            if (!line.isEmpty()) {
                Run last = line.getLast();
                line.set(line.size() - 1, new Run(last.text().stripTrailing(), last.font()));
            }
            lines.add(line);
            line = new ArrayList<>();
            used = 0;
        }

        List<List<Run>> finish() {
            breakLine();
            return lines;
        }

        /** Where the word starting at {@code start} ends: after its spaces, a hyphen or slash, or a Chinese character. */
        private static int nextBreak(String text, int start) {
            int i = start;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                int next = i + Character.charCount(c);
                if (breaksAround(c)) {
                    return i == start ? next : i;
                }
                if (c == ' ' || c == '-' || c == '/') {
                    while (next < text.length() && text.charAt(next) == ' ') {
                        next++;
                    }
                    return next;
                }
                i = next;
            }
            return i;
        }

        /** Chinese, Japanese and Korean characters and their punctuation break on either side without a space. */
        private static boolean breaksAround(int c) {
            return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF;
        }
    }
}
