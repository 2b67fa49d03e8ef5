package org.vigil.store;

import java.nio.file.Path;

/**
 * The database file is encrypted and this user's key ring on this machine does not hold its key:
 * typically a data folder copied from another workstation. The file is left exactly as found;
 * moving a clinic is done by restoring a backup with the clinic's backup passphrase.
 */
public class DatabaseKeyMissingException extends StoreException {

    private final Path file;
    private final String folderId;

    /**
     * @param folderId the folder ID the data folder names, or null when it names none
     */
    public DatabaseKeyMissingException(Path file, String folderId) {
        super("The key of the database file " + file + (folderId == null ? "" : " (folder " + folderId + ")")
                + " is not in this user's key ring on this machine");
        this.file = file;
        this.folderId = folderId;
    }

    public Path file() {
        return file;
    }

    /** The ID in the folder's {@link KeyRing#FOLDER_ID_FILE}, or null when the folder has none. */
    public String folderId() {
        return folderId;
    }
}
