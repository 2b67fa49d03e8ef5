package org.vigil.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font a report is embedded with. Chinese must print as characters, never as boxes, so an
 * installed font with Chinese glyphs comes first (its Latin letters serve English too); without
 * one the report uses the Latin font OpenPDF ships, and {@link #lacks} names any character it
 * cannot draw so the report is refused instead.
 */
public final class PrintFont {

    /** A font file, and which face of a collection (.ttc) to take. */
    public record Candidate(Path file, int face) {}

    /** TrueType-outline fonts first: they embed as small subsets. Noto Sans CJK (CFF) is the last resort. */
    public static final List<Candidate> INSTALLED_CJK = Stream.of(
                    new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
                    new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
                    new Candidate(Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"), 0),
                    new Candidate(windowsFonts().resolve("msyh.ttc"), 0),
                    new Candidate(windowsFonts().resolve("simhei.ttf"), 0),
                    new Candidate(windowsFonts().resolve("simsun.ttc"), 0),
                    new Candidate(Path.of("/System/Library/Fonts/PingFang.ttc"), 0),
                    new Candidate(Path.of("/System/Library/Fonts/STHeiti Light.ttc"), 0),
                    new Candidate(Path.of("/System/Library/Fonts/Hiragino Sans GB.ttc"), 0),
                    new Candidate(Path.of("/Library/Fonts/Arial Unicode.ttf"), 0),
                    // Face 2 of the Noto collections is Simplified Chinese.
                    new Candidate(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
                    new Candidate(Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"), 2),
                    new Candidate(Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"), 2))
            .toList();

    private static final String SHIPPED_LATIN = "/font-fallback/LiberationSans-Regular.ttf";

    /**
     * Installed fonts as loaded, one per file: the font is handed to OpenPDF as bytes in memory, since
     * embedding the subset read a 5 MB collection's glyph index four bytes per file read, which took
     * most of a month report's second (benchmark).
     */
    private static final Map<Candidate, PrintFont> LOADED = new ConcurrentHashMap<>();

    private final BaseFont font;
    private final String name;

    private PrintFont(BaseFont font, String name) {
        this.font = font;
        this.name = name;
    }

    /** The first candidate installed here, else OpenPDF's own Latin font. */
    public static PrintFont find(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (Files.isReadable(c.file())) {
                return LOADED.computeIfAbsent(c, PrintFont::load);
            }
        }
        try (InputStream in = PrintFont.class.getResourceAsStream(SHIPPED_LATIN)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's " + SHIPPED_LATIN + " is missing from the class path");
            }
            return new PrintFont(create("LiberationSans-Regular.ttf", in.readAllBytes()), "Liberation Sans");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrintFont load(Candidate c) {
        String file = c.file().toString();
        String name = file.toLowerCase(Locale.ROOT).endsWith(".ttc") ? file + "," + c.face() : file;
        try {
            return new PrintFont(create(name, Files.readAllBytes(c.file())), c.file().getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            // Identity-H and embedded: every character the page uses goes into the file as a subset.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load the font " + name, e);
        }
    }

    private static Path windowsFonts() {
        return Path.of(Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows"), "Fonts");
    }

    BaseFont base() {
        return font;
    }

    /** The font's file name, for the message when a character is missing. */
    public String name() {
        return name;
    }

    /** The first character of the text the font has no glyph for, if any; spaces and line breaks need none. */
    public Optional<String> lacks(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !font.charExists(c)) {
                return Optional.of(Character.toString(c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }
}
