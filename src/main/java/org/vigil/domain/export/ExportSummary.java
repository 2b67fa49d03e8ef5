package org.vigil.domain.export;

import java.time.Instant;
import org.vigil.domain.ChainCheckpoint;

/**
 * What an export wrote: the request, how many rows, who exported it and when, and the audit
 * chain's head when its records were read (SIG-4), which the export's own audit event records.
 */
public record ExportSummary(ExportRequest request, long rows, String exportedBy, Instant exportedAt, ChainCheckpoint chainHead) {}
