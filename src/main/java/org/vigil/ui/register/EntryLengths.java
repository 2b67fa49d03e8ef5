package org.vigil.ui.register;

/**
 * How long each typed part of a register entry or product may be: the widths of the register's
 * columns (migration V9). A longer text is said next to its field, not refused by the database
 * as a fault.
 */
final class EntryLengths {

    static final int LOT = 40;
    static final int COUNTERPARTY = 400;
    static final int REFERENCE = 100;
    static final int METHOD = 200;
    static final int REASON = 1000;
    /** A correction's right entry keeps its reason after "Corrects entry N: ", within the same width. */
    static final int CORRECTION_REASON = REASON - 50;
    static final int PRODUCT_NAME = 200;

    private EntryLengths() {}
}
