package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of a demo clinic whose seeding was cut short (killed, or a step failed), removed so
 * that the next `--demo` start builds the demo again from nothing. Only the files Vigil itself
 * writes for the database are touched, never anything else in the folder; the caller has checked,
 * through the database, that it holds an unfinished demo and not a clinic's records, and has
 * closed it.
 */
public final class DemoDatabaseFiles {

    private DemoDatabaseFiles() {}

    public static void discard(Path dataDir) {
        for (String name : new String[] {Database.FILE_NAME + Database.FILE_SUFFIX, Database.FILE_NAME + ".trace.db",
                CheckpointFile.NAME, WatchMark.NAME, CleanCloseMark.NAME, WholeCheckMark.NAME}) {
            Path file = dataDir.resolve(name);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException("Cannot remove the unfinished demo's " + file, e);
            }
        }
    }
}
