package org.vigil.domain.patient;

/** Whether the patient could become pregnant (PAT-4). UNKNOWN is treated like YES. */
public enum ChildbearingPotential {
    YES,
    NO,
    UNKNOWN;

    /** Whether pregnancy questions and contraception advice apply. */
    public boolean possible() {
        return this != NO;
    }
}
