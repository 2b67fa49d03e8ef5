package org.vigil.domain.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.PaperSize;

/**
 * What every printed page names: the clinic, the clinic's time zone (SIG-1 times carry their
 * offset), the paper from {@code print.paperSize}, who printed it and when, and the audit chain's
 * head read in the same transaction as the records (SIG-4).
 */
public record ReportHeading(String clinicName, ZoneId zone, PaperSize paper, String printedBy, Instant printedAt,
                            ChainCheckpoint chainHead) {
    public ReportHeading {
        Objects.requireNonNull(clinicName);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(printedAt);
        Objects.requireNonNull(chainHead);
        printedBy = printedBy == null ? "" : printedBy;
    }
}
