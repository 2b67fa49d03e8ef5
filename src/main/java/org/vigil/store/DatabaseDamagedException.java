package org.vigil.store;

import java.nio.file.Path;

/**
 * The database file exists but cannot be opened. It is left exactly as found (never replaced by
 * a fresh empty database) so that it can be examined or restored from a backup.
 */
public class DatabaseDamagedException extends StoreException {

    private final Path file;

    public DatabaseDamagedException(Path file, Throwable cause) {
        super("The database file " + file + " cannot be opened", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
