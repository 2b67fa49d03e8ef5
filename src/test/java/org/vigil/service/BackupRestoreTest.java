package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.service.Backups.BackupSummary;
import org.vigil.store.BackupArchive;
import org.vigil.store.BackupKey;
import org.vigil.store.FolderSecrets;
import org.vigil.store.KeyRing;
import org.vigil.store.RawDatabase;

@DisplayName("Backups and restores")
class BackupRestoreTest {

    static final String PASSPHRASE = "lantern over the harbour wall";

    @TempDir
    Path root;
    private TestClinic clinic;
    private Path backup;

    @BeforeEach
    void clinicWithPassphrase() {
        clinic = TestClinic.setUp(root.resolve("clinic"));
        clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", "150", "before the backup").value();
        setPassphrase(clinic, PASSPHRASE);
        backup = root.resolve("backups").resolve("monday.vigil-backup");
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private static void setPassphrase(TestClinic clinic, String passphrase) {
        clinic.services().backups().setBackupPassphrase(clinic.admin(), passphrase.toCharArray(), passphrase.toCharArray()).value();
    }

    private BackupSummary backUp() {
        return clinic.services().backups().backup(backup, "cli:test").value();
    }

    private Outcome<BackupSummary> restoreInto(Path dataDir, Path archive) {
        return Backups.restore(dataDir, archive, PASSPHRASE.toCharArray(), "cli:test", clinic.clock);
    }

    private static List<String> namesIn(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private BackupKey storedKey() {
        return KeyRing.forThisUser().backupKey(clinic.services().setup().clinic().orElseThrow().installationId()).orElseThrow();
    }

    @Test
    @DisplayName("SIG-4 SETUP-2 a backup taken while Vigil runs is encrypted, private, verified, carries the chain head and records it")
    void backupWhileRunning() throws Exception {
        BackupSummary summary = backUp();
        assertThat(summary.clinicName()).isEqualTo(TestClinic.CLINIC);
        assertThat(summary.auditHeadSeq()).isEqualTo(5);
        BackupArchive.Manifest manifest = BackupArchive.readManifest(backup, storedKey());
        assertThat(manifest.auditHeadSeq()).isEqualTo(5);
        assertThat(manifest.auditHeadHash()).isEqualTo(summary.auditHeadHash()).isEqualTo(clinic.auditTrail().get(4).hash());
        assertThat(manifest.installationId()).isEqualTo(clinic.services().setup().clinic().orElseThrow().installationId());
        assertThat(manifest.entries()).extracting(BackupArchive.Entry::name).contains("vigil.mv.db");
        assertThat(clinic.lastEvent().action()).isEqualTo("BACKUP_CREATED");
        assertThat(Files.readString(clinic.dir.resolve("audit-checkpoints.txt"))).contains("5\t" + summary.auditHeadHash());
        assertThat(namesIn(backup.getParent())).containsExactly("monday.vigil-backup");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        // No copy of the database is left in the data folder's work folder, nor in the system's temp folder.
        assertThat(namesIn(clinic.dir.resolve("backup-work"))).isEmpty();
    }

    @Test
    @DisplayName("SETUP-2 no backup is written before an administrator has set the passphrase, and the refusal says how")
    void noPassphraseNoBackup() throws Exception {
        try (TestClinic other = TestClinic.setUp(root.resolve("other"), "Hillside Clinic")) {
            assertThat(other.services().backups().hasBackupPassphrase()).isFalse();
            assertThat(other.services().backups().backup(backup, "cli:test").refusalOrNull())
                    .isEqualTo(Refusal.of("SETUP-2", "backup.noPassphrase"));
        }
        assertThat(backup).doesNotExist();
        assertThat(clinic.services().backups().hasBackupPassphrase()).isTrue();
    }

    @Test
    @DisplayName("SETUP-2 the passphrase: typed twice alike, long enough (setting), not common, set by an administrator only, audited without it")
    void passphraseRules() {
        Backups backups = clinic.services().backups();
        Actor admin = clinic.admin();
        assertThat(backups.setBackupPassphrase(admin, "lantern over the harbour".toCharArray(), "lantern over the harbor".toCharArray())
                .refusalOrNull()).isEqualTo(Refusal.of("SETUP-2", "backup.passphrase.mismatch"));
        assertThat(backups.setBackupPassphrase(admin, "short one".toCharArray(), "short one".toCharArray()).refusalOrNull())
                .isEqualTo(Refusal.of("SETUP-2", "backup.passphrase.tooShort", 15));
        assertThat(backups.setBackupPassphrase(admin, "correct horse battery staple".toCharArray(),
                "correct horse battery staple".toCharArray()).refusalOrNull()).isEqualTo(Refusal.of("SETUP-2", "backup.passphrase.common"));
        Actor nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        assertThat(backups.setBackupPassphrase(nurse, "a nurse cannot set this".toCharArray(), "a nurse cannot set this".toCharArray())
                .refusalOrNull().ruleId()).isEqualTo("ROLE-2");
        clinic.services().settings().change(admin, "backup.passphraseMinLength", "40", "longer passphrases").value();
        assertThat(backups.setBackupPassphrase(admin, "a new one of thirty characters".toCharArray(),
                "a new one of thirty characters".toCharArray()).refusalOrNull()).isEqualTo(Refusal.of("SETUP-2", "backup.passphrase.tooShort", 40));
        List<AuditEvent> trail = clinic.auditTrail();
        assertThat(trail).extracting(AuditEvent::action).containsOnlyOnce("BACKUP_PASSPHRASE_SET").doesNotContain("BACKUP_PASSPHRASE_CHANGED");
        assertThat(trail).allSatisfy(e -> assertThat(String.join("|", String.valueOf(e.oldValue()), String.valueOf(e.newValue()),
                String.valueOf(e.reason()))).doesNotContain("lantern").doesNotContain("thirty"));
    }

    @Test
    @DisplayName("SETUP-2 a changed passphrase is for backups from now on: older backups keep theirs, and verify still reads their heads")
    void passphraseChanged() {
        backUp();
        Path later = root.resolve("backups").resolve("tuesday.vigil-backup");
        setPassphrase(clinic, "a quieter harbour at dusk");
        assertThat(clinic.lastEvent().action()).isEqualTo("BACKUP_PASSPHRASE_CHANGED");
        clinic.services().backups().backup(later, "cli:test").value();
        assertThat(clinic.services().backups().backupsIn(backup.getParent())).allMatch(BackupSummary::opened).hasSize(2);
        assertThat(clinic.services().integrity().verify("test").backupHeads().backupsCompared()).isEqualTo(2);
        clinic.close();
        Path fresh = root.resolve("fresh");
        assertThat(Backups.restore(fresh, later, PASSPHRASE.toCharArray(), "cli:test", clinic.clock).refusalOrNull())
                .isEqualTo(Refusal.of("SETUP-2", "backup.wrongPassphrase"));
        assertThat(Backups.restore(fresh, later, "a quieter harbour at dusk".toCharArray(), "cli:test", clinic.clock).isDone()).isTrue();
    }

    @Test
    @DisplayName("SIG-4 restoring into a new folder gives the same clinic with an intact chain")
    void restoreIntoNewFolder() {
        BackupSummary summary = backUp();
        Path fresh = root.resolve("new-folder");
        assertThat(restoreInto(fresh, backup).value().auditHeadHash()).isEqualTo(summary.auditHeadHash());
        try (TestClinic restored = TestClinic.reopened(fresh)) {
            assertThat(restored.services().setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
            assertThat(restored.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(150);
            assertThat(restored.services().accounts().login(TestClinic.ADMIN, TestClinic.ADMIN_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
            Integrity.Report report = restored.services().integrity().verify("test");
            assertThat(report.intact()).isTrue();
            assertThat(report.chain().head()).isEqualTo(summary.auditHeadSeq() + 2);
        }
    }

    @Test
    @DisplayName("SETUP-2 a restore on a new workstation installs the folder's secrets and the backup key from the backup, and opens")
    void restoreOnNewWorkstation() throws Exception {
        FolderSecrets secrets = KeyRing.forThisUser().find(KeyRing.folderIdOf(clinic.dir).orElseThrow()).orElseThrow();
        backUp();
        String previous = System.getProperty(KeyRing.LOCATION_PROPERTY);
        Path newMachineKeys = root.resolve("new-workstation-keys");
        System.setProperty(KeyRing.LOCATION_PROPERTY, newMachineKeys.toString());
        try {
            Path fresh = root.resolve("new-workstation");
            assertThat(restoreInto(fresh, backup).isDone()).isTrue();
            KeyRing ring = KeyRing.forThisUser();
            assertThat(KeyRing.folderIdOf(fresh)).contains(secrets.folderId());
            assertThat(ring.find(secrets.folderId())).hasValueSatisfying(s -> {
                assertThat(s.fileKey()).isEqualTo(secrets.fileKey());
                assertThat(s.chainKey()).isEqualTo(secrets.chainKey());
            });
            String installation = clinic.services().setup().clinic().orElseThrow().installationId();
            assertThat(ring.backupKey(installation)).contains(storedKeyIn(previous, installation));
            try (TestClinic restored = TestClinic.reopened(fresh)) {
                assertThat(restored.services().setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
                assertThat(restored.services().integrity().verify("test").intact()).isTrue();
                assertThat(restored.services().backups().hasBackupPassphrase()).isTrue();
            }
        } finally {
            System.setProperty(KeyRing.LOCATION_PROPERTY, previous);
        }
    }

    private static BackupKey storedKeyIn(String location, String installation) {
        return KeyRing.at(Path.of(location)).backupKey(installation).orElseThrow();
    }

    @Test
    @DisplayName("SETUP-2 restoring an older backup keeps the replaced database and checkpoints beside, never deletes them")
    void replacedDatabaseKept() throws Exception {
        backUp();
        clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", "180", "after the backup").value();
        clinic.close();
        clinic.clock.advance(Duration.ofHours(2));
        assertThat(restoreInto(clinic.dir, backup).isDone()).isTrue();
        assertThat(namesIn(clinic.dir)).contains("vigil.mv.db", "vigil.mv.db.replaced-20250303-100000",
                "audit-checkpoints.txt", "audit-checkpoints.txt.replaced-20250303-100000");
        assertThat(namesIn(clinic.dir.resolve("restore-work"))).isEmpty();
        clinic.reopen();
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(150);
        assertThat(clinic.services().integrity().verify("test").intact()).isTrue();
        assertThat(clinic.lastEvent().action()).isEqualTo("RESTORED");
        // The replaced file still holds the work done after the backup.
        Path aside = Files.createDirectories(root.resolve("aside"));
        Files.copy(clinic.dir.resolve("vigil.mv.db.replaced-20250303-100000"), aside.resolve("vigil.mv.db"));
        try (TestClinic replaced = TestClinic.reopened(aside)) {
            assertThat(replaced.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(180);
        }
    }

    @Test
    @DisplayName("SETUP-2 a wrong passphrase is named as such, not as damage, and nothing is restored")
    void wrongPassphrase() throws Exception {
        backUp();
        Path target = root.resolve("target");
        assertThat(Backups.restore(target, backup, "lantern over the harbour walk".toCharArray(), "cli:test", clinic.clock).refusalOrNull())
                .isEqualTo(Refusal.of("SETUP-2", "backup.wrongPassphrase"));
        assertThat(namesIn(target)).isEmpty();
    }

    @Test
    @DisplayName("SIG-4 a backup with flipped bytes in its database fails authentication and nothing is restored")
    void flippedBytesRefused() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] ^= (byte) 0xFF;
        }
        Files.write(backup, bytes);
        Path target = root.resolve("target");
        assertThat(restoreInto(target, backup).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "backup.damaged.tampered"));
        assertThat(namesIn(target)).isEmpty();
        assertThat(clinic.services().backups().backupsIn(backup.getParent())).singleElement()
                .satisfies(s -> assertThat(s.readability()).isEqualTo(Backups.Readability.OPENED));
    }

    @Test
    @DisplayName("SIG-4 a backup whose manifest was changed is refused, and listed as not authentic")
    void manifestEditedRefused() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        int headerEnd = 12 + ((bytes[10] & 0xFF) << 8 | bytes[11] & 0xFF);
        bytes[headerEnd + 12 + 4 + 20] ^= 0x01;
        Files.write(backup, bytes);
        assertThat(restoreInto(root.resolve("target"), backup).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "backup.damaged.tampered"));
        assertThat(clinic.services().backups().backupsIn(backup.getParent())).singleElement()
                .satisfies(s -> assertThat(s.readability()).isEqualTo(Backups.Readability.NOT_AUTHENTIC));
    }

    @Test
    @DisplayName("SIG-4 a truncated backup is refused as cut short")
    void truncatedRefused() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(restoreInto(root.resolve("target"), backup).refusalOrNull())
                .isEqualTo(Refusal.of("SIG-4", "backup.damaged.truncated"));
    }

    @Test
    @DisplayName("SIG-4 a zip is refused: an earlier Vigil's unencrypted backup by name, anything else as not a Vigil backup")
    void notVigilRefused() throws Exception {
        Path old = root.resolve("old-format.zip");
        try (OutputStream file = Files.newOutputStream(old); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("vigil-backup.properties"));
            zip.write("format=1".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(restoreInto(root.resolve("target"), old).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "backup.damaged.oldFormat"));
        Path notes = Files.writeString(root.resolve("notes.txt"), "not a backup at all");
        assertThat(restoreInto(root.resolve("target"), notes).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "backup.damaged.notVigil"));
    }

