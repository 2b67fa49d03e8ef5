package org.vigil.domain.session;

/** Where a session is in the clinic's day, derived by replaying its events. */
public enum SessionState {
    BOOKED,
    CHECKED_IN,
    /** PRE-1 checklist answered and BP-1 baseline recorded, in either order. */
    PRE_DOSE_CHECKS_DONE,
    /** PRE-2: the prescriber has authorised the dose. */
    DOSE_AUTHORISED,
    /** At least one device given (or the infusion running), not all of the dose yet. */
    ADMINISTERING,
    OBSERVING,
    /** A clinician has signed "clinically stable and ready to leave" (DIS-1). */
    READY_FOR_DISCHARGE,
    DISCHARGED,
    /** Stopped before any esketamine was given. */
    ABANDONED,
    /** OBS-4: handed over to emergency care. */
    REFERRED;

    /** No further events belong to this session once it is here. */
    public boolean isFinished() {
        return this == DISCHARGED || this == ABANDONED || this == REFERRED;
    }

    /** Esketamine has been given (or is running), so the patient is under observation timers. */
    public boolean isDosed() {
        return this == ADMINISTERING || this == OBSERVING || this == READY_FOR_DISCHARGE;
    }
}
