package org.vigil.domain.register;

/** A column of the printed register (CD-7); each {@link RegisterLayout} picks the ones its regulator asks for. */
public enum RegisterColumn {
    /** The entry's number in the register, which corrections refer to. */
    NUMBER,
    /** When it happened, in the clinic's time zone (and when it was written, if another day). */
    DATE,
    /** What kind of entry, with its reference, method, reason and any correction link. */
    SUMMARY,
    /** The supplier's name and address for a receipt, the patient's name and ID number for an administration. */
    COUNTERPARTY,
    /** The lot (batch) number and its expiry. */
    LOT,
    /** Units received (and units a correction gives back). */
    RECEIVED,
    /** Units given, wasted or taken back by a correction. */
    ISSUED,
    /** The change in units, signed, with the mg and mL it stands for. */
    QUANTITY,
    /** The product's balance after the entry (CD-4). */
    BALANCE,
    /** The lot's balance after the entry (CD-4). */
    LOT_BALANCE,
    /** The patient's name and ID-document number (CD-3). */
    PATIENT,
    /** The prescriber who authorised the dose. */
    PRESCRIBER,
    /** Every signature on the entry: name, date and time with zone, meaning, and whether it still holds (SIG-1, SIG-3). */
    SIGNATURES
}
