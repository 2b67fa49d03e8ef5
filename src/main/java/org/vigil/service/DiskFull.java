package org.vigil.service;

import org.vigil.store.StoreException;

/**
 * Tells a full disk from other faults, for the window and the commands, which may not look into
 * the store: a full disk is named as such, with what to do (free space, try again), and never
 * taken for a damaged database.
 */
public final class DiskFull {

    private DiskFull() {}

    /** Whether the failure, or anything that caused it, is the disk being full. */
    public static boolean causedBy(Throwable failure) {
        return StoreException.diskFull(failure);
    }
}
