package org.vigil.domain.register;

/** When a count is made (CD-6): a handover count is blocked while a discrepancy is open. */
public enum CountKind {
    HANDOVER,
    DAY_CLOSE
}
