package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the unencrypted database of an earlier Vigil into an encrypted one, once, at its first
 * opening by this version. The plain file is only read (opened read-only), the encrypted copy is
 * built and checked in the data folder's private work area, the key ring receives the new
 * secrets, and only then does one atomic rename put the encrypted file in the place of the plain
 * one. A kill at any point leaves either the plain file (converted again at the next start) or
 * the encrypted one with its key kept; never a plain copy beside it.
 */
final class PlainDatabaseUpgrade {

    private static final Logger log = LoggerFactory.getLogger(PlainDatabaseUpgrade.class);
    private static final String WORK = "encrypting";

    private PlainDatabaseUpgrade() {}

    /**
     * @return the secrets now kept in the key ring and named by the folder
     * @throws DatabaseDamagedException when the plain file does not open (it is left untouched)
     * @throws DatabaseInUseException when another program has it open
     */
    static FolderSecrets run(Path dataDir, Path file, KeyRing keyRing) {
        Path work = WorkArea.fresh(dataDir, WORK);
        Path copy = work.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        // Read-only: the earlier version's file is never written by this version, whatever happens next.
        String plainUrl = "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
        long head;
        FolderSecrets secrets;
        try (Connection plain = DriverManager.getConnection(plainUrl, Database.USER, "")) {
            head = auditHead(plain);
            // The chain is keyed from the first event this version writes; the ones before keep their plain hashes.
            secrets = KeyRing.generate(head + 1);
            copyInto(plain, work, secrets, head);
        } catch (SQLException e) {
            WorkArea.remove(work);
            throw Database.classify(dataDir, file, e);
        } catch (RuntimeException e) {
            WorkArea.remove(work);
            throw e;
        }
        try {
            // Reopened with the new secrets alone, as every later start will.
            try (Connection check = DriverManager.getConnection(Database.url(work, true), Database.USER, secrets.h2Password())) {
                if (auditHead(check) != head) {
                    throw new StoreException("The encrypted copy does not reopen at audit event " + head);
                }
            }
            FolderPermissions.closeNewFiles(work);
            keyRing.install(secrets);
            KeyRing.nameFolder(dataDir, secrets.folderId());
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not encrypt the database of an earlier Vigil in " + dataDir + "; the original is unchanged", e);
        } finally {
            WorkArea.remove(work);
        }
        log.info("Encrypted the database of an earlier Vigil at audit event {}; folder {}", head, secrets.folderId());
        return secrets;
    }

    /**
     * The plain database's own SQL script, statement by statement, run straight into a new
     * encrypted file: no script file, so no plain copy, ever lies on the disk.
     */
    private static void copyInto(Connection plain, Path work, FolderSecrets secrets, long head) {
        try (Connection encrypted = DriverManager.getConnection(Database.url(work, false), Database.USER, secrets.h2Password())) {
            try (Statement read = plain.createStatement(); ResultSet script = read.executeQuery("SCRIPT");
                 Statement write = encrypted.createStatement()) {
                while (script.next()) {
                    write.execute(script.getString(1));
                }
            }
            try (Statement s = encrypted.createStatement()) {
                // The script re-creates the user only if missing: the new secrets' password is set explicitly.
                s.execute("ALTER USER " + Database.USER + " SET PASSWORD '" + secrets.databasePassword() + "'");
                long copied = auditHead(encrypted);
                if (copied != head) {
                    throw new StoreException("The encrypted copy holds audit event " + copied + " instead of " + head);
                }
                s.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not write the encrypted copy in " + work, RedactedFailure.of(e));
        }
    }

    private static long auditHead(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT seq FROM audit_head")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
