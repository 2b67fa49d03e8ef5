package org.vigil.domain.register;

/** The kinds of register entry (CD-1 … CD-5); each moves the balance one way only. */
public enum EntryKind {
    /** Stock received from a supplier, witnessed (CD-2): adds units. */
    RECEIPT,
    /** A device or a vial given in a session (CD-3): takes units. */
    ADMINISTRATION,
    /** Stock or a residual destroyed, witnessed (CD-5): takes units, or none for the residual of a vial already taken. */
    WASTE,
    /** Reverses a wrong entry (CD-1): the opposite of what it corrects; the right entry follows it. */
    CORRECTION,
    /** Units missing at a count, written off by the manager's resolution of the discrepancy (CD-6): takes units. */
    LOSS
}
