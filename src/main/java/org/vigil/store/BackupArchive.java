package org.vigil.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Vigil backup: one zip holding a consistent copy of the database file and a manifest naming
 * the clinic's installation, the audit chain head and the database file's SHA-256. The manifest
 * is what lets restore refuse a damaged or another clinic's backup.
 */
public final class BackupArchive {

    static final String MANIFEST_ENTRY = "vigil-backup.properties";
    static final String DATABASE_ENTRY = Database.FILE_NAME + Database.FILE_SUFFIX;
    static final String FORMAT = "1";

    /** What a backup says about itself. */
    public record Manifest(String installationId, String clinicName, Instant createdAt, long auditHeadSeq,
                           String auditHeadHash, String databaseSha256, String folderId) {}

    private BackupArchive() {}

    /**
     * A copy of the database while Vigil keeps running, made as a new database file in
     * {@code copyDir}: the live database is written out as SQL in one transaction (a consistent
     * state), and that script is run into an empty file. H2's online {@code BACKUP TO} copies the
     * file as it lies, and such a copy was seen to open at an older state than the one saved
     * (the suite's backup tests, once the register's tables changed the file's layout; h2database
     * PR #4069): a backup that silently lacks the last records is worse than none. The new file is
     * also compact, without the dead space of the live one.
     *
     * @return the audit chain head of the state copied, which the copy must hold too
     */
    public static long snapshot(Database database, Path copyDir) {
        Path script = copyDir.resolveSibling(copyDir.getFileName() + ".sql.zip");
        long head = database.write(tx -> {
            long seq = new AuditTrail().storedHead(tx);
            tx.update("SCRIPT TO ? COMPRESSION ZIP", script.toAbsolutePath().toString());
            return seq;
        });
        try {
            Files.createDirectories(copyDir);
            Database.runScriptInto(copyDir, script);
            Files.deleteIfExists(script);
        } catch (IOException e) {
            throw new StoreException("Cannot make the backup copy in " + copyDir, e);
        }
        return head;
    }

    /** Unpacks the database file of a Vigil backup into a data folder. */
    public static void extractDatabase(Path zip, Path dataDir) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(DATABASE_ENTRY)) {
                    Files.createDirectories(dataDir);
                    Files.copy(in, Database.fileIn(dataDir), StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        } catch (IOException e) {
            throw new BackupDamagedException("backup.damaged.unreadable", e);
        }
        throw new BackupDamagedException("backup.damaged.noDatabase", null);
    }

    /** Writes the final archive from a verified database file and forces it to disk. */
    public static void write(Path target, Path databaseFile, Manifest manifest) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            try (OutputStream file = Files.newOutputStream(partial);
                 ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                zip.write(manifestText(manifest).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(databaseFile, zip);
                zip.closeEntry();
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot write the backup " + target, e);
        }
    }

    /**
     * Reads the manifest and checks the database entry against its checksum.
     *
     * @throws BackupDamagedException when the file is not a readable Vigil backup
     */
    public static Manifest readVerified(Path archive) {
        Manifest manifest;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST_ENTRY);
            ZipEntry databaseEntry = zip.getEntry(DATABASE_ENTRY);
            if (manifestEntry == null || databaseEntry == null) {
                throw new BackupDamagedException("backup.damaged.notVigil", null);
            }
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (!FORMAT.equals(p.getProperty("format"))) {
                throw new BackupDamagedException("backup.damaged.notVigil", null);
            }
            manifest = new Manifest(p.getProperty("installationId"), p.getProperty("clinicName"),
                    Instant.parse(p.getProperty("createdAt")), Long.parseLong(p.getProperty("auditHeadSeq")),
                    p.getProperty("auditHeadHash"), p.getProperty("databaseSha256"), p.getProperty("folderId"));
            try (InputStream in = zip.getInputStream(databaseEntry)) {
                if (!sha256(in).equals(manifest.databaseSha256())) {
                    throw new BackupDamagedException("backup.damaged.checksum", null);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupDamagedException damaged) {
                throw damaged;
            }
            throw new BackupDamagedException("backup.damaged.unreadable", e);
        }
        return manifest;
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file, e);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String manifestText(Manifest m) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("installationId", m.installationId());
        p.setProperty("clinicName", m.clinicName());
        p.setProperty("createdAt", m.createdAt().toString());
        p.setProperty("auditHeadSeq", Long.toString(m.auditHeadSeq()));
        p.setProperty("auditHeadHash", m.auditHeadHash());
        p.setProperty("databaseSha256", m.databaseSha256());
        // Which secrets key the copy's chain: on this workstation's key ring, they open it again.
        p.setProperty("folderId", m.folderId());
        StringWriter out = new StringWriter();
        p.store(out, "Vigil backup");
        return out.toString();
    }
}