    @Test
    @DisplayName("SIG-4 another clinic's backup is refused over this clinic's database, which is left as it was")
    void foreignBackupRefused() throws Exception {
        Path otherBackup = root.resolve("other.vigil-backup");
        try (TestClinic other = TestClinic.setUp(root.resolve("other-clinic"), "Hillside Clinic")) {
            setPassphrase(other, "hillside passphrase of its own");
            other.services().backups().backup(otherBackup, "cli:test").value();
        }
        clinic.close();
        Refusal refusal = Backups.restore(clinic.dir, otherBackup, "hillside passphrase of its own".toCharArray(), "cli:test", clinic.clock)
                .refusalOrNull();
        assertThat(refusal.messageKey()).isEqualTo("backup.foreign");
        assertThat(refusal.args()).hasSize(4);
        assertThat(refusal.args().get(0)).isEqualTo("Hillside Clinic");
        assertThat(refusal.args().get(2)).isEqualTo(TestClinic.CLINIC);
        // Two clinics may share a name: the installation IDs tell them apart.
        assertThat(refusal.args().get(1)).isNotEqualTo(refusal.args().get(3));
        assertThat(namesIn(clinic.dir)).noneMatch(name -> name.contains("replaced"));
        // With this clinic's passphrase it does not even open.
        assertThat(restoreInto(clinic.dir, otherBackup).refusalOrNull()).isEqualTo(Refusal.of("SETUP-2", "backup.wrongPassphrase"));
        clinic.reopen();
        assertThat(clinic.services().setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(150);
        assertThat(clinic.services().integrity().verify("test").intact()).isTrue();
    }

    @Test
    @DisplayName("DB-1 restore is refused while Vigil has the data folder open")
    void refusedWhileOpen() throws Exception {
        backUp();
        assertThat(restoreInto(clinic.dir, backup).refusalOrNull()).isEqualTo(Refusal.of("DB-1", "database.inUse"));
        assertThat(namesIn(clinic.dir)).noneMatch(name -> name.contains("replaced"));
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(150);
    }

    @Test
    @DisplayName("SIG-4 no backup is written while the audit chain is broken")
    void noBackupOfBrokenChain() throws Exception {
        clinic.close();
        try (RawDatabase raw = RawDatabase.open(clinic.dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET new_value = '480 (v2)' WHERE seq = 3");
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        assertThat(clinic.services().backups().backup(backup, "cli:test").refusalOrNull())
                .isEqualTo(Refusal.of("SIG-4", "backup.chainBroken", 3L));
        assertThat(Files.exists(backup)).isFalse();
    }

    @Test
    @DisplayName("SETUP-1 a clinic that was never set up is not backed up")
    void notSetUpNotBackedUp() {
        try (TestClinic empty = TestClinic.empty(root.resolve("empty"))) {
            assertThat(empty.services().backups().backup(backup, "cli:test").refusalOrNull())
                    .isEqualTo(Refusal.of("SETUP-1", "backup.notSetUp"));
        }
    }

    @Test
    @DisplayName("SIG-4 every backup holds the last write before it, however the writes fell in the file (online copy)")
    void backupHoldsLatestWrite() {
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 25; i++) {
                clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", String.valueOf(121 + round * 25 + i),
                        "round " + round).value();
            }
            long head = clinic.auditTrail().getLast().seq();
            Path archive = root.resolve("backups").resolve("round-" + round + ".vigil-backup");
            BackupSummary summary = clinic.services().backups().backup(archive, "cli:test").value();
            assertThat(summary.auditHeadSeq()).as("round %s: the backup's chain head", round).isEqualTo(head);
        }
    }

