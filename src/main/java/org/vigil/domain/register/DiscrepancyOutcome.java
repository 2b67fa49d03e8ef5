package org.vigil.domain.register;

/** How a manager closes a discrepancy (CD-6). */
public enum DiscrepancyOutcome {
    /** The count or the book was wrong and has been explained (and, where needed, corrected); no stock is written off. */
    EXPLAINED,
    /** Units are missing for a known, non-criminal reason: written off, and a reportable incident opens. */
    LOSS,
    /** Units are missing and theft is suspected: written off, and a reportable incident opens. */
    THEFT;

    public boolean writesOff() {
        return this != EXPLAINED;
    }
}
