package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.ChainVerdict;
import org.vigil.store.RawDatabase;

/**
 * Issue 16, item 3 (SIG-4): the check at every shutdown and after every command resumes from the
 * last head a check verified, so its cost follows the day's events, not the clinic's years; what
 * it leaves unread is read by {@code verify} and by the daily whole check. A verified head cannot
 * be forged in the checkpoint file.
 */
@DisplayName("The chain check at shutdown resumes from the last verified head")
class ShutdownChainCheckTest {

    /** Database created (1), setup (2-3), then five setting changes (4-8); the close verifies the whole chain up to 8. */
    private static final long HEAD = 8;

    @TempDir
    Path dir;
    private TestClinic clinic;

    @BeforeEach
    void eightEventsThenClose() {
        clinic = TestClinic.setUp(dir);
        changeSettings(5);
        assertThat(clinic.auditTrail()).hasSize((int) HEAD);
        clinic.close();
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private int minutes = 121;

    private void changeSettings(int times) {
        for (int i = 0; i < times; i++) {
            clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", Integer.toString(minutes++), "protocol review").value();
            clinic.clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    @DisplayName("SIG-4 the check at shutdown reads the verified head and the events after it, not the whole chain")
    void readsOnlyEventsSinceTheVerifiedHead() {
        clinic.reopen();
        changeSettings(3);
        ChainVerdict verdict = clinic.services().integrity().checkpoint("test");
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.head()).isEqualTo(HEAD + 3);
        // The head verified at the last close (8), then 9, 10, 11: four rows of audit_event, not eleven.
        assertThat(verdict.eventsChecked()).isEqualTo(4);
        // The next check resumes from the head just verified.
        assertThat(clinic.services().integrity().checkpoint("test again").eventsChecked()).isEqualTo(1);
    }

    @Test
    @DisplayName("SIG-4 an event changed before the verified head is left to verify, which still names it")
    void changeBeforeTheHeadFoundByVerify() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET new_value = '480 (v3)' WHERE seq = 5");
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        assertThat(clinic.services().integrity().checkpoint("shutdown").eventsChecked()).isEqualTo(1);
        Integrity.Report report = clinic.services().integrity().verify("test");
        assertThat(report.chain().intact()).isFalse();
        assertThat(report.chain().firstBadSeq()).isEqualTo(5);
        assertThat(report.chain().problem()).isEqualTo("audit.problem.content");
        assertThat(report.chain().eventsChecked()).isEqualTo(HEAD);
    }

    @Test
    @DisplayName("SIG-4 an event changed after the verified head is found at the next shutdown, and no checkpoint is written")
    void changeAfterTheHeadFoundAtShutdown() throws Exception {
        clinic.reopen();
        changeSettings(2);
        clinic.services().integrity().checkpoint("before the tampering");
        changeSettings(2);
        clinic.close();
        // Close verified up to 12; take that line out, as if the close had been a kill, so the next check resumes at 10.
        Path checkpoints = dir.resolve("audit-checkpoints.txt");
        List<String> lines = Files.readAllLines(checkpoints, StandardCharsets.UTF_8);
        Files.write(checkpoints, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET reason = 'nothing happened' WHERE seq = 11");
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        List<String> before = Files.readAllLines(checkpoints, StandardCharsets.UTF_8);
        ChainVerdict verdict = clinic.services().integrity().checkpoint("shutdown");
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBadSeq()).isEqualTo(11);
        assertThat(Files.readAllLines(checkpoints, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    @DisplayName("SIG-4 a verified head forged in the checkpoint file is not resumed from: the tampering behind it is found")
    void forgedVerifiedHeadIgnored() throws Exception {
        clinic.reopen();
        changeSettings(3);
        clinic.close();
        Path checkpoints = dir.resolve("audit-checkpoints.txt");
        List<String> lines = Files.readAllLines(checkpoints, StandardCharsets.UTF_8);
        // Without the line the close wrote, the honest start is 8; the forger claims 11 was verified.
        String last = lines.getLast();
        Files.write(checkpoints, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET reason = 'nothing happened' WHERE seq = 10");
            raw.withAppendOnlyTriggerBack();
        }
        String[] fields = last.split("\t");
        String forged = fields[0] + "\t" + fields[1] + "\t" + fields[2] + "\tshutdown\tverified:SINCE_LAST_CHECK\t" + "0".repeat(64) + "\n";
        Files.writeString(checkpoints, forged, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        clinic.reopen();
        ChainVerdict verdict = clinic.services().integrity().checkpoint("shutdown");
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBadSeq()).isEqualTo(10);
    }

    @Test
    @DisplayName("SIG-4 with the checkpoint file deleted the check at shutdown reads the whole chain again")
    void deletedCheckpointsReadWholeChain() throws Exception {
        Files.delete(dir.resolve("audit-checkpoints.txt"));
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET new_value = '480 (v3)' WHERE seq = 5");
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        ChainVerdict verdict = clinic.services().integrity().checkpoint("shutdown");
        assertThat(verdict.firstBadSeq()).isEqualTo(5);
        assertThat(verdict.eventsChecked()).isEqualTo(HEAD);
    }

    @Test
    @DisplayName("SIG-4 events cut off below the verified head are caught at shutdown as a truncation")
    void tailCutBelowTheVerifiedHead() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("DELETE FROM audit_event WHERE seq > 6");
            raw.setAuditHeadTo(6);
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        ChainVerdict verdict = clinic.services().integrity().checkpoint("shutdown");
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problem()).isEqualTo("audit.problem.truncated");
    }

    @Test
    @DisplayName("SIG-4 verify reads the chain once: the check at its close resumes from the head verify just verified")
    void verifyReadsTheChainOnce() {
        clinic.reopen();
        Integrity.Report report = clinic.services().integrity().verify("verify by admin");
        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(HEAD);
        assertThat(clinic.services().integrity().checkpoint("shutdown").eventsChecked()).isEqualTo(1);
    }

    @Test
    @DisplayName("SIG-4 a backup reads the chain once: the check at its close resumes from the head the backup verified")
    void backupReadsTheChainOnce(@TempDir Path elsewhere) {
        clinic.reopen();
        String passphrase = "lantern over the harbour wall";
        clinic.services().backups().setBackupPassphrase(clinic.admin(), passphrase.toCharArray(), passphrase.toCharArray()).value();
        changeSettings(3);
        Backups.BackupSummary backup = clinic.services().backups().backup(elsewhere.resolve("clinic.vigilbackup"), "cli:test").value();
        // The backup verified its copy's whole chain up to its head; only the head and the BACKUP_CREATED event are read after it.
        ChainVerdict verdict = clinic.services().integrity().checkpoint("shutdown");
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.head()).isEqualTo(backup.auditHeadSeq() + 1);
        assertThat(verdict.eventsChecked()).isEqualTo(2);
    }
}