    @Test
    @DisplayName("SIG-4 backups copied while another workstation thread keeps saving hold every save made before them, and restore")
    void backupWhileSaving() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean saving = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger saves = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = new Thread(() -> {
            while (saving.get()) {
                clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", String.valueOf(121 + saves.incrementAndGet() % 200),
                        "saved beside a backup").value();
            }
        }, "test-saves");
        writer.start();
        try {
            for (int round = 0; round < 5; round++) {
                while (saves.get() < 10 * (round + 1)) {
                    Thread.sleep(5);
                }
                long head = clinic.auditTrail().getLast().seq();
                Path archive = root.resolve("backups").resolve("busy-" + round + ".vigil-backup");
                BackupSummary summary = clinic.services().backups().backup(archive, "cli:test").value();
                assertThat(summary.auditHeadSeq()).as("round %s: the backup's head against the head before it", round).isGreaterThanOrEqualTo(head);
            }
        } finally {
            saving.set(false);
            writer.join();
        }
        Path last = root.resolve("backups").resolve("busy-4.vigil-backup");
        Path fresh = root.resolve("restored-busy");
        assertThat(restoreInto(fresh, last).isDone()).isTrue();
        try (TestClinic restored = TestClinic.reopened(fresh)) {
            assertThat(restored.services().integrity().verify("test").intact()).isTrue();
        }
    }

    @Test
    @DisplayName("SETUP-2 the backup's bytes hold no patient's name, phone or ID number")
    void noPatientDataInTheBackup() throws Exception {
        Actor nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        clinic.services().patients().register(nurse, PatientForm.grace().patient(), false).value();
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String secret : List.of("Okafor", "OKAFOR", "okafor", "7946", "P1234567", "grace.okafor", "Elm Road", "Test Clinic")) {
            assertThat(latin1).as("the backup's bytes").doesNotContain(secret);
        }
        assertThat(latin1).doesNotContain(new String("Okafor".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
    }

    @Test
    @DisplayName("SETUP-2 a backup target inside the data folder is refused, the live database itself and a link into the folder too")
    void targetInsideDataFolderRefused() throws Exception {
        byte[] before = Files.readAllBytes(clinic.dir.resolve("vigil.mv.db"));
        Path link = Files.createSymbolicLink(root.resolve("looks-elsewhere"), clinic.dir);
        for (Path target : List.of(clinic.dir.resolve("vigil.mv.db"), clinic.dir.resolve("nightly.vigil-backup"),
                clinic.dir.resolve("sub/x.vigil-backup"), link.resolve("vigil.mv.db"), link.resolve("x.vigil-backup"))) {
            Refusal refusal = clinic.services().backups().backup(target, "cli:test").refusalOrNull();
            assertThat(refusal).as(target.toString()).isNotNull();
            assertThat(refusal.messageKey()).isEqualTo("backup.target.insideDataFolder");
        }
        assertThat(namesIn(clinic.dir)).doesNotContain("nightly.vigil-backup", "sub");
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(150);
        clinic.close();
        // Still the clinic's encrypted database file, not a backup written over it.
        assertThat(new String(Files.readAllBytes(clinic.dir.resolve("vigil.mv.db")), 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(before, 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");
        clinic.reopen();
        assertThat(clinic.services().setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
    }

    @Test
    @DisplayName("SETUP-2 an unwritable backup target is one sentence naming it, never a stack trace")
    void unwritableTarget() {
        Refusal proc = clinic.services().backups().backup(Path.of("/proc/x.zip"), "cli:test").refusalOrNull();
        assertThat(proc.ruleId()).isEqualTo("SETUP-2");
        assertThat(proc.messageKey()).startsWith("backup.target.");
        assertThat(proc.args().getFirst()).isEqualTo(Path.of("/proc/x.zip"));
        assertThat(clinic.services().backups().backup(root, "cli:test").refusalOrNull().messageKey()).isEqualTo("backup.target.isFolder");
    }

    @Test
    @DisplayName("SETUP-2 a restore that runs out of disk mid-copy changes nothing: the old clinic opens as it was")
    void diskFullMidRestore() throws Exception {
        backUp();
        clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", "180", "after the backup").value();
        clinic.close();
        long[] written = {0};
        Backups.RestoreDisk full = new Backups.RestoreDisk() {
            @Override
            public long usableSpace(Path folder) {
                return Long.MAX_VALUE;
            }

            @Override
            public OutputStream create(Path file) throws IOException {
                return new FilterOutputStream(Backups.RestoreDisk.REAL.create(file)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (written[0] + len > 64 * 1024) {
                            throw new IOException("No space left on device");
                        }
                        written[0] += len;
                        out.write(b, off, len);
                    }
                };
            }
        };
        Refusal refusal = Backups.restore(clinic.dir, backup, PASSPHRASE.toCharArray(), "cli:test", clinic.clock, full, KeyRing.forThisUser())
                .refusalOrNull();
        assertThat(refusal.messageKey()).isEqualTo("restore.diskFull");
        assertThat(written[0]).isPositive();
        assertThat(namesIn(clinic.dir)).noneMatch(name -> name.contains("replaced"));
        assertThat(namesIn(clinic.dir.resolve("restore-work"))).isEmpty();
        clinic.reopen();
        assertThat(clinic.services().setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(180);
        assertThat(clinic.services().integrity().verify("test").intact()).isTrue();
    }

    @Test
    @DisplayName("SETUP-2 a restore checks the free space first: twice the manifest's sizes, or nothing is written")
    void noRoomRefusedFirst() throws Exception {
        backUp();
        clinic.close();
        long[] created = {0};
        Backups.RestoreDisk small = new Backups.RestoreDisk() {
            @Override
            public long usableSpace(Path folder) {
                return 1024;
            }

            @Override
            public OutputStream create(Path file) throws IOException {
                created[0]++;
                return Backups.RestoreDisk.REAL.create(file);
            }
        };
        Refusal refusal = Backups.restore(clinic.dir, backup, PASSPHRASE.toCharArray(), "cli:test", clinic.clock, small, KeyRing.forThisUser())
                .refusalOrNull();
        assertThat(refusal.messageKey()).isEqualTo("restore.noRoom");
        assertThat(created[0]).isZero();
        clinic.reopen();
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(150);
    }

    @Test
    @DisplayName("SETUP-2 what a killed backup left in the data folder's work folder is removed at the next start")
    void leftoversRemovedAtStart() throws Exception {
        clinic.close();
        Path leftover = Files.createDirectories(clinic.dir.resolve("backup-work").resolve("killed").resolve("copy"));
        Files.writeString(leftover.resolve("vigil.mv.db"), "a plain copy of the clinic");
        clinic.reopen();
        assertThat(namesIn(clinic.dir.resolve("backup-work"))).isEmpty();
    }

    @Test
    @DisplayName("SIG-4 verify fails on a live chain cut short behind a backup's head, naming the backup")
    void verifyAgainstBackupHeads() throws Exception {
        clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", "160", "more").value();
        BackupSummary summary = backUp();
        assertThat(clinic.services().integrity().verify("test").intact()).isTrue();
        clinic.close();
        long keep = summary.auditHeadSeq() - 2;
        try (RawDatabase raw = RawDatabase.open(clinic.dir).withoutAppendOnlyTrigger().withoutSealTrigger()) {
            raw.update("DELETE FROM audit_event WHERE seq > ?", keep);
            raw.update("DELETE FROM audit_row WHERE seq > ?", keep);
            raw.setAuditHeadTo(keep);
            raw.withAppendOnlyTriggerBack();
        }
        // The attacker also removes the checkpoints kept beside the database.
        Files.delete(clinic.dir.resolve("audit-checkpoints.txt"));
        clinic.reopen();
        Integrity.Report report = clinic.services().integrity().verify("test");
        assertThat(report.chain().intact()).isTrue();
        assertThat(report.intact()).isFalse();
        assertThat(report.backupHeads().conflicts()).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo(backup.toAbsolutePath());
            assertThat(c.seq()).isEqualTo(summary.auditHeadSeq());
            assertThat(c.liveHash()).isNull();
        });
    }
}
