package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive format against an attacker who edits the file (SETUP-2, SIG-4). Keys at the least
 * Argon2id cost, so each case takes milliseconds; the service tests use the production cost.
 */
@DisplayName("Backup archive: every part authenticated")
class BackupArchiveTest {

    @TempDir
    Path root;
    private BackupKey key;
    private Path database;
    private Path secrets;

    @BeforeEach
    void files() throws IOException {
        key = BackupKey.derive("lantern over the harbour wall".toCharArray(), new byte[16], 8, 1, 1);
        byte[] content = new byte[(int) (2.5 * BackupArchive.CHUNK_BYTES)];
        new Random(14).nextBytes(content); // incompressible: three chunks
        database = Files.write(root.resolve("vigil.mv.db"), content);
        secrets = Files.writeString(root.resolve("secrets"), "folderId=x\n");
    }

    private BackupArchive.Manifest about() {
        return BackupArchive.Manifest.about("0c9a4a52-7a43-4b8e-9a3e-2f1b8d6c5e40", "Test Clinic", Instant.parse("2025-03-03T08:00:00Z"),
                4, "ab".repeat(32), null);
    }

    private Path write(String name) {
        Path target = root.resolve(name);
        BackupArchive.write(target, key, about(), List.of(new BackupArchive.Source(BackupArchive.DATABASE_ENTRY, database),
                new BackupArchive.Source(BackupArchive.SECRETS_ENTRY, secrets)));
        return target;
    }

    private Map<String, byte[]> extract(Path archive) {
        Map<String, byte[]> out = new HashMap<>();
        BackupArchive.extract(archive, key, entry -> new ByteArrayOutputStream() {
            @Override
            public void close() {
                out.put(entry.name(), toByteArray());
            }
        });
        return out;
    }

    private String refusal(Path archive) {
        try {
            extract(archive);
            return "restored";
        } catch (BackupDamagedException e) {
            return e.messageKey();
        }
    }

    /** Where each part of an archive lies: the header and manifest, then per entry its name and chunks. */
    record Layout(int manifestStart, int manifestEnd, List<int[]> entries, List<List<int[]>> chunks) {}

    static Layout layout(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.position(10);
        int headerLength = Short.toUnsignedInt(b.getShort());
        int manifestStart = 12 + headerLength;
        b.position(manifestStart + 12);
        int manifestLength = b.getInt();
        b.position(b.position() + manifestLength);
        int manifestEnd = b.position();
        List<int[]> entries = new ArrayList<>();
        List<List<int[]>> chunks = new ArrayList<>();
        while (b.hasRemaining()) {
            int start = b.position();
            int nameLength = Short.toUnsignedInt(b.getShort());
            b.position(b.position() + nameLength);
            List<int[]> entryChunks = new ArrayList<>();
            boolean last = false;
            while (!last) {
                int chunkStart = b.position();
                last = b.get() == 1;
                int length = b.getInt();
                b.position(b.position() + 12 + length);
                entryChunks.add(new int[] {chunkStart, b.position()});
            }
            entries.add(new int[] {start, b.position()});
            chunks.add(entryChunks);
        }
        return new Layout(manifestStart, manifestEnd, entries, chunks);
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] part(byte[] bytes, int[] range) {
        return Arrays.copyOfRange(bytes, range[0], range[1]);
    }

