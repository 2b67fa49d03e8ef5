package org.vigil.report;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.vigil.domain.PaperSize;

/** The page a report is laid out on, from the clinic's paper setting ({@code print.paperSize}). */
public final class Paper {

    private Paper() {}

    public static Rectangle portrait(PaperSize size) {
        return switch (size) {
            case A4 -> PageSize.A4;
            case LETTER -> PageSize.LETTER;
        };
    }

    public static Rectangle landscape(PaperSize size) {
        return portrait(size).rotate();
    }
}
