package org.vigil.domain.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.domain.ContentHash;

/**
 * What a register entry says, before the register numbers it: the content every signature on it
 * is bound to (SIG-3). Nothing here is edited later; a wrong entry is corrected by new entries
 * (CD-1).
 *
 * @param units the change to the lot's balance in whole units: positive for a receipt, negative
 *     for an administration or a waste of units, zero for the residual of a vial already taken
 * @param mg the drug amount the entry is about (a dose, a residual), when it is not whole units
 * @param ml the volume, for vials
 * @param patient the patient of an administration or a residual waste
 * @param counterparty for a receipt, the supplier's name and address
 * @param reference an invoice or delivery reference for a receipt; the session for an administration
 * @param method how waste was destroyed
 * @param reason why (waste, correction)
 * @param corrects the entry a correction reverses
 */
public record EntryDraft(long productId, String lot, LocalDate expiry, EntryKind kind, int units, Optional<BigDecimal> mg,
                         Optional<BigDecimal> ml, Instant at, Signer enteredBy, Optional<Signer> witness, Optional<PatientLine> patient,
                         Optional<Signer> prescriber, Optional<Long> sessionId, String counterparty, String reference, String method,
                         String reason, Optional<Long> corrects) {

    /**
     * CD-1: a correction's right entry names the entry it replaces at the head of its reason, in
     * words fixed here rather than translated, so the stored, signed text reads the same in every
     * language and the print can say it in the reader's.
     */
    private static final Pattern REPLACES = Pattern.compile("^Corrects entry (\\d+): ");

    /** The reason a correction's right entry is stored with. */
    public static String replacingReason(long entryId, String reason) {
        return "Corrects entry " + entryId + ": " + reason.strip();
    }

    /** The entry this one replaces, when it is a correction's right entry. */
    public Optional<Long> replaces() {
        Matcher m = REPLACES.matcher(reason);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** The reason as the person gave it, without the entry it replaces. */
    public String givenReason() {
        return REPLACES.matcher(reason).replaceFirst("");
    }

    /** The patient as the register prints them: name and ID-document number (CD-3). */
    public record PatientLine(long patientId, String name, String idNumber) {}

    /** The register keeps amounts to hundredths and times to microseconds, as the database does, so a stored entry hashes as it did when signed. */
    public EntryDraft {
        lot = lot == null ? "" : lot.strip();
        mg = mg.map(EntryDraft::hundredths);
        ml = ml.map(EntryDraft::hundredths);
        at = at.truncatedTo(ChronoUnit.MICROS);
        counterparty = text(counterparty);
        reference = text(reference);
        method = text(method);
        reason = text(reason);
    }

    private static BigDecimal hundredths(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** SIG-3: the hash a signature on this content carries; any change to a field changes it. */
    public String contentHash() {
        return ContentHash.of(productId, lot, expiry, kind, units, mg.map(BigDecimal::toPlainString).orElse(null),
                ml.map(BigDecimal::toPlainString).orElse(null), at, enteredBy.userId(), enteredBy.name(),
                witness.map(Signer::userId).orElse(null), witness.map(Signer::name).orElse(null),
                patient.map(PatientLine::patientId).orElse(null), patient.map(PatientLine::name).orElse(null),
                patient.map(PatientLine::idNumber).orElse(null), prescriber.map(Signer::userId).orElse(null),
                prescriber.map(Signer::name).orElse(null), sessionId.orElse(null), counterparty, reference, method, reason,
                corrects.orElse(null));
    }
}
