package org.vigil.domain.register;

/** What a signature on a register entry attests (SIG-1): printed next to the name. */
public enum SignatureMeaning {
    RECEIVED,
    WITNESSED,
    GIVEN,
    WASTED,
    CORRECTED,
    /** The prescriber's signature in the controlled-drug log, after the fact, often for several entries at once. */
    PRESCRIBER_CONFIRMED,
    /** A manager's write-off of units a count found missing (CD-6). */
    DISCREPANCY_RESOLVED
}
