package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.ChainVerdict;
import org.vigil.store.RawDatabase;

/**
 * SIG-4: someone with the database file on their disk edits, deletes, swaps or cuts off audit
 * events with plain SQL while Vigil is closed; the next verification names the first bad event.
 */
@DisplayName("Tampering with the audit trail is detected")
class AuditChainTamperTest {

    /**
     * The new database's first event seals its shipped settings; setup writes events 2-3; four
     * setting changes write 4-7; closing records head 7 outside the database.
     */
    private static final long HEAD = 7;

    @TempDir
    Path dir;
    private TestClinic clinic;

    @BeforeEach
    void sixEventsThenClose() {
        clinic = TestClinic.setUp(dir);
        for (String minutes : new String[] {"121", "122", "123", "124"}) {
            clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", minutes, "protocol review").value();
        }
        assertThat(clinic.auditTrail()).hasSize((int) HEAD);
        clinic.close();
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private ChainVerdict verifyAfterReopening() {
        clinic.reopen();
        Integrity.Report report = clinic.services().integrity().verify("test");
        assertThat(report.intact()).isEqualTo(report.chain().intact());
        return report.chain();
    }

    @Test
    @DisplayName("SIG-4 an untouched trail verifies as intact up to its head")
    void untouched() {
        ChainVerdict verdict = verifyAfterReopening();
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.head()).isEqualTo(HEAD);
        assertThat(verdict.eventsChecked()).isEqualTo(HEAD);
    }

    @Test
    @DisplayName("SIG-4 verify names the first edited event, problem content")
    void editedEvent() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET new_value = '480 (v3)' WHERE seq = 5");
        }
        ChainVerdict verdict = verifyAfterReopening();
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBadSeq()).isEqualTo(5);
        assertThat(verdict.problem()).isEqualTo("audit.problem.content");
    }

    @Test
    @DisplayName("SIG-4 verify names a deleted event in the middle as missing")
    void deletedEvent() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("DELETE FROM audit_event WHERE seq = 4");
        }
        ChainVerdict verdict = verifyAfterReopening();
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.missing");
    }

    @Test
    @DisplayName("SIG-4 two events with their sequence numbers swapped are detected at the first of them")
    void swappedSequenceNumbers() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET seq = -1 WHERE seq = 4");
            raw.update("UPDATE audit_event SET seq = 4 WHERE seq = 5");
            raw.update("UPDATE audit_event SET seq = 5 WHERE seq = -1");
        }
        ChainVerdict verdict = verifyAfterReopening();
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.link");
    }

    @Test
    @DisplayName("SIG-4 two events whose contents were exchanged are detected at the first of them")
    void exchangedContents() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("""
                    UPDATE audit_event e SET (old_value, new_value) =
                      (SELECT o.old_value, o.new_value FROM audit_event o WHERE o.seq = 9 - e.seq)
                    WHERE e.seq IN (4, 5)""");
            assertThat(raw.column("SELECT new_value FROM audit_event WHERE seq = 4")).containsExactly("122 (v3)");
        }
        ChainVerdict verdict = verifyAfterReopening();
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.content");
    }

    @Test
    @DisplayName("SIG-4 a tail cut off with the head record moved back is caught by the checkpoint written at close")
    void truncatedTail() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.withoutSealTrigger();
            raw.update("DELETE FROM audit_event WHERE seq > 5");
            raw.update("DELETE FROM audit_row WHERE seq > 5");
            raw.setAuditHeadTo(5);
            assertThat(raw.auditHead()).isEqualTo(5);
        }
        ChainVerdict verdict = verifyAfterReopening();
        assertThat(verdict.firstBadSeq()).isEqualTo(6);
        assertThat(verdict.problem()).isEqualTo("audit.problem.truncated");
        assertThat(verdict.head()).isEqualTo(5);
    }

    @Test
    @DisplayName("SIG-4 a tail cut off without its row seals is caught by the seals left behind")
    void truncatedTailLeavesSeals() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("DELETE FROM audit_event WHERE seq > 5");
            raw.setAuditHeadTo(5);
        }
        java.nio.file.Files.delete(dir.resolve("audit-checkpoints.txt"));
        ChainVerdict verdict = verifyAfterReopening();
        assertThat(verdict.firstBadSeq()).isEqualTo(6);
        assertThat(verdict.problem()).isEqualTo("audit.problem.truncated");
    }

    @Test
    @DisplayName("SIG-4 a cut-off tail stays detected after Vigil writes new events over the gap: rewritten at the checkpoint")
    void truncatedThenWrittenOver() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.withoutSealTrigger();
            raw.update("DELETE FROM audit_event WHERE seq > 5");
            raw.update("DELETE FROM audit_row WHERE seq > 5");
            raw.setAuditHeadTo(5);
            // Puts the trigger back, or Vigil would refuse to write at all.
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        assertThat(clinic.services().accounts().login(TestClinic.ADMIN, TestClinic.ADMIN_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
        assertThat(clinic.services().accounts().login(TestClinic.ADMIN, TestClinic.ADMIN_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
        Integrity.Report report = clinic.services().integrity().verify(clinic.admin()).value();
        assertThat(report.intact()).isFalse();
        // Events 6 and 7 are new and well linked; the checkpoint at 7 is what no longer matches.
        assertThat(report.chain().firstBadSeq()).isEqualTo(HEAD);
        assertThat(report.chain().problem()).isEqualTo("audit.problem.rewritten");
    }

    @Test
    @DisplayName("SIG-4 a broken chain is not blessed: no new checkpoint is written for it")
    void brokenChainNotCheckpointed() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET reason = 'nothing happened' WHERE seq = 6");
        }
        Path checkpoints = dir.resolve("audit-checkpoints.txt");
        List<String> before = Files.readAllLines(checkpoints);
        verifyAfterReopening();
        clinic.close();
        assertThat(Files.readAllLines(checkpoints)).isEqualTo(before);
    }
}
