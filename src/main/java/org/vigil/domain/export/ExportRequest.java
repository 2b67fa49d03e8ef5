package org.vigil.domain.export;

import java.time.LocalDate;

/**
 * What to export: a kind of record over the days {@code from} to {@code until}, both included,
 * in the clinic's time zone; de-identified for research and audits outside the clinic (EXP-1).
 */
public record ExportRequest(ExportKind kind, LocalDate from, LocalDate until, boolean deidentified) {}
