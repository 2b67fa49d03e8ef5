package org.vigil.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Picks an installed font that has Chinese glyphs, so 简体中文 renders as characters rather than
 * boxes whichever of the common CJK fonts the machine has.
 *
 * <p>Headings and patients' names are bold (issue 15, item 11). A CJK font with a bold face
 * (Noto Sans CJK SC, Microsoft YaHei, PingFang SC) is preferred; WenQuanYi Micro Hei, the common
 * Linux fallback, has none, and JavaFX then draws "bold" Chinese exactly like regular. With such a
 * font the Chinese style turns on a thin outline of the text's own colour on headings and names
 * (vigil.css, {@code -vigil-cjk-bold}), which reads as bold.
 */
public final class Fonts {

    private static final List<String> CJK_FAMILIES = List.of(
            "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimHei");

    /** The outline colour of synthesised bold: the colour headings and names are written in. */
    static final String SYNTHETIC_BOLD = "-vigil-cjk-bold: -vigil-text;";

    private Fonts() {}

    /** The root style for a language: Chinese names a CJK font; English keeps the platform font. */
    public static String styleFor(java.util.Locale locale) {
        return org.vigil.text.Messages.CHINESE.equals(locale) ? cjkStyle() : "";
    }

    /** Dialogs are separate windows: give them the stylesheet and font of the main window. */
    public static void style(javafx.scene.control.DialogPane pane, UiContext ui) {
        pane.setStyle(styleFor(ui.messages().locale()));
        pane.getStylesheets().add(java.util.Objects.requireNonNull(Fonts.class.getResource("/css/vigil.css")).toExternalForm());
    }

    /**
     * A CSS rule naming an installed CJK font, preferring one with a bold face, and turning on
     * synthesised bold when the font has none; an empty string when no CJK font is installed.
     */
    static String cjkStyle() {
        List<String> installed = Font.getFamilies();
        List<String> present = CJK_FAMILIES.stream().filter(installed::contains).toList();
        Optional<String> withBold = present.stream().filter(Fonts::hasBoldFace).findFirst();
        if (withBold.isPresent()) {
            return family(withBold.get());
        }
        return present.stream().findFirst().map(family -> family(family) + " " + SYNTHETIC_BOLD).orElse("");
    }

    /** Whether asking for the family in bold gives a bold face of that family, not its regular one. */
    static boolean hasBoldFace(String family) {
        Font bold = Font.font(family, FontWeight.BOLD, Font.getDefault().getSize());
        return bold.getFamily().equals(family) && bold.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
    }

    private static String family(String family) {
        return "-fx-font-family: \"" + family + "\";";
    }
}
