package org.vigil.ui.common;

import java.util.List;
import javafx.scene.text.Font;

/**
 * Picks an installed font that has Chinese glyphs, so 简体中文 renders as characters rather than
 * boxes whichever of the common CJK fonts the machine has.
 */
public final class Fonts {

    private static final List<String> CJK_FAMILIES = List.of(
            "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "SimHei");

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

    /** A CSS font-family rule naming an installed CJK font, or an empty string when none is. */
    static String cjkStyle() {
        List<String> installed = Font.getFamilies();
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst()
                .map(family -> "-fx-font-family: \"" + family + "\";")
                .orElse("");
    }
}
