package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 1: the database file is encrypted at rest, with a key kept outside the data folder. */
@DisplayName("Encryption at rest")
class EncryptedDatabaseTest {

    private static final String FIXTURE = "/fixtures/schema-v8";

    @TempDir
    Path root;

    private static String header(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(9), StandardCharsets.US_ASCII);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    @DisplayName("a new data folder gets an AES-encrypted database with a password, and its key is not in the folder")
    void newFolderEncrypted() throws Exception {
        Path dir = root.resolve("clinic");
        FolderSecrets secrets;
        try (Database database = Database.open(dir)) {
            secrets = database.secrets();
            assertThat(secrets.databasePassword()).isNotEmpty();
            assertThat(secrets.chainKeyedFrom()).isEqualTo(1);
        }
        assertThat(header(Database.fileIn(dir))).isEqualTo("H2encrypt");
        assertThat(KeyRing.folderIdOf(dir)).contains(secrets.folderId());
        assertThat(KeyRing.forThisUser().location().startsWith(dir.toAbsolutePath())).isFalse();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertThat(contains(bytes, secrets.fileKey().getBytes(StandardCharsets.US_ASCII))).as("key in %s", file).isFalse();
                assertThat(contains(bytes, secrets.databasePassword().getBytes(StandardCharsets.US_ASCII))).as("password in %s", file).isFalse();
            }
        }
        // Whoever has the folder but not the key ring: H2's defaults do not open it.
        assertThatThrownBy(() -> RawDatabase.openWithoutKeys(dir).close()).isInstanceOf(SQLException.class);
    }

    @Test
    @DisplayName("an earlier Vigil's plain database is encrypted once, at the same audit head, with the chain keyed from the next event")
    void plainDatabaseEncrypted() throws Exception {
        Path dir = Files.createDirectories(root.resolve("old"));
        Path fixture = Path.of(EncryptedDatabaseTest.class.getResource(FIXTURE).toURI());
        Files.copy(fixture.resolve("vigil.mv.db"), Database.fileIn(dir));
        assertThat(header(Database.fileIn(dir))).isNotEqualTo("H2encrypt");
        long head;
        try (RawDatabase plain = RawDatabase.openWithoutKeys(dir)) {
            head = plain.auditHead();
        }
        try (Database database = Database.open(dir)) {
            assertThat(database.secrets().chainKeyedFrom()).isEqualTo(head + 1);
            long stored = database.read(tx -> new AuditTrail().storedHead(tx));
            // One more: the upgrade's own event, keyed, which seals the rows as the upgrade left them (SIG-4).
            assertThat(stored).isEqualTo(head + 1);
        }
        assertThat(header(Database.fileIn(dir))).isEqualTo("H2encrypt");
        try (RawDatabase raw = RawDatabase.open(dir)) {
            assertThat(raw.auditHead()).isEqualTo(head + 1);
        }
        // No plain copy left behind: the work area is empty and the folder holds one database file
        // (beside it the mark of its clean close, issue 16: sizes and hashes, no record).
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList())
                    .containsExactlyInAnyOrder("vigil.mv.db", KeyRing.FOLDER_ID_FILE, CleanCloseMark.NAME);
        }
        // Opened again, it is not converted again.
        String folderId = KeyRing.folderIdOf(dir).orElseThrow();
        Database.open(dir).close();
        assertThat(KeyRing.folderIdOf(dir)).contains(folderId);
    }

    @Test
    @DisplayName("a folder whose key is not in this key ring is refused as such, and its file is left as it was")
    void keyMissing() throws Exception {
        Path dir = root.resolve("copied");
        Database.open(dir).close();
        Files.writeString(dir.resolve(KeyRing.FOLDER_ID_FILE), UUID.randomUUID() + "\n");
        String before = sha256(Database.fileIn(dir));
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseKeyMissingException.class);
        assertThat(sha256(Database.fileIn(dir))).isEqualTo(before);
    }

    @Test
    @DisplayName("a database file that arrived without its folder ID opens with the key of this key ring that fits, and the folder is named")
    void unnamedCopyFindsItsKey() throws Exception {
        Path dir = root.resolve("clinic");
        String folderId;
        try (Database database = Database.open(dir)) {
            folderId = database.secrets().folderId();
        }
        Path copy = Files.createDirectories(root.resolve("unpacked"));
        Files.copy(Database.fileIn(dir), Database.fileIn(copy));
        try (Database database = Database.open(copy)) {
            assertThat(database.secrets().folderId()).isEqualTo(folderId);
        }
        assertThat(KeyRing.folderIdOf(copy)).contains(folderId);
    }

    @Test
    @DisplayName("item 4: a file damaged in the middle is refused before anything is written to it")
    void damagedLeftUntouched() throws Exception {
        Path dir = root.resolve("clinic");
        try (Database database = Database.open(dir)) {
            database.write(tx -> {
                for (int i = 0; i < 400; i++) {
                    new AuditTrail().append(tx, new AuditTrail.Entry(null, "test", "FILLER", "test", Integer.toString(i), null,
                            "row " + i + " " + "x".repeat(200), null), java.time.Instant.parse("2025-03-03T08:00:00Z"));
                }
                return null;
            });
        }
        byte[] original = Files.readAllBytes(Database.fileIn(dir));
        // Where the live pages lie depends on H2's layout: 4 KiB are overwritten at each
        // sixteenth of the file in turn, and every damage the opening finds must leave the file as it was.
        int found = 0;
        for (int part = 1; part < 16; part++) {
            Path copy = Files.createDirectories(root.resolve("damaged-" + part));
            Files.copy(dir.resolve(KeyRing.FOLDER_ID_FILE), copy.resolve(KeyRing.FOLDER_ID_FILE));
            byte[] bytes = original.clone();
            int at = original.length * part / 16;
            java.util.Arrays.fill(bytes, at, Math.min(bytes.length, at + 4096), (byte) 'x');
            Path file = Database.fileIn(copy);
            Files.write(file, bytes);
            String before = sha256(file);
            try {
                Database.open(copy).close();
            } catch (DatabaseDamagedException e) {
                found++;
                assertThat(sha256(file)).as("damage at %d/16", part).isEqualTo(before);
                assertThat(e.file()).isEqualTo(file);
            }
        }
        assertThat(found).as("damage the opening found").isPositive();
    }

    @Test
    @DisplayName("what a killed run left in the private work area is removed at the next opening")
    void workAreaCleaned() throws Exception {
        Path dir = root.resolve("clinic");
        Database.open(dir).close();
        Path left = Files.createDirectories(WorkArea.of(dir).resolve("backup-copy"));
        Files.writeString(left.resolve("vigil.mv.db"), "a copy a kill left");
        Database.open(dir).close();
        try (Stream<Path> files = Files.list(WorkArea.of(dir))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    @DisplayName("a failed statement's message, as the log gets it, carries no value: no name or ID number in the log")
    void failuresLoggedWithoutValues() {
        Path dir = root.resolve("clinic");
        try (Database database = Database.open(dir)) {
            database.write(tx -> {
                tx.update("CREATE TABLE probe_person (id_number VARCHAR(8) PRIMARY KEY, name VARCHAR(10))");
                tx.update("INSERT INTO probe_person VALUES (?, ?)", "P1900001", "Okafor");
                return null;
            });
            for (Object[] values : List.of(new Object[] {"P1900001", "Okafor"}, new Object[] {"P1900002", "Okafor Grace Adaeze"})) {
                Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> database.write(tx -> {
                    tx.update("INSERT INTO probe_person VALUES (?, ?)", values);
                    return null;
                }));
                StringWriter printed = new StringWriter();
                failure.printStackTrace(new PrintWriter(printed));
                assertThat(printed.toString()).contains("INSERT INTO probe_person").doesNotContain("P190000", "Okafor");
            }
        }
    }
}
