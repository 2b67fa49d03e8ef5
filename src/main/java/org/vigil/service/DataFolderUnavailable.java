package org.vigil.service;

import java.nio.file.Path;

/** Vigil cannot start on this data folder; the reason tells the user what to do. */
public class DataFolderUnavailable extends RuntimeException {

    public enum Reason {
        /** Another copy of Vigil has the folder open. */
        IN_USE,
        /** The database file exists but does not open; restore from a backup. */
        DAMAGED,
        /** The disk is full: nothing is damaged; free space and start again. */
        DISK_FULL,
        /**
         * The database is encrypted with a key this user's key ring on this machine does not hold
         * (a data folder copied from another workstation): restore a backup with the clinic's
         * backup passphrase instead.
         */
        KEY_MISSING
    }

    private final Reason reason;
    private final Path path;

    public DataFolderUnavailable(Reason reason, Path path, Throwable cause) {
        super(reason + ": " + path, cause);
        this.reason = reason;
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    public Path path() {
        return path;
    }
}
