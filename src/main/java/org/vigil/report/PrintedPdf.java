package org.vigil.report;

/** A rendered report: the PDF's bytes, written to a file or sent to a printer only once whole, and its page count. */
public record PrintedPdf(byte[] bytes, int pages) {}
