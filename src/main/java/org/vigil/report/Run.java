package org.vigil.report;

import org.openpdf.text.Font;

/** A stretch of text in one type: the unit lines are broken and drawn in. */
record Run(String text, Font font) {

    float width() {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }
}
