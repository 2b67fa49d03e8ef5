package org.vigil.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.ChainVerdict;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.store.AuditTrail;
import org.vigil.store.BackupArchive;
import org.vigil.store.BackupArchive.Manifest;
import org.vigil.store.BackupDamagedException;
import org.vigil.store.CheckpointFile;
import org.vigil.store.ClinicStore;
import org.vigil.store.Database;
import org.vigil.store.DatabaseDamagedException;
import org.vigil.store.DatabaseInUseException;
import org.vigil.store.StoreException;

/**
 * Online backups that are checked after writing, and restores that refuse a damaged backup or
 * one from another clinic. A restore never deletes the database it replaces.
 */
public final class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a backup holds: whose clinic, when, and the audit chain head it carries. */
    public record BackupSummary(Path file, String clinicName, Instant takenAt, long auditHeadSeq, String auditHeadHash) {

        static BackupSummary of(Path file, Manifest m) {
            return new BackupSummary(file, m.clinicName(), m.createdAt(), m.auditHeadSeq(), m.auditHeadHash());
        }
    }

    private final Database database;
    private final CheckpointFile checkpoints;
    private final AuditWriter audit;
    private final Clock clock;

    Backups(Database database, CheckpointFile checkpoints, AuditWriter audit, Clock clock) {
        this.database = database;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes a consistent copy while Vigil runs, verifies the copy's audit chain, writes the
     * archive, reads it back against its checksum and records the chain head as a checkpoint.
     * Refused when the live audit chain is broken: a backup must not bless tampered records.
     */
    public Outcome<BackupSummary> backup(Path target, String operator) {
        Path work = tempDir("vigil-backup-");
        try {
            Path copyDir = work.resolve("copy");
            // The copy is encrypted with the live database's key (issue 14, at-rest).
            database.lendKeyTo(copyDir);
            long liveHead = BackupArchive.snapshot(database, copyDir);
            ChainVerdict verdict;
            Clinic clinic;
            long copyHead;
            try (Database copy = Database.open(copyDir)) {
                verdict = copy.read(tx -> Integrity.verifyChain(tx, new AuditTrail(), checkpoints.read()));
                clinic = copy.read(tx -> new ClinicStore().find(tx)).orElse(null);
                // The head row, not the verdict: a tampered chain is reported as broken, not as a copy that lags.
                copyHead = copy.read(tx -> new AuditTrail().storedHead(tx));
            }
            // SIG-4: the copy must hold everything saved before it was taken; one that lags is never archived.
            if (copyHead < liveHead) {
                log.error("Backup copy holds audit event {} of {}", copyHead, liveHead);
                return Outcome.refused(Refusal.of("SIG-4", "backup.copyBehind", liveHead, copyHead));
            }
            if (!verdict.intact()) {
                return Outcome.refused(Refusal.of("SIG-4", "backup.chainBroken", verdict.firstBadSeq()));
            }
            if (clinic == null) {
                return Outcome.refused(Refusal.of("SETUP-1", "backup.notSetUp"));
            }
            Path copyFile = Database.fileIn(copyDir);
            Manifest manifest = new Manifest(clinic.installationId(), clinic.name(), clock.instant(), verdict.head(),
                    verdict.headHash(), BackupArchive.sha256(copyFile));
            BackupArchive.write(target, copyFile, manifest);
            BackupArchive.readVerified(target);
            checkpoints.append(new ChainCheckpoint(manifest.auditHeadSeq(), manifest.auditHeadHash(), manifest.createdAt(),
                    "backup " + target.getFileName()));
            database.write(tx -> {
                audit.recordAnonymous(tx, null, operator, "BACKUP_CREATED", "backup", target.toAbsolutePath(), null,
                        "auditHead=" + manifest.auditHeadSeq() + ":" + manifest.auditHeadHash(), null);
                return null;
            });
            return Outcome.done(BackupSummary.of(target, manifest));
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Replaces the data folder's database with a backup. Refuses a damaged backup, a backup of
     * another clinic's database, and a data folder that Vigil has open. The replaced database
     * file is moved aside, never deleted.
     */
    public static Outcome<BackupSummary> restore(Path dataDir, Path archive, String operator, Clock clock) {
        Manifest manifest;
        Path work = tempDir("vigil-restore-");
        try {
            try {
                manifest = BackupArchive.readVerified(archive);
                BackupArchive.extractDatabase(archive, work);
            } catch (BackupDamagedException e) {
                log.warn("Refused restore of {}", archive, e);
                return Outcome.refused(Refusal.of("SIG-4", e.messageKey()));
            }
            try (Database restored = Database.open(work)) {
                ChainCheckpoint promised = new ChainCheckpoint(manifest.auditHeadSeq(), manifest.auditHeadHash(), manifest.createdAt(), "manifest");
                ChainVerdict verdict = restored.read(tx -> Integrity.verifyChain(tx, new AuditTrail(), List.of(promised)));
                Clinic clinic = restored.read(tx -> new ClinicStore().find(tx)).orElse(null);
                if (!verdict.intact() || clinic == null || !clinic.installationId().equals(manifest.installationId())) {
                    return Outcome.refused(Refusal.of("SIG-4", "backup.damaged.chain"));
                }
            } catch (DatabaseDamagedException e) {
                log.warn("Backup database does not open", e);
                return Outcome.refused(Refusal.of("SIG-4", "backup.damaged.unreadable"));
            }
            if (Database.existsIn(dataDir)) {
                try (Database current = Database.open(dataDir)) {
                    Clinic clinic = current.read(tx -> new ClinicStore().find(tx)).orElse(null);
                    if (clinic != null && !clinic.installationId().equals(manifest.installationId())) {
                        return Outcome.refused(Refusal.of("SIG-4", "backup.foreign", manifest.clinicName(),
                                shortId(manifest.installationId()), clinic.name(), shortId(clinic.installationId())));
                    }
                } catch (DatabaseInUseException e) {
                    return Outcome.refused(Refusal.of("DB-1", "database.inUse"));
                } catch (DatabaseDamagedException e) {
                    // The usual reason to restore: the current file cannot be opened. It is kept aside below.
                    log.warn("Current database is damaged; restoring over it", e);
                }
            }
            String suffix = "replaced-" + STAMP.format(clock.instant());
            Path current = Database.fileIn(dataDir);
            if (Files.exists(current)) {
                Files.move(current, current.resolveSibling(current.getFileName() + "." + suffix));
            }
            Files.createDirectories(dataDir);
            Files.copy(Database.fileIn(work), current, StandardCopyOption.REPLACE_EXISTING);
            CheckpointFile checkpoints = new CheckpointFile(dataDir);
            checkpoints.startAfresh(new ChainCheckpoint(manifest.auditHeadSeq(), manifest.auditHeadHash(), clock.instant(),
                    "restored from " + archive.getFileName()), suffix);
            try (Database database = Database.open(dataDir)) {
                database.write(tx -> {
                    new AuditTrail().append(tx, new AuditTrail.Entry(null, operator, "RESTORED", "backup",
                            archive.toAbsolutePath().toString(), null, "auditHead=" + manifest.auditHeadSeq() + "; backupTakenAt="
                            + manifest.createdAt(), null), clock.instant());
                    return null;
                });
            }
            return Outcome.done(BackupSummary.of(archive, manifest));
        } catch (IOException e) {
            throw new StoreException("Restore failed while replacing files in " + dataDir, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Enough of an installation ID to tell two clinics of the same name apart. */
    private static String shortId(String installationId) {
        return installationId.substring(0, Math.min(8, installationId.length()));
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new StoreException("Cannot create a temporary folder", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Only temporary copies live here; log and leave them for the OS to clean.
            log.warn("Could not delete temporary folder {}", dir, e);
        }
    }
}
