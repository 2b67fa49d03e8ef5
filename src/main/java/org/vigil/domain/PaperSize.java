package org.vigil.domain;

/** The paper every printed report is laid out for (setting {@code print.paperSize}). */
public enum PaperSize {
    A4,
    LETTER
}
