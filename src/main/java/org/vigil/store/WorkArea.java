package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder's private work area ({@value #NAME}/): where Vigil puts the copies it needs
 * for a moment (a database being encrypted, a backup's copy), instead of the system's temp
 * folder, which other accounts can list and which nobody cleans after a kill. Whatever a killed
 * run left here is removed at the next opening of the folder.
 */
public final class WorkArea {

    private static final Logger log = LoggerFactory.getLogger(WorkArea.class);

    /** The work area's folder inside the data folder. */
    public static final String NAME = "work";

    private WorkArea() {}

    /** The work area of a data folder. */
    public static Path of(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /** A new, empty, owner-only folder in the work area; whatever a killed run left under the same name is removed first. */
    public static Path fresh(Path dataDir, String name) {
        Path folder = of(dataDir).resolve(name);
        try {
            PrivateFiles.createFolder(of(dataDir));
            remove(folder);
            PrivateFiles.createFolder(folder);
            return folder;
        } catch (IOException e) {
            throw new StoreException("Cannot create the work folder " + folder, e);
        }
    }

    /** Removes what a killed run left in the work area. Only called by the process that holds the database. */
    public static void clean(Path dataDir) {
        Path area = of(dataDir);
        if (Files.isDirectory(area)) {
            try (Stream<Path> left = Files.list(area)) {
                for (Path p : left.toList()) {
                    log.info("Removing {} left in the work area by an earlier run", p.getFileName());
                    remove(p);
                }
            } catch (IOException e) {
                log.warn("Could not list the work area {}", area, e);
            }
        }
    }

    /** Deletes a folder and what it holds; a failure is logged, not thrown, so it never hides the real outcome. */
    public static void remove(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}", path, e);
        }
    }
}
