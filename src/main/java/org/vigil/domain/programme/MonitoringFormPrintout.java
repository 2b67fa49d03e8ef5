package org.vigil.domain.programme;

import java.time.Instant;
import java.time.ZoneId;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.PaperSize;

/**
 * PAT-6: a session's monitoring form as read for printing, with the audit chain's head at reading
 * (SIG-4), who printed it and when, and its deadline.
 */
public record MonitoringFormPrintout(MonitoringForm form, String clinicName, FormDeadline deadline, ZoneId zone, PaperSize paper,
                                     String printedBy, Instant printedAt, ChainCheckpoint chainHead) {}
