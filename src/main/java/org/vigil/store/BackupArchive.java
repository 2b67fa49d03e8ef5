package org.vigil.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Vigil backup (format 2): encrypted and authenticated with AES-256-GCM under the clinic's
 * {@link BackupKey}, so that nobody without the passphrase reads it and nobody changes, adds,
 * drops, reorders or swaps a byte of it unnoticed.
 *
 * <pre>
 * "VIGILBK2" | u16 format | u16 n | header (n bytes, ASCII properties: archive ID, Argon2id salt and costs, key check)
 * manifest:  nonce(12) | u32 length | AES-GCM(manifest properties), AAD = every byte above
 * per entry, in the manifest's order:
 *            u16 n | name (n bytes UTF-8)
 *            chunks: u8 last | u32 length | nonce(12) | AES-GCM(up to 1 MiB of the deflated entry),
 *                    AAD = archive ID, entry name, chunk index, last flag
 * end of file
 * </pre>
 *
 * The manifest names every entry with its size and SHA-256; a reader refuses an entry that is
 * not the next one listed, a second entry of a name, a chunk from another archive, entry or
 * position, a file cut short or with bytes after its end, and never writes more of an entry than
 * the manifest's size for it (a "zip bomb" stops there).
 */
public final class BackupArchive {

    static final byte[] MAGIC = "VIGILBK2".getBytes(StandardCharsets.US_ASCII);
    /** The first bytes of a zip: the unencrypted format 1 of earlier Vigil versions. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    static final int FORMAT = 2;
    public static final String DATABASE_ENTRY = Database.FILE_NAME + Database.FILE_SUFFIX;
    /** The data folder's secrets (FolderSecrets), so a restore on a new workstation can open what it restores. */
    public static final String SECRETS_ENTRY = "folder-secrets.properties";
    private static final Set<String> KNOWN_ENTRIES = Set.of(DATABASE_ENTRY, SECRETS_ENTRY);
    /** Deflated bytes per GCM chunk: big enough that the tags cost nothing, small enough to hold in memory. */
    static final int CHUNK_BYTES = 1 << 20;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final int MAX_HEADER_BYTES = 4096;
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    private static final int MAX_NAME_BYTES = 255;
    private static final int MAX_ENTRIES = 8;
    /**
     * No manifest may claim more than this in all (256 GiB): a clinic's database is megabytes to a
     * few gigabytes, and a restore refuses before writing a byte anything larger.
     */
    public static final long MAX_TOTAL_BYTES = 256L << 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The unencrypted start of an archive: which key opens it. */
    public record Header(String archiveId, byte[] salt, int memoryKib, int iterations, int parallelism, String keyCheck, byte[] raw) {

        /** The key a typed passphrase gives for this archive. */
        public BackupKey derive(char[] passphrase) {
            return BackupKey.derive(passphrase, salt, memoryKib, iterations, parallelism);
        }

        public boolean opensWith(BackupKey key) {
            return Arrays.equals(salt, key.salt()) && keyCheck.equals(key.check());
        }
    }

    /** One entry as the manifest lists it: the uncompressed size and SHA-256 its content must have. */
    public record Entry(String name, long size, String sha256) {}

    /** What a backup says about itself, authenticated with everything else. */
    public record Manifest(String archiveId, String installationId, String clinicName, Instant createdAt, long auditHeadSeq,
                           String auditHeadHash, String folderId, List<Entry> entries) {

        public Manifest {
            entries = List.copyOf(entries);
        }

        /** The facts of a backup about to be written; the writer adds the archive ID and the entries. */
        public static Manifest about(String installationId, String clinicName, Instant createdAt, long auditHeadSeq,
                                     String auditHeadHash, String folderId) {
            return new Manifest("", installationId, clinicName, createdAt, auditHeadSeq, auditHeadHash, folderId, List.of());
        }

        public long totalSize() {
            return entries.stream().mapToLong(Entry::size).sum();
        }

        public Optional<Entry> entry(String name) {
            return entries.stream().filter(e -> e.name().equals(name)).findFirst();
        }
    }

