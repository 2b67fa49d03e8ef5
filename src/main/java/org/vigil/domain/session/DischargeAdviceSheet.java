package org.vigil.domain.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.Language;
import org.vigil.domain.PaperSize;

/**
 * DIS-3: what the patient's discharge advice prints, read in one transaction: whom to call, the
 * session's date and the time the patient was ready to leave, in the language the patient reads.
 *
 * @param clinicPhone blank when the clinic has not set one: the handout then says to call the clinic
 * @param readyToLeaveAt DIS-2: as stored with the discharge, or as the gate computes it before; empty while not ready
 * @param chainHead SIG-4: the audit chain's head when the sheet was read
 */
public record DischargeAdviceSheet(long sessionId, String clinicName, String clinicPhone, String patientName, Language language,
                                   LocalDate sessionDate, Optional<Instant> readyToLeaveAt, ZoneId zone, PaperSize paper,
                                   String printedBy, Instant printedAt, ChainCheckpoint chainHead) {
    public DischargeAdviceSheet {
        Objects.requireNonNull(language);
        Objects.requireNonNull(paper);
        clinicPhone = clinicPhone == null ? "" : clinicPhone.strip();
        readyToLeaveAt = readyToLeaveAt == null ? Optional.empty() : readyToLeaveAt;
    }
}
