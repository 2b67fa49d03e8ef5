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

    /** A CSS font-family rule for the root, or an empty string when none is installed. */
    public static String cjkStyle() {
        List<String> installed = Font.getFamilies();
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst()
                .map(family -> "-fx-font-family: \"" + family + "\";")
                .orElse("");
    }
}