    /** An entry to write, from a file. */
    public record Source(String name, Path file) {}

    /** Where a restore writes an entry; failures there (a full disk) are the sink's, not the archive's. */
    @FunctionalInterface
    public interface Sink {
        OutputStream open(Entry entry) throws IOException;
    }

    private BackupArchive() {}

    /**
     * A copy of the database while Vigil keeps running: the file's bytes as they lie, copied while
     * commits go on (issue 16, item 2: a backup costs what the data costs, not a rebuild of it).
     * Commits only append chunks, and the copy is taken inside a write, which keeps
     * {@link FileCompaction}'s hole-filling slices out until it is done: so the copy is what a kill
     * at that moment would leave, which H2 opens at the newest whole commit (FileCompactionTest
     * opens such images after every write). The caller refuses a copy whose audit head lags the
     * live one. H2's own {@code BACKUP TO} made the same copy through a deflated zip: the file is
     * encrypted and does not compress, and deflating it took about 4 s per clinic-year. Earlier
     * Vigil wrote the database out as SQL and ran the script into a new file (200 s for a year),
     * because such a copy once opened at an older state than the one saved (h2database PR #4069):
     * H2 had put the newest chunks in holes, where a copy, like a kill, does not find them.
     *
     * @return the audit chain head of the state copied, which the copy must hold too
     */
    public static long snapshot(Database database, Path copyDir) {
        try {
            Files.createDirectories(copyDir);
        } catch (IOException e) {
            throw new StoreException("Cannot make the backup copy in " + copyDir, e);
        }
        Path copy = Database.fileIn(copyDir);
        // The head is read while no save is between its commit and its sync: a save's commit is seen
        // by others before its checkpoint puts it on the disk, and a head read inside the copy's own
        // write could name a save the copied bytes did not hold yet (BackupRestoreTest.backupWhileSaving
        // found it: head 48, copy 47). Saves made after this only make the copy newer.
        long[] seq = new long[1];
        database.betweenChunkWrites(() -> seq[0] = database.read(tx -> new AuditTrail().storedHead(tx)));
        return database.write(tx -> {
            try (java.nio.channels.FileChannel from = java.nio.channels.FileChannel.open(database.file(), java.nio.file.StandardOpenOption.READ);
                 java.nio.channels.FileChannel to = java.nio.channels.FileChannel.open(copy, java.nio.file.StandardOpenOption.CREATE,
                         java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
                long length = from.size();
                for (long done = 0, n = 1; done < length && n > 0; done += n) {
                    n = from.transferTo(done, length - done, to);
                }
            } catch (IOException e) {
                throw new StoreException("Cannot make the backup copy in " + copyDir, e);
            }
            return seq[0];
        });
    }

    /**
     * Writes the archive beside {@code target} as a private (0600) partial file, forces it to
     * disk and renames it into place, so a target is never half written.
     *
     * @return the manifest written, with its archive ID and entries
     * @throws UncheckedIOException when the target cannot be written (no such folder, no right, disk full)
     */
    public static Manifest write(Path target, BackupKey key, Manifest about, List<Source> sources) {
        List<Entry> entries = new ArrayList<>();
        for (Source source : sources) {
            try {
                entries.add(new Entry(source.name(), Files.size(source.file()), sha256(source.file())));
            } catch (IOException e) {
                throw new StoreException("Cannot read " + source.file(), e);
            }
        }
        Manifest manifest = new Manifest(UUID.randomUUID().toString(), about.installationId(), about.clinicName(), about.createdAt(),
                about.auditHeadSeq(), about.auditHeadHash(), about.folderId(), entries);
        writeRaw(target, key, manifest, sources.stream().map(s -> (ContentSource) () -> Files.newInputStream(s.file())).toList());
        return manifest;
    }

    /** An entry's content, opened when it is written. */
    @FunctionalInterface
    interface ContentSource {
        InputStream open() throws IOException;
    }

    /**
     * Writes {@code manifest} and one entry per content, in the manifest's order, whatever the
     * content holds: the public {@link #write} computes the manifest from the files; tests use
     * this to build archives whose manifest does not tell the truth.
     */
    static void writeRaw(Path target, BackupKey key, Manifest manifest, List<ContentSource> contents) {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial);
            PrivateFiles.restrictToOwner(partial, false);
            try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.WRITE);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                byte[] header = headerBytes(manifest.archiveId(), key);
                out.write(header);
                byte[] manifestText = manifestText(manifest).getBytes(StandardCharsets.UTF_8);
                byte[] nonce = nonce();
                byte[] sealed = seal(key, nonce, concat("manifest".getBytes(StandardCharsets.US_ASCII), header), manifestText);
                out.write(nonce);
                out.writeInt(sealed.length);
                out.write(sealed);
                for (int i = 0; i < manifest.entries().size(); i++) {
                    Entry entry = manifest.entries().get(i);
                    byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
                    out.writeShort(name.length);
                    out.write(name);
                    try (InputStream in = contents.get(i).open();
                         OutputStream deflating = new DeflaterOutputStream(new ChunkWriter(out, key, manifest.archiveId(), entry.name()),
                                 new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                        in.transferTo(deflating);
                    }
                }
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(absolute.getParent());
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** Reads the unencrypted header: which salt and costs derive the key, and the archive's ID. */
    public static Header readHeader(Path archive) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
            return readHeader(in);
        } catch (EOFException e) {
            throw new BackupDamagedException("backup.damaged.truncated", e);
        } catch (IOException e) {
            throw new BackupDamagedException("backup.damaged.unreadable", e);
        }
    }

    /**
     * Opens and authenticates the manifest.
     *
     * @throws BackupDamagedException {@code backup.wrongPassphrase} when the key is not this
     *     archive's, or the reason the archive is not an intact Vigil backup
     */
    public static Manifest readManifest(Path archive, BackupKey key) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
            return readManifest(in, key);
        } catch (EOFException e) {
            throw new BackupDamagedException("backup.damaged.truncated", e);
        } catch (IOException e) {
            throw new BackupDamagedException("backup.damaged.unreadable", e);
        }
    }

    /**
     * Reads every entry, checks each against the manifest and hands its content to the sink. The
     * caller must check the free space for {@link Manifest#totalSize()} first; this never writes
     * more of an entry than the manifest's size for it.
     *
     * @throws BackupDamagedException when any part is not authentic or does not match the manifest
     * @throws UncheckedIOException when the sink fails (a full disk)
     */
    public static Manifest extract(Path archive, BackupKey key, Sink sink) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16))) {
            Manifest manifest = readManifest(in, key);
            for (Entry entry : manifest.entries()) {
                String name = readName(in);
                if (!name.equals(entry.name())) {
                    throw new BackupDamagedException(manifest.entry(name).isPresent() ? "backup.damaged.entries" : "backup.damaged.unlisted",
                            null);
                }
                readEntry(in, key, manifest.archiveId(), entry, sink);
            }
            if (in.read() != -1) {
                // Bytes after the last listed entry: a second entry of some name, or anything else spliced on.
                throw new BackupDamagedException("backup.damaged.entries", null);
            }
            return manifest;
        } catch (EOFException e) {
            throw new BackupDamagedException("backup.damaged.truncated", e);
        } catch (IOException e) {
            throw new BackupDamagedException("backup.damaged.unreadable", e);
        }
    }

    /** The folder secrets as the backup carries them. */
    public static String secretsText(FolderSecrets secrets) {
        Properties p = new Properties();
        p.setProperty("folderId", secrets.folderId());
        p.setProperty("fileKey", secrets.fileKey());
        p.setProperty("databasePassword", secrets.databasePassword());
        p.setProperty("chainKey", FolderSecrets.hex(secrets.chainKey()));
        p.setProperty("chainKeyedFrom", Long.toString(secrets.chainKeyedFrom()));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Vigil data folder secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads the secrets entry of an authenticated backup. */
    public static FolderSecrets parseSecrets(String text) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(text));
            return new FolderSecrets(p.getProperty("folderId"), p.getProperty("fileKey"), p.getProperty("databasePassword"),
                    HexFormat.of().parseHex(p.getProperty("chainKey")), Long.parseLong(p.getProperty("chainKeyedFrom")));
        } catch (IOException | RuntimeException e) {
            throw new BackupDamagedException("backup.damaged.tampered", e);
        }
    }

    private static Header readHeader(DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (magic.length >= ZIP_MAGIC.length && Arrays.equals(Arrays.copyOf(magic, ZIP_MAGIC.length), ZIP_MAGIC)) {
            throw new BackupDamagedException("backup.damaged.oldFormat", null);
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new BackupDamagedException("backup.damaged.notVigil", null);
        }
        int format = in.readUnsignedShort();
        if (format != FORMAT) {
            throw new BackupDamagedException("backup.damaged.newerFormat", null);
        }
        int length = in.readUnsignedShort();
        if (length > MAX_HEADER_BYTES) {
            throw new BackupDamagedException("backup.damaged.notVigil", null);
        }
        byte[] text = in.readNBytes(length);
        if (text.length < length) {
            throw new EOFException();
        }
        ByteBuffer raw = ByteBuffer.allocate(MAGIC.length + 4 + length).put(MAGIC).putShort((short) format).putShort((short) length).put(text);
        try {
            Properties p = new Properties();
            p.load(new StringReader(new String(text, StandardCharsets.US_ASCII)));
            if (!"argon2id-19".equals(p.getProperty("kdf"))) {
                throw new BackupDamagedException("backup.damaged.notVigil", null);
            }
            return new Header(p.getProperty("archiveId"), HexFormat.of().parseHex(p.getProperty("salt")),
                    Integer.parseInt(p.getProperty("m")), Integer.parseInt(p.getProperty("t")), Integer.parseInt(p.getProperty("p")),
                    p.getProperty("keyCheck"), raw.array());
        } catch (RuntimeException e) {
            if (e instanceof BackupDamagedException damaged) {
                throw damaged;
            }
            throw new BackupDamagedException("backup.damaged.notVigil", e);
        }
    }

    private static Manifest readManifest(DataInputStream in, BackupKey key) throws IOException {
        Header header = readHeader(in);
        if (!header.opensWith(key)) {
            throw new BackupDamagedException("backup.wrongPassphrase", null);
        }
        byte[] nonce = readFully(in, NONCE_BYTES);
        int length = in.readInt();
        if (length < TAG_BYTES || length > MAX_MANIFEST_BYTES + TAG_BYTES) {
            throw new BackupDamagedException("backup.damaged.tampered", null);
        }
        byte[] sealed = readFully(in, length);
        byte[] text = open(key, nonce, concat("manifest".getBytes(StandardCharsets.US_ASCII), header.raw()), sealed);
        Manifest manifest = parseManifest(new String(text, StandardCharsets.UTF_8));
        if (!manifest.archiveId().equals(header.archiveId())) {
            throw new BackupDamagedException("backup.damaged.tampered", null);
        }
        return manifest;
    }

    private static String readName(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        if (length == 0 || length > MAX_NAME_BYTES) {
            throw new BackupDamagedException("backup.damaged.entries", null);
        }
        return new String(readFully(in, length), StandardCharsets.UTF_8);
    }

    private static void readEntry(DataInputStream in, BackupKey key, String archiveId, Entry entry, Sink sink) throws IOException {
        ChunkReader chunks = new ChunkReader(in, key, archiveId, entry.name());
        Inflater inflater = new Inflater();
        MessageDigest digest = digest();
        long written = 0;
        byte[] out = new byte[1 << 16];
        try (OutputStream target = openSink(sink, entry)) {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    byte[] plain = chunks.next();
                    if (plain == null) {
                        throw new BackupDamagedException("backup.damaged.checksum", null);
                    }
                    inflater.setInput(plain);
                    continue;
                }
                int n = inflater.inflate(out);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new BackupDamagedException("backup.damaged.checksum", null);
                }
                // Never past the manifest's size: an entry that inflates beyond it stops here, whatever it claims.
                if (written + n > entry.size()) {
                    throw new BackupDamagedException("backup.damaged.tooLarge", null);
                }
                digest.update(out, 0, n);
                write(target, out, n);
                written += n;
            }
            if (inflater.getRemaining() > 0 || chunks.next() != null) {
                throw new BackupDamagedException("backup.damaged.entries", null);
            }
        } catch (DataFormatException e) {
            throw new BackupDamagedException("backup.damaged.checksum", e);
        } finally {
            inflater.end();
        }
        if (written != entry.size() || !HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
            throw new BackupDamagedException("backup.damaged.checksum", null);
        }
    }

    private static OutputStream openSink(Sink sink, Entry entry) {
        try {
            return new SinkStream(sink.open(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream target, byte[] bytes, int n) {
        try {
            target.write(bytes, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the sink's failures (a full disk) apart from the archive's. */
    private static final class SinkStream extends OutputStream {
        private final OutputStream target;

        SinkStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                target.write(b, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                target.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Splits a deflated entry into sealed chunks; the last one (possibly empty) is written at close. */
    private static final class ChunkWriter extends OutputStream {
        private final DataOutputStream out;
        private final BackupKey key;
        private final String archiveId;
        private final String name;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int filled;
        private long index;

        ChunkWriter(DataOutputStream out, BackupKey key, String archiveId, String name) {
            this.out = out;
            this.key = key;
            this.archiveId = archiveId;
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    emit(false);
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            byte[] nonce = nonce();
            byte[] sealed = seal(key, nonce, chunkAad(archiveId, name, index, last), Arrays.copyOf(buffer, filled));
            out.writeByte(last ? 1 : 0);
            out.writeInt(sealed.length);
            out.write(nonce);
            out.write(sealed);
            index++;
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            emit(true);
        }
    }

    /** Opens an entry's chunks in order; null once the last chunk has been read. */
    private static final class ChunkReader {
        private final DataInputStream in;
        private final BackupKey key;
        private final String archiveId;
        private final String name;
        private long index;
        private boolean ended;

        ChunkReader(DataInputStream in, BackupKey key, String archiveId, String name) {
            this.in = in;
            this.key = key;
            this.archiveId = archiveId;
            this.name = name;
        }

        byte[] next() throws IOException {
            if (ended) {
                return null;
            }
            int flag = in.readUnsignedByte();
            int length = in.readInt();
            if (flag > 1 || length < TAG_BYTES || length > CHUNK_BYTES + TAG_BYTES) {
                throw new BackupDamagedException("backup.damaged.tampered", null);
            }
            byte[] nonce = readFully(in, NONCE_BYTES);
            byte[] sealed = readFully(in, length);
            boolean last = flag == 1;
            byte[] plain = BackupArchive.open(key, nonce, chunkAad(archiveId, name, index, last), sealed);
            index++;
            ended = last;
            return plain;
        }
    }

    private static byte[] chunkAad(String archiveId, String name, long index, boolean last) {
        byte[] id = archiveId.getBytes(StandardCharsets.US_ASCII);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(6 + 2 + id.length + 2 + n.length + 8 + 1).put("chunk:".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) id.length).put(id).putShort((short) n.length).put(n).putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] headerBytes(String archiveId, BackupKey key) {
        String text = "archiveId=" + archiveId + "\nkdf=argon2id-19\nm=" + key.memoryKib() + "\nt=" + key.iterations() + "\np="
                + key.parallelism() + "\nsalt=" + key.saltHex() + "\nkeyCheck=" + key.check() + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(MAGIC.length + 4 + bytes.length).put(MAGIC).putShort((short) FORMAT).putShort((short) bytes.length)
                .put(bytes).array();
    }

    private static String manifestText(Manifest m) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("archiveId", m.archiveId());
        p.setProperty("installationId", m.installationId());
        p.setProperty("clinicName", m.clinicName());
        p.setProperty("createdAt", m.createdAt().toString());
        p.setProperty("auditHeadSeq", Long.toString(m.auditHeadSeq()));
        p.setProperty("auditHeadHash", m.auditHeadHash());
        if (m.folderId() != null) {
            p.setProperty("folderId", m.folderId());
        }
        p.setProperty("entries", Integer.toString(m.entries().size()));
        for (int i = 0; i < m.entries().size(); i++) {
            Entry e = m.entries().get(i);
            p.setProperty("entry." + i + ".name", e.name());
            p.setProperty("entry." + i + ".size", Long.toString(e.size()));
            p.setProperty("entry." + i + ".sha256", e.sha256());
        }
        StringWriter out = new StringWriter();
        p.store(out, "Vigil backup manifest");
        return out.toString();
    }

    private static Manifest parseManifest(String text) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(text));
            int count = Integer.parseInt(p.getProperty("entries"));
            if (count < 1 || count > MAX_ENTRIES) {
                throw new BackupDamagedException("backup.damaged.entries", null);
            }
            List<Entry> entries = new ArrayList<>();
            Set<String> names = new HashSet<>();
            long total = 0;
            for (int i = 0; i < count; i++) {
                Entry e = new Entry(p.getProperty("entry." + i + ".name"), Long.parseLong(p.getProperty("entry." + i + ".size")),
                        p.getProperty("entry." + i + ".sha256"));
                if (!KNOWN_ENTRIES.contains(e.name()) || e.sha256() == null || e.size() < 0 || !names.add(e.name())) {
                    throw new BackupDamagedException("backup.damaged.entries", null);
                }
                total += e.size();
                if (total > MAX_TOTAL_BYTES) {
                    throw new BackupDamagedException("backup.damaged.tooLarge", null);
                }
                entries.add(e);
            }
            if (!names.contains(DATABASE_ENTRY)) {
                throw new BackupDamagedException("backup.damaged.noDatabase", null);
            }
            return new Manifest(p.getProperty("archiveId"), p.getProperty("installationId"), p.getProperty("clinicName"),
                    Instant.parse(p.getProperty("createdAt")), Long.parseLong(p.getProperty("auditHeadSeq")),
                    p.getProperty("auditHeadHash"), p.getProperty("folderId"), entries);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupDamagedException damaged) {
                throw damaged;
            }
            throw new BackupDamagedException("backup.damaged.tampered", e);
        }
    }

    private static byte[] seal(BackupKey key, byte[] nonce, byte[] aad, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.key(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    private static byte[] open(BackupKey key, byte[] nonce, byte[] aad, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.key(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new BackupDamagedException("backup.damaged.tampered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    /** Random 96-bit nonces: a clinic writes far fewer than the 2^32 chunks under one key that makes this safe. */
    private static byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    private static byte[] readFully(DataInputStream in, int n) throws IOException {
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Makes a rename in the folder durable (Linux, macOS); where a folder cannot be opened this way there is nothing to force. */
    public static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(BackupArchive.class).debug("Cannot force folder {} ({})", folder, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(BackupArchive.class).warn("Could not delete the partial backup {}", file, e);
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file, e);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = digest();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
