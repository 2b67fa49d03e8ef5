package org.vigil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.vigil.service.HashCost;
import org.vigil.service.Services;
import org.vigil.store.Database;
import org.vigil.store.KeyRing;
import org.vigil.store.PrivateFiles;

/**
 * How the test fixtures open a clinic's services, faster than the program does and otherwise the
 * same:
 *
 * <ul>
 *   <li>new password hashes at {@link #CHEAP_HASHING}, the least cost Argon2 allows. A fixture
 *       creates several accounts and the tests log in, unlock and sign many times; at the
 *       production cost each of those takes tens of milliseconds. Stored hashes carry their
 *       cost, so everything else about passwords is unchanged; PasswordStorageTest keeps the
 *       production cost and checks that {@code Services.open(dir, clock)} uses it.
 *   <li>a data folder that has no database yet gets a copy of one migrated database, made
 *       once per test JVM, instead of running every Flyway migration again. The copy holds the
 *       schema and the default settings only: no clinic, so each test's setup still gives its
 *       installation its own ID. Opening it still runs Flyway, which finds nothing to do.
 * </ul>
 *
 * Tests about creating a database or migrating an old one call {@link Services#open} themselves.
 */
public final class TestServices {

    /** Argon2id with 8 KiB, one pass, one lane: the RFC 9106 minimum. */
    public static final HashCost CHEAP_HASHING = new HashCost(8, 1, 1);

    private TestServices() {}

    /** {@link Services#open(Path, Clock)} with cheap hashing, on a copy of the migrated database if the folder has none. */
    public static Services open(Path dataDir, Clock clock) {
        copyMigratedDatabaseIfNone(dataDir);
        return Services.open(dataDir, clock, CHEAP_HASHING);
    }

    /** Puts a freshly migrated, never set-up database in the folder, unless it has one already. */
    public static void copyMigratedDatabaseIfNone(Path dataDir) {
        Path file = Database.fileIn(dataDir);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Files.copy(Template.FILE, file);
            // Every copy names the template's secrets in the key ring, so it opens encrypted like the template.
            Files.copy(Template.FILE.resolveSibling(KeyRing.FOLDER_ID_FILE), dataDir.resolve(KeyRing.FOLDER_ID_FILE),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // As the program leaves them: otherwise the opening would report (and audit) them as found open.
            PrivateFiles.restrictToOwner(dataDir, true);
            PrivateFiles.restrictToOwner(file, false);
            PrivateFiles.restrictToOwner(dataDir.resolve(KeyRing.FOLDER_ID_FILE), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Made on first use (class initialisation is once and thread-safe), deleted when the JVM exits. */
    private static final class Template {

        static final Path FILE = migrated();

        private static Path migrated() {
            try {
                Path dir = Files.createTempDirectory("vigil-migrated-template");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Database.open(dir).close();
                return Database.fileIn(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void delete(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind is harmless.
            }
        }
    }
}
