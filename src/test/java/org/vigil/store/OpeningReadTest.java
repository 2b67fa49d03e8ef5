package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 3: opening stays constant at ten clinic-years. The every-row read of issue 14
 * is skipped only for a file exactly as Vigil's last clean close left it; any other file (killed,
 * damaged, replaced, the mark altered) is still read whole, read-only, before a byte is written.
 */
@DisplayName("What the opening reads before it writes")
class OpeningReadTest {

    @TempDir
    Path root;
    private Path dir;

    @BeforeEach
    void aClinicClosedCleanly() {
        dir = root.resolve("clinic");
        try (Database database = Database.open(dir)) {
            assertThat(database.openingRead()).isEqualTo(Database.OpeningRead.NEW_OR_UPGRADED);
            database.write(tx -> {
                for (int i = 0; i < 400; i++) {
                    new AuditTrail().append(tx, new AuditTrail.Entry(null, "test", "FILLER", "test", Integer.toString(i), null,
                            "row " + i + " " + "x".repeat(200), null), Instant.parse("2025-03-03T08:00:00Z"));
                }
                return null;
            });
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    @DisplayName("a file as the last clean close left it is opened without reading every row")
    void cleanCloseSkipsTheEveryRowRead() {
        try (Database database = Database.open(dir)) {
            assertThat(database.openingRead()).isEqualTo(Database.OpeningRead.AS_LAST_CLOSED);
            // From the read-write open on, the file is no longer what the close left: a kill now leaves no mark.
            assertThat(dir.resolve(CleanCloseMark.NAME)).doesNotExist();
        }
        try (Database database = Database.open(dir)) {
            assertThat(database.openingRead()).isEqualTo(Database.OpeningRead.AS_LAST_CLOSED);
        }
    }

    @Test
    @DisplayName("a file not closed by Vigil (killed, no mark) is read whole before it is written")
    void withoutTheMarkEveryRowIsRead() throws Exception {
        Files.delete(dir.resolve(CleanCloseMark.NAME));
        try (Database database = Database.open(dir)) {
            assertThat(database.openingRead()).isEqualTo(Database.OpeningRead.EVERY_ROW);
        }
    }

    @Test
    @DisplayName("a mark written by hand for the file (its HMAC does not hold) counts for nothing")
    void forgedMarkIgnored() throws Exception {
        String real = CleanCloseMark.fingerprint(Database.fileIn(dir));
        Files.writeString(dir.resolve(CleanCloseMark.NAME), real + "\t" + "0".repeat(64) + "\n");
        try (Database database = Database.open(dir)) {
            assertThat(database.openingRead()).isEqualTo(Database.OpeningRead.EVERY_ROW);
        }
    }

    @Test
    @DisplayName("a file damaged in place after a clean close no longer matches its mark, wherever the damage is: it is read whole")
    void damagedInPlaceNoLongerMatches() throws Exception {
        Path file = Database.fileIn(dir);
        byte[] original = Files.readAllBytes(file);
        for (int part = 0; part < 16; part++) {
            byte[] bytes = original.clone();
            int at = original.length * part / 16;
            java.util.Arrays.fill(bytes, at, Math.min(bytes.length, at + 4096), (byte) 'x');
            Files.write(file, bytes);
            assertThat(CleanCloseMark.matches(dir, file, keyOf(dir))).as("damage at %d/16", part).isFalse();
        }
        // The opening then reads every row read-only; EncryptedDatabaseTest.damagedLeftUntouched shows such a file is left untouched.
        try {
            Database.open(dir).close();
        } catch (DatabaseDamagedException e) {
            assertThat(e.file()).isEqualTo(file);
        }
    }

    @Test
    @DisplayName("damage in the newest part of the file with its time and size put back is caught by the mark's hash")
    void tailDamageWithTimePutBack() throws Exception {
        Path file = Database.fileIn(dir);
        byte[] bytes = Files.readAllBytes(file);
        FileTime closedAt = Files.getLastModifiedTime(file);
        bytes[bytes.length - 100] ^= 1;
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, closedAt);
        assertThat(CleanCloseMark.matches(dir, file, keyOf(dir))).isFalse();
    }

    private static org.vigil.domain.ChainKey keyOf(Path dir) {
        FolderSecrets secrets = KeyRing.forThisUser().find(KeyRing.folderIdOf(dir).orElseThrow()).orElseThrow();
        return new org.vigil.domain.ChainKey(secrets.chainKey(), secrets.chainKeyedFrom());
    }

    @Test
    @DisplayName("the benchmark's compaction of a cleanly closed folder keeps it so; of a folder changed outside Vigil, does not vouch for it")
    void compactedClosedFolder() throws Exception {
        long before = Files.size(Database.fileIn(dir));
        Database.compactClosed(dir);
        assertThat(Files.size(Database.fileIn(dir))).as("compacted").isLessThan(before);
        try (Database database = Database.open(dir)) {
            assertThat(database.openingRead()).isEqualTo(Database.OpeningRead.AS_LAST_CLOSED);
        }
        // Changed after the close: the mark no longer matches before compaction, and compaction must not renew it.
        Files.setLastModifiedTime(Database.fileIn(dir), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Database.compactClosed(dir);
        try (Database database = Database.open(dir)) {
            assertThat(database.openingRead()).isEqualTo(Database.OpeningRead.EVERY_ROW);
        }
    }
}
