package org.vigil.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.ChainVerdict;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.SettingValue;
import org.vigil.domain.Settings;
import org.vigil.store.AuditTrail;
import org.vigil.store.BackupArchive;
import org.vigil.store.BackupArchive.Manifest;
import org.vigil.store.BackupDamagedException;
import org.vigil.store.BackupKey;
import org.vigil.store.CheckpointFile;
import org.vigil.store.ClinicStore;
import org.vigil.store.Database;
import org.vigil.store.DatabaseDamagedException;
import org.vigil.store.DatabaseInUseException;
import org.vigil.store.FolderSecrets;
import org.vigil.store.KeyRing;
import org.vigil.store.PrivateFiles;
import org.vigil.store.SettingStore;
import org.vigil.store.StoreException;

/**
 * Encrypted, authenticated backups (SETUP-2) taken while Vigil runs and checked after writing,
 * and restores that refuse a damaged, forged or foreign backup and never leave the data folder
 * without a database (SIG-4, SETUP-2).
 */
public final class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Private (0700) folders inside the data folder for the copies a backup or restore makes: never the system's temp folder. */
    static final String BACKUP_WORK = "backup-work";
    static final String RESTORE_WORK = "restore-work";
    /** The setting naming the folder scheduled backups go to (added with the backup schedule); read by key when present. */
    static final String BACKUP_FOLDER_SETTING = "backup.folder";
    /** A restore needs room for the restored files twice over: the written copy and what H2 adds when it first opens it. */
    static final int FREE_SPACE_MARGIN = 2;
    /** Passphrases longer than this are refused as a technical limit (a pasted file, not a passphrase). */
    static final int PASSPHRASE_MAX_CHARS = 1024;
    /** The folder secrets entry is a few hundred bytes; anything larger is not one. */
    private static final int SECRETS_MAX_BYTES = 16 * 1024;
    /** Work folders of backups running in this process, which a second backup must not clean up. */
    private static final Set<Path> WORK_IN_USE = ConcurrentHashMap.newKeySet();

    /** How far a listed backup could be read with the keys this workstation holds. */
    public enum Readability {
        /** Its manifest opened and authenticated: clinic, time and chain head are known. */
        OPENED,
        /** Written under a passphrase this workstation holds no key for (another clinic, or a passphrase set elsewhere). */
        NO_KEY,
        /** It does not authenticate: changed, cut short or damaged. */
        NOT_AUTHENTIC,
        /** An unencrypted backup of an earlier Vigil (format 1): it cannot be checked and is not restored. */
        OLD_FORMAT
    }

    /**
     * What a backup holds: whose clinic, when, and the audit chain head it carries. For a backup
     * that could not be opened only the file, the readability and the reason are known.
     */
    public record BackupSummary(Path file, Readability readability, String problemKey, String installationId, String clinicName,
                                Instant takenAt, long auditHeadSeq, String auditHeadHash) {

        static BackupSummary of(Path file, Manifest m) {
            return new BackupSummary(file, Readability.OPENED, null, m.installationId(), m.clinicName(), m.createdAt(), m.auditHeadSeq(),
                    m.auditHeadHash());
        }

        static BackupSummary unreadable(Path file, Readability readability, String problemKey) {
            return new BackupSummary(file, readability, problemKey, null, null, null, -1, null);
        }

        public boolean opened() {
            return readability == Readability.OPENED;
        }
    }

    /** A backup whose chain head the live chain does not have: the chain was cut short or rewritten after it (SIG-4). */
    public record HeadConflict(Path file, long seq, String backupHash, String liveHash) {}

    /**
     * The live chain against the heads carried by the clinic's backups (SIG-4): the anchor kept
     * outside the machine, since backups go to another disk or site.
     *
     * @param backupsCompared backups of this clinic whose head was compared
     * @param conflicts backups whose head the live chain contradicts
     * @param unreadable backup files in those folders that could not be opened with this workstation's keys
     */
    public record HeadAnchors(int backupsCompared, List<HeadConflict> conflicts, List<Path> unreadable) {
        public boolean hold() {
            return conflicts.isEmpty();
        }
    }

    /** Where a restore writes: the real disk, or a test's disk that fills up. */
    interface RestoreDisk {
        long usableSpace(Path folder) throws IOException;

        OutputStream create(Path file) throws IOException;

        RestoreDisk REAL = new RestoreDisk() {
            @Override
            public long usableSpace(Path folder) throws IOException {
                return Files.getFileStore(folder).getUsableSpace();
            }

            @Override
            public OutputStream create(Path file) throws IOException {
                Files.createFile(file);
                PrivateFiles.restrictToOwner(file, false);
                return Files.newOutputStream(file, StandardOpenOption.WRITE);
            }
        };
    }

    private final Path dataDir;
    private final Database database;
    private final CheckpointFile checkpoints;
    private final AuditWriter audit;
    private final Clock clock;
    private final KeyRing keyRing;
    private final SettingStore settings;
    private final ClinicStore clinics = new ClinicStore();
    private final AuditTrail trail = new AuditTrail();

    Backups(Path dataDir, Database database, CheckpointFile checkpoints, AuditWriter audit, Clock clock, KeyRing keyRing, SettingStore settings) {
        this.dataDir = dataDir;
        this.database = database;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.clock = clock;
        this.keyRing = keyRing;
        this.settings = settings;
    }

    /**
     * Removes what a killed backup or restore left in the data folder's work folders: copies of
     * the database that must not lie around. Called when Vigil opens the folder.
     */
    void removeLeftovers() {
        for (String work : List.of(BACKUP_WORK, RESTORE_WORK)) {
            Path folder = dataDir.resolve(work);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (!WORK_IN_USE.contains(entry.toAbsolutePath())) {
                        log.info("Removing what an interrupted backup or restore left: {}", entry);
                        deleteTree(entry);
                    }
                }
            } catch (IOException e) {
                log.warn("Could not list the work folder {}", folder, e);
            }
            removeIfEmpty(folder);
        }
    }

    // ---- the passphrase (SETUP-2) ----

    /**
     * Sets the clinic's backup passphrase, or replaces it for the backups written from now on.
     * Replacing needs no knowledge of the old one (an administrator who lost it must still be able
     * to make new backups); backups written before keep needing the passphrase they were written
     * under, and the key ring keeps their keys so {@code verify} still reads their chain heads.
     * The passphrase itself is never stored nor audited: the key ring keeps the key derived from
     * it (Argon2id), and the audit trail records that it was set or changed, by whom.
     */
    public Outcome<Void> setBackupPassphrase(Actor admin, char[] passphrase, char[] repeated) {
        Refusal refused = audit.refuseUnless(admin, Permission.CHANGE_SYSTEM_SETTINGS, "backup.setPassphrase");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Optional<Clinic> clinic = database.read(clinics::find);
        if (clinic.isEmpty()) {
            return Outcome.refused(Refusal.of("SETUP-1", "backup.notSetUp"));
        }
        Refusal weak = passphraseProblem(passphrase, repeated);
        if (weak != null) {
            return Outcome.refused(weak);
        }
        BackupKey key = BackupKey.fromNewPassphrase(passphrase);
        String installationId = clinic.get().installationId();
        Refusal late = database.write(tx -> {
            Refusal demoted = audit.refuseUnless(tx, admin, Permission.CHANGE_SYSTEM_SETTINGS, "backup.setPassphrase");
            if (demoted != null) {
                return demoted;
            }
            boolean change = keyRing.backupKey(installationId).isPresent();
            audit.record(tx, admin, change ? "BACKUP_PASSPHRASE_CHANGED" : "BACKUP_PASSPHRASE_SET", "clinic", installationId, null,
                    "kdf=argon2id m=" + key.memoryKib() + " t=" + key.iterations() + " p=" + key.parallelism() + " salt=" + key.saltHex(),
                    change ? "SETUP-2: backups from now on; earlier backups keep their passphrase" : "SETUP-2: first backup passphrase");
            // Last in the transaction: if the key ring cannot be written, the audit event rolls back with it.
            keyRing.keepBackupKey(installationId, key);
            return null;
        });
        return late == null ? Outcome.done(null) : Outcome.refused(late);
    }

    /** The smallest passphrase length the clinic's setting allows (for the dialog's hint). */
    public int passphraseMinLength() {
        return database.read(tx -> new Settings(settings.current(tx)).integer(SettingKeys.BACKUP_PASSPHRASE_MIN_LENGTH));
    }

    private Refusal passphraseProblem(char[] passphrase, char[] repeated) {
        if (passphrase == null || repeated == null || !Arrays.equals(passphrase, repeated)) {
            return Refusal.of("SETUP-2", "backup.passphrase.mismatch");
        }
        String normalised = Normalizer.normalize(new String(passphrase), Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        int min = passphraseMinLength();
        if (length < min) {
            return Refusal.of("SETUP-2", "backup.passphrase.tooShort", min);
        }
        if (length > PASSPHRASE_MAX_CHARS) {
            return Refusal.of("SETUP-2", "backup.passphrase.tooLong", PASSPHRASE_MAX_CHARS);
        }
        if (CommonPasswords.load().contains(normalised.toLowerCase(Locale.ROOT).strip())) {
            return Refusal.of("SETUP-2", "backup.passphrase.common");
        }
        return null;
    }

    /** Whether backups can be written on this workstation: the clinic has a passphrase whose key this key ring holds. */
    public boolean hasBackupPassphrase() {
        return database.read(clinics::find).flatMap(c -> keyRing.backupKey(c.installationId())).isPresent();
    }

    // ---- backup ----

    /**
     * Takes a consistent copy while Vigil runs, verifies the copy's audit chain, writes the
     * encrypted archive, reads it all back and records the chain head as a checkpoint.
     * Refused when the live audit chain is broken (a backup must not bless tampered records),
     * when no passphrase is set, and when the target lies inside the data folder.
     */
    public Outcome<BackupSummary> backup(Path target, String operator) {
        Clinic clinic = database.read(clinics::find).orElse(null);
        if (clinic == null) {
            return Outcome.refused(Refusal.of("SETUP-1", "backup.notSetUp"));
        }
        Optional<BackupKey> key = keyRing.backupKey(clinic.installationId());
        if (key.isEmpty()) {
            return Outcome.refused(Refusal.of("SETUP-2", "backup.noPassphrase"));
        }
        if (!database.missingProtections().isEmpty()) {
            return Outcome.refused(Refusal.of("SIG-4", "integrity.writesHeld", String.join(", ", database.missingProtections())));
        }
        Refusal badTarget = targetProblem(target);
        if (badTarget != null) {
            return Outcome.refused(badTarget);
        }
        removeLeftovers();
        Path work = workFolder(dataDir, BACKUP_WORK);
        try {
            Path copyDir = work.resolve("copy");
            // The copy is encrypted with the live database's key (issue 14, at-rest).
            database.lendKeyTo(copyDir);
            long liveHead = BackupArchive.snapshot(database, copyDir);
            ChainVerdict verdict;
            Clinic copied;
            long copyHead;
            try (Database copy = Database.open(copyDir)) {
                verdict = copy.read(tx -> Integrity.verifyChain(tx, new AuditTrail(), checkpoints.read(), copy.chainKey()));
                copied = copy.read(clinics::find).orElse(null);
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
            if (copied == null || !copied.installationId().equals(clinic.installationId())) {
                return Outcome.refused(Refusal.of("SETUP-1", "backup.notSetUp"));
            }
            List<BackupArchive.Source> sources = new ArrayList<>();
            sources.add(new BackupArchive.Source(BackupArchive.DATABASE_ENTRY, Database.fileIn(copyDir)));
            Optional<FolderSecrets> secrets = folderSecrets();
            if (secrets.isPresent()) {
                Path secretsFile = work.resolve(BackupArchive.SECRETS_ENTRY);
                PrivateFiles.write(secretsFile, BackupArchive.secretsText(secrets.get()));
                sources.add(new BackupArchive.Source(BackupArchive.SECRETS_ENTRY, secretsFile));
            }
            Manifest about = Manifest.about(clinic.installationId(), clinic.name(), clock.instant(), verdict.head(), verdict.headHash(),
                    secrets.map(FolderSecrets::folderId).orElse(null));
            Manifest manifest;
            try {
                Path absolute = target.toAbsolutePath();
                if (absolute.getParent() != null) {
                    Files.createDirectories(absolute.getParent());
                }
                manifest = BackupArchive.write(absolute, key.get(), about, sources);
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                log.warn("Cannot write the backup {}", target, cause);
                return Outcome.refused(unwritable(target, cause));
            }
            // Read back all of it, as a restore would: a backup that does not open is reported now, not on the day it is needed.
            try {
                BackupArchive.extract(target, key.get(), entry -> OutputStream.nullOutputStream());
            } catch (BackupDamagedException e) {
                log.error("The backup just written does not read back: {}", target, e);
                return Outcome.refused(Refusal.of("SIG-4", "backup.readBackFailed", target.toAbsolutePath()));
            }
            // The copy's whole chain was verified above: the check at shutdown may resume from this head (issue 16).
            checkpoints.appendVerified(new ChainCheckpoint(manifest.auditHeadSeq(), manifest.auditHeadHash(), manifest.createdAt(),
                    "backup " + target.getFileName()), CheckpointFile.Reach.WHOLE_CHAIN, database.chainKey());
            keyRing.rememberBackupFolder(clinic.installationId(), target.toAbsolutePath().getParent());
            database.write(tx -> {
                audit.recordAnonymous(tx, null, operator, "BACKUP_CREATED", "backup", target.toAbsolutePath(), null,
                        "auditHead=" + manifest.auditHeadSeq() + ":" + manifest.auditHeadHash() + "; archive=" + manifest.archiveId(), null);
                return null;
            });
            return Outcome.done(BackupSummary.of(target.toAbsolutePath(), manifest));
        } catch (IOException e) {
            throw new StoreException("Cannot prepare the backup in " + work, e);
        } finally {
            WORK_IN_USE.remove(work.toAbsolutePath());
            deleteTree(work);
            removeIfEmpty(work.getParent());
        }
    }

    /**
     * The data folder's secrets, carried in every backup so that a restore on a new workstation
     * can open what it restores. The one place they are obtained: once the database holds them
     * ({@code Database.secrets()}), this reads them from there.
     */
    private Optional<FolderSecrets> folderSecrets() {
        return Optional.of(database.secrets());
    }

    /**
     * SETUP-2: a backup written into the data folder would be lost with the disk it protects
     * against, and one written over {@code vigil.mv.db} destroyed the database (issue 14). Links
     * are resolved: a target reached through a symbolic link into the folder is refused too.
     */
    private Refusal targetProblem(Path target) {
        try {
            Path folder = dataDir.toRealPath();
            Path resolved = realPathOf(target.toAbsolutePath().normalize());
            if (resolved.startsWith(folder)) {
                return Refusal.of("SETUP-2", "backup.target.insideDataFolder", target.toAbsolutePath(), dataDir.toAbsolutePath());
            }
            if (Files.isDirectory(resolved)) {
                return Refusal.of("SETUP-2", "backup.target.isFolder", target.toAbsolutePath());
            }
            return null;
        } catch (IOException e) {
            return unwritable(target, e);
        }
    }

    /** The real path of a file that may not exist yet: its nearest existing folder resolved, the rest appended. */
    private static Path realPathOf(Path path) throws IOException {
        Path existing = path;
        Path rest = path.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        return existing == null ? path : existing.toRealPath().resolve(rest).normalize();
    }

    /** One sentence naming the target and the reason, never a stack trace. */
    private static Refusal unwritable(Path target, IOException e) {
        Path shown = target.toAbsolutePath();
        if (diskFull(e)) {
            return Refusal.of("SETUP-2", "backup.target.diskFull", shown);
        }
        if (e instanceof AccessDeniedException) {
            return Refusal.of("SETUP-2", "backup.target.denied", shown);
        }
        if (e instanceof NoSuchFileException) {
            return Refusal.of("SETUP-2", "backup.target.noFolder", shown);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        return Refusal.of("SETUP-2", "backup.target.unwritable", shown, reason);
    }

    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("not enough space on the disk")
                    || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    // ---- listing and anchoring ----

    /**
     * The Vigil backups in a folder, newest first, each opened with the keys this workstation's
     * key ring holds for this clinic. Only the manifest is authenticated (it carries the chain
     * head); a restore reads and checks every byte. Files that are not Vigil backups are left
     * out; one that fails authentication is listed as such.
     */
    public List<BackupSummary> backupsIn(Path folder) {
        Optional<Clinic> clinic = database.read(clinics::find);
        List<BackupKey> keys = clinic.map(c -> keyRing.backupKeys(c.installationId())).orElse(List.of());
        List<BackupSummary> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                summaryOf(file.toAbsolutePath(), keys).ifPresent(found::add);
            }
        } catch (IOException e) {
            log.warn("Cannot list the backup folder {}", folder, e);
        }
        found.sort(Comparator.comparing((BackupSummary s) -> s.takenAt() == null ? Instant.MIN : s.takenAt()).reversed()
                .thenComparing(s -> s.file().toString()));
        return found;
    }

    private static Optional<BackupSummary> summaryOf(Path file, List<BackupKey> keys) {
        BackupArchive.Header header;
        try {
            header = BackupArchive.readHeader(file);
        } catch (BackupDamagedException e) {
            return switch (e.messageKey()) {
                case "backup.damaged.oldFormat" -> Optional.of(BackupSummary.unreadable(file, Readability.OLD_FORMAT, e.messageKey()));
                case "backup.damaged.newerFormat" -> Optional.of(BackupSummary.unreadable(file, Readability.NO_KEY, e.messageKey()));
                default -> Optional.empty();
            };
        }
        Optional<BackupKey> key = keys.stream().filter(header::opensWith).findFirst();
        if (key.isEmpty()) {
            return Optional.of(BackupSummary.unreadable(file, Readability.NO_KEY, "backup.wrongPassphrase"));
        }
        try {
            return Optional.of(BackupSummary.of(file, BackupArchive.readManifest(file, key.get())));
        } catch (BackupDamagedException e) {
            log.warn("Backup {} does not authenticate: {}", file, e.messageKey());
            return Optional.of(BackupSummary.unreadable(file, Readability.NOT_AUTHENTIC, e.messageKey()));
        }
    }

    /**
     * SIG-4: compares the live chain with the heads carried by this clinic's backups, in the
     * folders backups were written to (remembered in the key ring, and named by BACKUP_CREATED
     * events) and the scheduled backup folder. A backup whose head names an event the live chain does not have at that number
     * with that hash means the chain was cut short or rewritten after the backup was taken.
     */
    public HeadAnchors compareHeadsWithBackups() {
        Optional<Clinic> clinic = database.read(clinics::find);
        if (clinic.isEmpty()) {
            return new HeadAnchors(0, List.of(), List.of());
        }
        Set<Path> folders = new LinkedHashSet<>(keyRing.backupFolders(clinic.get().installationId()));
        database.read(tx -> {
            for (String written : trail.entityIdsOf(tx, "BACKUP_CREATED")) {
                Path parent = Path.of(written).getParent();
                if (parent != null) {
                    folders.add(parent);
                }
            }
            SettingValue scheduled = settings.current(tx).get(BACKUP_FOLDER_SETTING);
            if (scheduled != null && scheduled.value() != null && !scheduled.value().isBlank()) {
                folders.add(Path.of(scheduled.value()).toAbsolutePath());
            }
            return null;
        });
        List<BackupSummary> ours = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        for (Path folder : folders) {
            for (BackupSummary s : backupsIn(folder)) {
                if (!s.opened()) {
                    if (s.readability() != Readability.OLD_FORMAT) {
                        unreadable.add(s.file());
                    }
                } else if (s.installationId().equals(clinic.get().installationId())) {
                    ours.add(s);
                }
            }
        }
        Map<Long, String> live = new HashMap<>();
        database.read(tx -> {
            for (BackupSummary s : ours) {
                trail.hashAt(tx, s.auditHeadSeq()).ifPresent(hash -> live.put(s.auditHeadSeq(), hash));
            }
            return null;
        });
        List<HeadConflict> conflicts = new ArrayList<>();
        for (BackupSummary s : ours) {
            String hash = live.get(s.auditHeadSeq());
            if (!s.auditHeadHash().equals(hash)) {
                conflicts.add(new HeadConflict(s.file(), s.auditHeadSeq(), s.auditHeadHash(), hash));
            }
        }
        return new HeadAnchors(ours.size(), conflicts, unreadable);
    }

    // ---- restore ----

    /**
     * Replaces the data folder's database with a backup (SETUP-2). Needs the passphrase the
     * backup was written under. Refuses a damaged or forged backup, a backup of another clinic's
     * database, a data folder that Vigil has open, and a disk without room. The new database is
     * completely written, forced to disk and verified in the folder's private work folder before
     * it replaces the old one by one rename; the old one is kept beside it. On a workstation
     * whose key ring lacks the folder's secrets, they are installed from the backup.
     */
    public static Outcome<BackupSummary> restore(Path dataDir, Path archive, char[] passphrase, String operator, Clock clock) {
        return restore(dataDir, archive, passphrase, operator, clock, RestoreDisk.REAL, KeyRing.forThisUser());
    }

    static Outcome<BackupSummary> restore(Path dataDir, Path archive, char[] passphrase, String operator, Clock clock, RestoreDisk disk,
                                          KeyRing keyRing) {
        BackupKey key;
        Manifest manifest;
        try {
            BackupArchive.Header header = BackupArchive.readHeader(archive);
            try {
                key = header.derive(passphrase);
            } catch (IllegalArgumentException e) {
                log.warn("Backup header asks for Argon2id parameters out of bounds: {}", archive);
                return Outcome.refused(Refusal.of("SIG-4", "backup.damaged.notVigil"));
            }
            if (!header.opensWith(key)) {
                return Outcome.refused(Refusal.of("SETUP-2", "backup.wrongPassphrase"));
            }
            manifest = BackupArchive.readManifest(archive, key);
        } catch (BackupDamagedException e) {
            log.warn("Refused restore of {}: {}", archive, e.messageKey());
            return Outcome.refused(damaged(e));
        }
        Refusal current = refusalFromCurrent(dataDir, manifest);
        if (current != null) {
            return Outcome.refused(current);
        }
        try {
            PrivateFiles.createFolder(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dataDir, e);
        }
        if (manifest.entry(BackupArchive.SECRETS_ENTRY).map(e -> e.size() > SECRETS_MAX_BYTES).orElse(false)) {
            return Outcome.refused(Refusal.of("SIG-4", "backup.damaged.tooLarge"));
        }
        long needed = manifest.totalSize() * FREE_SPACE_MARGIN;
        try {
            long usable = disk.usableSpace(dataDir);
            if (usable < needed) {
                return Outcome.refused(Refusal.of("SETUP-2", "restore.noRoom", dataDir.toAbsolutePath(), megabytes(needed), megabytes(usable)));
            }
        } catch (IOException e) {
            log.warn("Cannot tell the free space of {}", dataDir, e);
        }
        Path work = workFolder(dataDir, RESTORE_WORK);
        try {
            Path newDir = work.resolve("restored");
            PrivateFiles.createFolder(newDir);
            byte[][] secretsText = new byte[1][];
            try {
                BackupArchive.extract(archive, key, entry -> switch (entry.name()) {
                    case BackupArchive.DATABASE_ENTRY -> disk.create(Database.fileIn(newDir));
                    case BackupArchive.SECRETS_ENTRY -> new java.io.ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            secretsText[0] = toByteArray();
                        }
                    };
                    default -> OutputStream.nullOutputStream();
                });
            } catch (BackupDamagedException e) {
                log.warn("Refused restore of {}: {}", archive, e.messageKey());
                return Outcome.refused(damaged(e));
            } catch (UncheckedIOException e) {
                log.warn("Restore could not write the database into {}", newDir, e);
                if (diskFull(e)) {
                    return Outcome.refused(Refusal.of("SETUP-2", "restore.diskFull", dataDir.toAbsolutePath(), megabytes(needed)));
                }
                return Outcome.refused(Refusal.of("SETUP-2", "restore.writeFailed", dataDir.toAbsolutePath(), String.valueOf(e.getCause().getMessage())));
            }
            force(Database.fileIn(newDir));
            Optional<FolderSecrets> secrets = Optional.empty();
            if (secretsText[0] != null) {
                secrets = Optional.of(BackupArchive.parseSecrets(new String(secretsText[0], StandardCharsets.UTF_8)));
                // Before the copy is opened: once the database is encrypted, its secrets open it.
                keyRing.install(secrets.get());
                KeyRing.nameFolder(newDir, secrets.get().folderId());
            }
            Refusal unverified = verifyRestoredCopy(newDir, manifest);
            if (unverified != null) {
                return Outcome.refused(unverified);
            }
            force(Database.fileIn(newDir));
            swapIn(dataDir, newDir, secrets, clock);
            if (keyRing.backupKey(manifest.installationId()).isEmpty()) {
                // A new workstation: scheduled backups and verify may use the passphrase just typed.
                keyRing.keepBackupKey(manifest.installationId(), key);
            }
            CheckpointFile checkpoints = new CheckpointFile(dataDir);
            String suffix = "replaced-" + STAMP.format(clock.instant());
            checkpoints.startAfresh(new ChainCheckpoint(manifest.auditHeadSeq(), manifest.auditHeadHash(), clock.instant(),
                    "restored from " + archive.getFileName()), suffix);
            try (Database database = Database.open(dataDir)) {
                database.write(tx -> {
                    new AuditTrail().append(tx, new AuditTrail.Entry(null, operator, "RESTORED", "backup",
                            archive.toAbsolutePath().toString(), null, "auditHead=" + manifest.auditHeadSeq() + "; backupTakenAt="
                            + manifest.createdAt() + "; archive=" + manifest.archiveId(), null), clock.instant());
                    return null;
                });
            }
            return Outcome.done(BackupSummary.of(archive.toAbsolutePath(), manifest));
        } catch (IOException e) {
            throw new StoreException("Restore failed while replacing files in " + dataDir, e);
        } finally {
            WORK_IN_USE.remove(work.toAbsolutePath());
            deleteTree(work);
            removeIfEmpty(work.getParent());
        }
    }

    /** The folder's current database: it must not be open, and must be this backup's clinic (a damaged one may be replaced). */
    private static Refusal refusalFromCurrent(Path dataDir, Manifest manifest) {
        if (!Database.existsIn(dataDir)) {
            return null;
        }
        try (Database current = Database.open(dataDir)) {
            Clinic clinic = current.read(tx -> new ClinicStore().find(tx)).orElse(null);
            if (clinic != null && !clinic.installationId().equals(manifest.installationId())) {
                return Refusal.of("SIG-4", "backup.foreign", manifest.clinicName(), shortId(manifest.installationId()), clinic.name(),
                        shortId(clinic.installationId()));
            }
            return null;
        } catch (DatabaseInUseException e) {
            return Refusal.of("DB-1", "database.inUse");
        } catch (DatabaseDamagedException e) {
            // The usual reason to restore: the current file cannot be opened. It is kept beside the restored one.
            log.warn("Current database is damaged; restoring over it", e);
            return null;
        }
    }

    /** The restored copy opens, its chain is intact up to the manifest's head, and it is the manifest's clinic. */
    private static Refusal verifyRestoredCopy(Path newDir, Manifest manifest) {
        try (Database restored = Database.open(newDir)) {
            ChainCheckpoint promised = new ChainCheckpoint(manifest.auditHeadSeq(), manifest.auditHeadHash(), manifest.createdAt(), "manifest");
            ChainVerdict verdict = restored.read(tx -> Integrity.verifyChain(tx, new AuditTrail(), List.of(promised), restored.chainKey()));
            Clinic clinic = restored.read(tx -> new ClinicStore().find(tx)).orElse(null);
            if (!verdict.intact() || verdict.head() != manifest.auditHeadSeq() || clinic == null
                    || !clinic.installationId().equals(manifest.installationId())) {
                return Refusal.of("SIG-4", "backup.damaged.chain");
            }
            return null;
        } catch (DatabaseDamagedException e) {
            log.warn("Backup database does not open", e);
            return Refusal.of("SIG-4", "backup.damaged.unreadable");
        }
    }

    /**
     * The old database gets a second name (a hard link: no copy, no moment without it), then the
     * new one is renamed over {@code vigil.mv.db} in one atomic step. Whatever moment a crash
     * comes, the folder holds the old or the new database, never none.
     */
    private static void swapIn(Path dataDir, Path newDir, Optional<FolderSecrets> secrets, Clock clock) throws IOException {
        String suffix = "replaced-" + STAMP.format(clock.instant());
        Path live = Database.fileIn(dataDir);
        if (Files.exists(live)) {
            Path kept = live.resolveSibling(live.getFileName() + "." + suffix);
            try {
                Files.createLink(kept, live);
            } catch (UnsupportedOperationException | IOException e) {
                log.info("No hard link on this file system ({}); copying the replaced database instead", e.toString());
                Files.copy(live, kept, StandardCopyOption.COPY_ATTRIBUTES);
                force(kept);
            }
        }
        Files.move(Database.fileIn(newDir), live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BackupArchive.forceFolder(dataDir);
        if (secrets.isPresent()) {
            Optional<String> currentId = KeyRing.folderIdOf(dataDir);
            if (currentId.isPresent() && !currentId.get().equals(secrets.get().folderId())) {
                Path idFile = dataDir.resolve(KeyRing.FOLDER_ID_FILE);
                Files.copy(idFile, idFile.resolveSibling(KeyRing.FOLDER_ID_FILE + "." + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
            if (currentId.isEmpty() || !currentId.get().equals(secrets.get().folderId())) {
                KeyRing.nameFolder(dataDir, secrets.get().folderId());
            }
        }
    }

    private static Refusal damaged(BackupDamagedException e) {
        return "backup.wrongPassphrase".equals(e.messageKey()) ? Refusal.of("SETUP-2", e.messageKey()) : Refusal.of("SIG-4", e.messageKey());
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** A new private folder for one backup's or restore's copies, inside the data folder's work folder. */
    private static Path workFolder(Path dataDir, String kind) {
        try {
            Path parent = dataDir.resolve(kind);
            PrivateFiles.createFolder(parent);
            Path work = parent.resolve(UUID.randomUUID().toString());
            WORK_IN_USE.add(work.toAbsolutePath());
            PrivateFiles.createFolder(work);
            return work;
        } catch (IOException e) {
            throw new StoreException("Cannot create the work folder in " + dataDir, e);
        }
    }

    /** Enough of an installation ID to tell two clinics of the same name apart. */
    private static String shortId(String installationId) {
        return installationId.substring(0, Math.min(8, installationId.length()));
    }

    /** The work folder itself goes once nothing is in it, so an idle data folder holds only the clinic's files. */
    private static void removeIfEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // Another backup started in it meanwhile, or it is already gone: either way it may stay.
            log.debug("Work folder {} kept: {}", folder, e.toString());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left for the next start's removeLeftovers; the folder is private to this user.
            log.warn("Could not delete the work folder {}", dir, e);
        }
    }
}
