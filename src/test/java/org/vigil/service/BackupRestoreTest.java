package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.service.Backups.BackupSummary;
import org.vigil.store.BackupArchive;
import org.vigil.store.RawDatabase;

@DisplayName("Backups and restores")
class BackupRestoreTest {

    @TempDir
    Path root;
    private TestClinic clinic;
    private Path backup;

    @BeforeEach
    void clinicWithBackup() {
        clinic = TestClinic.setUp(root.resolve("clinic"));
        clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", "150", "before the backup").value();
        backup = root.resolve("backups").resolve("monday.zip");
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private BackupSummary backUp() {
        return clinic.services().backups().backup(backup, "cli:test").value();
    }

    private Outcome<BackupSummary> restoreInto(Path dataDir, Path archive) {
        return Backups.restore(dataDir, archive, "cli:test", clinic.clock);
    }

    private static List<String> namesIn(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("SIG-4 a backup taken while Vigil runs is verified, carries the chain head and records it as a checkpoint")
    void backupWhileRunning() throws Exception {
        BackupSummary summary = backUp();
        assertThat(summary.clinicName()).isEqualTo(TestClinic.CLINIC);
        assertThat(summary.auditHeadSeq()).isEqualTo(4);
        BackupArchive.Manifest manifest = BackupArchive.readVerified(backup);
        assertThat(manifest.auditHeadSeq()).isEqualTo(4);
        assertThat(manifest.auditHeadHash()).isEqualTo(summary.auditHeadHash()).isEqualTo(clinic.auditTrail().get(3).hash());
        assertThat(manifest.installationId()).isEqualTo(clinic.services().setup().clinic().orElseThrow().installationId());
        assertThat(clinic.lastEvent().action()).isEqualTo("BACKUP_CREATED");
        assertThat(Files.readString(clinic.dir.resolve("audit-checkpoints.txt"))).contains("4\t" + summary.auditHeadHash());
        assertThat(namesIn(backup.getParent())).containsExactly("monday.zip");
    }

    @Test
    @DisplayName("SIG-4 restoring into a new folder gives the same clinic with an intact chain")
    void restoreIntoNewFolder() {
        BackupSummary summary = backUp();
        Path fresh = root.resolve("new-workstation");
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
    @DisplayName("SIG-4 restoring an older backup keeps the replaced database and checkpoints beside, never deletes them")
    void replacedDatabaseKept() throws Exception {
        backUp();
        clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", "180", "after the backup").value();
        clinic.close();
        clinic.clock.advance(Duration.ofHours(2));
        assertThat(restoreInto(clinic.dir, backup).isDone()).isTrue();
        assertThat(namesIn(clinic.dir)).contains("vigil.mv.db", "vigil.mv.db.replaced-20250303-100000",
                "audit-checkpoints.txt", "audit-checkpoints.txt.replaced-20250303-100000");
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
    @DisplayName("SIG-4 a backup with flipped bytes is refused and nothing is restored")
    void flippedBytesRefused() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] ^= (byte) 0xFF;
        }
        Files.write(backup, bytes);
        Path target = root.resolve("target");
        Refusal refusal = restoreInto(target, backup).refusalOrNull();
        assertThat(refusal.ruleId()).isEqualTo("SIG-4");
        assertThat(refusal.messageKey()).isIn("backup.damaged.checksum", "backup.damaged.unreadable");
        assertThat(namesIn(target)).isEmpty();
    }

    @Test
    @DisplayName("SIG-4 a truncated backup is refused as unreadable")
    void truncatedRefused() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(restoreInto(root.resolve("target"), backup).refusalOrNull())
                .isEqualTo(Refusal.of("SIG-4", "backup.damaged.unreadable"));
    }

    @Test
    @DisplayName("SIG-4 a zip that is not a Vigil backup is refused, and so is a file that is not a zip")
    void notVigilRefused() throws Exception {
        Path holiday = root.resolve("holiday-photos.zip");
        try (OutputStream file = Files.newOutputStream(holiday); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("beach.txt"));
            zip.write("sand".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(restoreInto(root.resolve("target"), holiday).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "backup.damaged.notVigil"));
        Path notes = Files.writeString(root.resolve("notes.zip"), "not a zip at all");
        assertThat(restoreInto(root.resolve("target"), notes).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "backup.damaged.unreadable"));
    }

    @Test
    @DisplayName("SIG-4 another clinic's backup is refused over this clinic's database, which is left as it was")
    void foreignBackupRefused() throws Exception {
        Path otherBackup = root.resolve("other.zip");
        try (TestClinic other = TestClinic.setUp(root.resolve("other-clinic"), "Hillside Clinic")) {
            other.services().backups().backup(otherBackup, "cli:test").value();
        }
        clinic.close();
        Refusal refusal = restoreInto(clinic.dir, otherBackup).refusalOrNull();
        assertThat(refusal.messageKey()).isEqualTo("backup.foreign");
        assertThat(refusal.args()).hasSize(4);
        assertThat(refusal.args().get(0)).isEqualTo("Hillside Clinic");
        assertThat(refusal.args().get(2)).isEqualTo(TestClinic.CLINIC);
        // Two clinics may share a name: the installation IDs tell them apart.
        assertThat(refusal.args().get(1)).isNotEqualTo(refusal.args().get(3));
        assertThat(namesIn(clinic.dir)).noneMatch(name -> name.contains("replaced"));
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
            raw.update("UPDATE audit_event SET new_value = '480 (v2)' WHERE seq = 4");
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        assertThat(clinic.services().backups().backup(backup, "cli:test").refusalOrNull())
                .isEqualTo(Refusal.of("SIG-4", "backup.chainBroken", 4L));
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
    @DisplayName("SIG-4 every backup holds the last write before it, however the writes fell in the file (H2 online backup)")
    void backupHoldsLatestWrite() {
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 25; i++) {
                clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", String.valueOf(121 + round * 25 + i),
                        "round " + round).value();
            }
            long head = clinic.auditTrail().getLast().seq();
            Path archive = root.resolve("backups").resolve("round-" + round + ".zip");
            BackupSummary summary = clinic.services().backups().backup(archive, "cli:test").value();
            assertThat(summary.auditHeadSeq()).as("round %s: the backup's chain head", round).isEqualTo(head);
        }
    }
}
