package org.vigil.store;

import java.nio.file.Path;

/** Another copy of Vigil already has this data folder open. */
public class DatabaseInUseException extends StoreException {

    private final Path dataDir;

    public DatabaseInUseException(Path dataDir, Throwable cause) {
        super("Another copy of Vigil is using " + dataDir, cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