    @Test
    @DisplayName("SETUP-2 an archive reads back exactly, entry by entry, and its header names the Argon2id salt and costs")
    void roundTrip() throws IOException {
        Path archive = write("a.vigil-backup");
        Map<String, byte[]> entries = extract(archive);
        assertThat(entries.get(BackupArchive.DATABASE_ENTRY)).isEqualTo(Files.readAllBytes(database));
        assertThat(entries.get(BackupArchive.SECRETS_ENTRY)).isEqualTo(Files.readAllBytes(secrets));
        BackupArchive.Header header = BackupArchive.readHeader(archive);
        assertThat(header.opensWith(key)).isTrue();
        assertThat(header.memoryKib()).isEqualTo(8);
        assertThat(layout(Files.readAllBytes(archive)).chunks().getFirst()).hasSize(3);
        assertThat(new String(Files.readAllBytes(archive), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Test Clinic")
                .doesNotContain("folderId");
    }

    @Test
    @DisplayName("SIG-4 an edited database with its checksum recomputed (a new manifest under the attacker's key, the original header kept) is refused")
    void rechecksummedForgeryRefused() throws IOException {
        Path original = write("original.vigil-backup");
        byte[] edited = Files.readAllBytes(database);
        edited[100] ^= 1;
        Files.write(database, edited);
        // The attacker has no passphrase: same salt and costs, a key of their own.
        BackupKey attacker = new BackupKey(key.salt(), 8, 1, 1, new byte[32]);
        Path forged = root.resolve("forged.vigil-backup");
        BackupArchive.writeRaw(forged, attacker, withEntries(), List.of(() -> Files.newInputStream(database), () -> Files.newInputStream(secrets)));
        assertThat(refusal(forged)).isEqualTo("backup.wrongPassphrase");
        byte[] originalBytes = Files.readAllBytes(original);
        byte[] forgedBytes = Files.readAllBytes(forged);
        int headerEnd = layout(originalBytes).manifestStart();
        Files.write(forged, cat(Arrays.copyOf(originalBytes, headerEnd), Arrays.copyOfRange(forgedBytes, headerEnd, forgedBytes.length)));
        assertThat(refusal(forged)).isEqualTo("backup.damaged.tampered");
    }

    private BackupArchive.Manifest withEntries() {
        BackupArchive.Manifest a = about();
        return new BackupArchive.Manifest("11111111-2222-3333-4444-555555555555", a.installationId(), a.clinicName(), a.createdAt(),
                a.auditHeadSeq(), a.auditHeadHash(), null, List.of(
                new BackupArchive.Entry(BackupArchive.DATABASE_ENTRY, size(database), BackupArchive.sha256(database)),
                new BackupArchive.Entry(BackupArchive.SECRETS_ENTRY, size(secrets), BackupArchive.sha256(secrets))));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("SIG-4 a changed byte in the manifest, in a chunk, or in the header's costs is refused")
    void editsRefused() throws IOException {
        Path archive = write("a.vigil-backup");
        byte[] bytes = Files.readAllBytes(archive);
        Layout layout = layout(bytes);
        byte[] manifest = bytes.clone();
        manifest[layout.manifestEnd() - 5] ^= 1;
        Files.write(archive, manifest);
        assertThat(refusal(archive)).isEqualTo("backup.damaged.tampered");
        byte[] chunk = bytes.clone();
        chunk[layout.chunks().getFirst().get(1)[0] + 40] ^= 1;
        Files.write(archive, chunk);
        assertThat(refusal(archive)).isEqualTo("backup.damaged.tampered");
    }

    @Test
    @DisplayName("SIG-4 a second vigil.mv.db entry is refused, appended after the last entry or put in place of another")
    void duplicateDatabaseEntryRefused() throws IOException {
        Path archive = write("a.vigil-backup");
        byte[] bytes = Files.readAllBytes(archive);
        Layout layout = layout(bytes);
        byte[] databaseEntry = part(bytes, layout.entries().getFirst());
        Files.write(archive, cat(bytes, databaseEntry));
        assertThat(refusal(archive)).isEqualTo("backup.damaged.entries");
        Files.write(archive, cat(Arrays.copyOf(bytes, layout.entries().get(1)[0]), databaseEntry));
        assertThat(refusal(archive)).isEqualTo("backup.damaged.entries");
    }

    @Test
    @DisplayName("SIG-4 an entry spliced in from another backup under the same passphrase is refused, and so is a renamed one")
    void foreignOrRenamedEntryRefused() throws IOException {
        Path a = write("a.vigil-backup");
        Path b = write("b.vigil-backup");
        byte[] aBytes = Files.readAllBytes(a);
        byte[] bBytes = Files.readAllBytes(b);
        Layout la = layout(aBytes);
        Layout lb = layout(bBytes);
        Files.write(a, cat(Arrays.copyOf(aBytes, la.entries().getFirst()[0]), part(bBytes, lb.entries().getFirst()),
                part(aBytes, la.entries().get(1))));
        assertThat(refusal(a)).isEqualTo("backup.damaged.tampered");
        byte[] renamed = bBytes.clone();
        int nameAt = lb.entries().getFirst()[0] + 2;
        renamed[nameAt] = 'W'; // "vigil.mv.db" becomes "Wigil.mv.db", an entry the manifest does not list
        Files.write(b, renamed);
        assertThat(refusal(b)).isEqualTo("backup.damaged.unlisted");
    }

    @Test
    @DisplayName("SIG-4 chunks reordered, dropped at a chunk boundary, or cut mid-chunk are refused")
    void reorderedOrTruncatedRefused() throws IOException {
        Path archive = write("a.vigil-backup");
        byte[] bytes = Files.readAllBytes(archive);
        List<int[]> chunks = layout(bytes).chunks().getFirst();
        byte[] swapped = cat(Arrays.copyOf(bytes, chunks.get(0)[0]), part(bytes, chunks.get(1)), part(bytes, chunks.get(0)),
                Arrays.copyOfRange(bytes, chunks.get(1)[1], bytes.length));
        Files.write(archive, swapped);
        assertThat(refusal(archive)).isEqualTo("backup.damaged.tampered");
        // The last chunk dropped and the one before flagged last: the flag is authenticated.
        byte[] dropped = Arrays.copyOf(bytes, chunks.get(2)[0]);
        dropped[chunks.get(1)[0]] = 1;
        Files.write(archive, dropped);
        assertThat(refusal(archive)).isEqualTo("backup.damaged.tampered");
        Files.write(archive, Arrays.copyOf(bytes, chunks.get(1)[0] + 1000));
        assertThat(refusal(archive)).isEqualTo("backup.damaged.truncated");
        Files.write(archive, Arrays.copyOf(bytes, 30));
        assertThat(refusal(archive)).isEqualTo("backup.damaged.truncated");
        Files.write(archive, Arrays.copyOf(bytes, 5));
        assertThat(refusal(archive)).isEqualTo("backup.damaged.notVigil");
    }

    @Test
    @DisplayName("SIG-4 a 5 MB entry that inflates to 1 GiB while its manifest says 1 MiB stops at 1 MiB written (zip bomb)")
    void bombStopsAtManifestSize() throws IOException {
        long claimed = 1 << 20;
        long expands = 1L << 30;
        BackupArchive.Manifest a = about();
        BackupArchive.Manifest lying = new BackupArchive.Manifest("11111111-2222-3333-4444-555555555555", a.installationId(), a.clinicName(),
                a.createdAt(), a.auditHeadSeq(), a.auditHeadHash(), null,
                List.of(new BackupArchive.Entry(BackupArchive.DATABASE_ENTRY, claimed, "00".repeat(32))));
        Path bomb = root.resolve("bomb.vigil-backup");
        BackupArchive.writeRaw(bomb, key, lying, List.of(() -> zeros(expands)));
        assertThat(Files.size(bomb)).isLessThan(8L << 20);
        long[] written = {0};
        assertThatThrownBy(() -> BackupArchive.extract(bomb, key, entry -> new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        })).isInstanceOf(BackupDamagedException.class).extracting(e -> ((BackupDamagedException) e).messageKey())
                .isEqualTo("backup.damaged.tooLarge");
        assertThat(written[0]).isLessThanOrEqualTo(claimed);
    }

    @Test
    @DisplayName("SIG-4 a manifest claiming more than the absolute cap is refused before anything is written")
    void manifestOverCapRefused() {
        BackupArchive.Manifest a = about();
        BackupArchive.Manifest huge = new BackupArchive.Manifest("11111111-2222-3333-4444-555555555555", a.installationId(), a.clinicName(),
                a.createdAt(), a.auditHeadSeq(), a.auditHeadHash(), null,
                List.of(new BackupArchive.Entry(BackupArchive.DATABASE_ENTRY, BackupArchive.MAX_TOTAL_BYTES + 1, "00".repeat(32))));
        Path archive = root.resolve("huge.vigil-backup");
        BackupArchive.writeRaw(archive, key, huge, List.of(() -> InputStream.nullInputStream()));
        boolean[] opened = {false};
        assertThatThrownBy(() -> BackupArchive.extract(archive, key, entry -> {
            opened[0] = true;
            return OutputStream.nullOutputStream();
        })).extracting(e -> ((BackupDamagedException) e).messageKey()).isEqualTo("backup.damaged.tooLarge");
        assertThat(opened[0]).isFalse();
    }

    @Test
    @DisplayName("SETUP-2 a wrong passphrase is told apart from damage")
    void wrongKey() {
        Path archive = write("a.vigil-backup");
        BackupKey other = BackupKey.derive("lantern over the harbour walk".toCharArray(), new byte[16], 8, 1, 1);
        assertThatThrownBy(() -> BackupArchive.readManifest(archive, other)).extracting(e -> ((BackupDamagedException) e).messageKey())
                .isEqualTo("backup.wrongPassphrase");
    }

    private static InputStream zeros(long n) {
        return new InputStream() {
            private long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                Arrays.fill(b, off, off + k, (byte) 0);
                left -= k;
                return k;
            }
        };
    }
}
