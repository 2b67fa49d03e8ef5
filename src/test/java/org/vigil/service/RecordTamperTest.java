package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.demo.DemoClinic;
import org.vigil.domain.ContentHash;
import org.vigil.domain.Refusal;
import org.vigil.store.AppendOnlyTrigger;
import org.vigil.store.RawDatabase;
import org.vigil.store.SealedTables.RowFinding;
import org.vigil.store.WritesHeldException;
import org.vigil.text.Messages;

/**
 * Issue 14's attacks on a closed data folder, each through plain JDBC as someone with the file (and,
 * here, its key) would make them, and each caught by verify (SIG-4). The demo clinic gives real
 * patients, sessions, scales, accounts and register entries to tamper with.
 */
@DisplayName("Tampering with any record is detected")
class RecordTamperTest {

    @TempDir
    static Path seeded;
    @TempDir
    Path dir;
    private TestClinic clinic;

    @BeforeAll
    static void seedTheDemoClinicOnce() {
        try (TestClinic demo = TestClinic.empty(seeded)) {
            new DemoClinic(demo.services()).seedIfEmpty();
        }
    }

    @AfterEach
    void close() {
        if (clinic != null) {
            clinic.close();
        }
    }

    /** A copy of the seeded folder, tampered with by the attack, then opened by Vigil and verified. */
    private Integrity.Report afterAttack(Attack attack) throws Exception {
        copy(seeded, dir);
        try (RawDatabase raw = RawDatabase.open(dir)) {
            attack.on(raw);
        }
        clinic = TestClinic.reopened(dir);
        return clinic.services().integrity().verify("test");
    }

    interface Attack {
        void on(RawDatabase raw) throws Exception;
    }

    private static RowFinding firstRow(Integrity.Report report) {
        assertThat(report.intact()).isFalse();
        assertThat(report.rowFindings()).isNotEmpty();
        return report.rowFindings().getFirst();
    }

    /** Changes a row of an append-only table the way a tamperer must: trigger off, edit, trigger back. */
    private static void editAppendOnly(RawDatabase raw, String table, String sql) throws SQLException {
        try (Statement s = raw.connection().createStatement()) {
            s.execute("DROP TRIGGER " + table + "_append_only");
            s.execute(sql);
            s.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                    + " FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
        }
    }

    @Test
    @DisplayName("SIG-4 an untouched clinic verifies intact, every record checked against its event")
    void untouched() throws Exception {
        Integrity.Report report = afterAttack(raw -> { });
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.rowsChecked()).isGreaterThan(1000);
    }

    @Test
    @DisplayName("SIG-4 a BP reading changed 168 → 118 is named")
    void bpReadingChanged() throws Exception {
        try (SessionFloor floor = SessionFloor.open(dir)) {
            long session = floor.booked(PatientForm.grace(), org.vigil.domain.Route.NASAL);
            floor.ready(session, 168, 95);
        }
        String id;
        try (RawDatabase raw = RawDatabase.open(dir)) {
            id = raw.column("SELECT id FROM session_event WHERE payload LIKE '%sbp=168;%'").getFirst();
            editAppendOnly(raw, "session_event", "UPDATE session_event SET payload = REPLACE(payload, 'sbp=168', 'sbp=118') WHERE id = " + id);
        }
        clinic = TestClinic.reopened(dir);
        Integrity.Report report = clinic.services().integrity().verify("test");
        assertThat(report.rowFindings()).extracting(RowFinding::table, RowFinding::key, RowFinding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("session_event", id, RowFinding.Kind.CHANGED));
        assertThat(report.missingProtections()).isEmpty();
        assertThat(Messages.of(Messages.CHINESE).refusal(report.problems().getFirst())).contains("会话事件 " + id);
        assertThat(Messages.of(java.util.Locale.ENGLISH).refusal(report.problems().getFirst()))
                .startsWith("Session event " + id + " differs from what audit event").contains("changed outside Vigil");
    }

    @Test
    @DisplayName("SIG-4 a deleted allergy is named")
    void allergyDeleted() throws Exception {
        Integrity.Report report = afterAttack(raw -> raw.update("DELETE FROM patient_allergy WHERE patient_id = 2 AND position = 0"));
        RowFinding finding = firstRow(report);
        assertThat(finding.table()).isEqualTo("patient_allergy");
        assertThat(finding.key()).isEqualTo("2|0");
        assertThat(finding.kind()).isEqualTo(RowFinding.Kind.DELETED);
    }

    @Test
    @DisplayName("SIG-4 a changed scale score is named")
    void scaleScoreChanged() throws Exception {
        String id = seededColumn("SELECT MIN(id) FROM scale_assessment");
        RowFinding finding = firstRow(afterAttack(raw -> raw.update("UPDATE scale_assessment SET total = total - 10 WHERE id = " + id)));
        assertThat(finding).extracting(RowFinding::table, RowFinding::key, RowFinding::kind)
                .containsExactly("scale_assessment", id, RowFinding.Kind.CHANGED);
    }

    @Test
    @DisplayName("SIG-4 a session marked discharged behind Vigil's back is named")
    void sessionMarkedDischarged() throws Exception {
        String id = seededColumn("SELECT MIN(id) FROM clinic_session WHERE state <> 'DISCHARGED'");
        RowFinding finding = firstRow(afterAttack(raw -> raw.update("UPDATE clinic_session SET state = 'DISCHARGED' WHERE id = " + id)));
        assertThat(finding).extracting(RowFinding::table, RowFinding::key, RowFinding::kind)
                .containsExactly("clinic_session", id, RowFinding.Kind.CHANGED);
    }

    @Test
    @DisplayName("SIG-4 a nurse given ADMIN, PRESCRIBER and the prescribing right is named, account and roles")
    void nursePromoted() throws Exception {
        String nurse = seededColumn("SELECT id FROM app_user WHERE username = 'nurse.li'");
        Integrity.Report report = afterAttack(raw -> {
            raw.update("INSERT INTO user_role (user_id, role) VALUES (?, 'ADMIN'), (?, 'PRESCRIBER')", Long.parseLong(nurse), Long.parseLong(nurse));
            raw.update("UPDATE app_user SET prescribing_right = TRUE WHERE id = ?", Long.parseLong(nurse));
        });
        assertThat(report.rowFindings()).extracting(RowFinding::table, RowFinding::key, RowFinding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("app_user", nurse, RowFinding.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("user_role", nurse + "|ADMIN", RowFinding.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("user_role", nurse + "|PRESCRIBER", RowFinding.Kind.ADDED));
    }

    @Test
    @DisplayName("SIG-4 a prescriber's password hash replaced by a known one is named")
    void passwordHashReplaced() throws Exception {
        String prescriber = seededColumn("SELECT id FROM app_user WHERE username = 'drchen'");
        RowFinding finding = firstRow(afterAttack(raw -> raw.update(
                "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'nurse.li') WHERE id = "
                        + prescriber)));
        assertThat(finding).extracting(RowFinding::table, RowFinding::key, RowFinding::kind)
                .containsExactly("app_user", prescriber, RowFinding.Kind.CHANGED);
    }

    @Test
    @DisplayName("SIG-4 safety settings changed in the file (observation 120 → 5 min, nasal maximum 84 → 400 mg) are named")
    void settingsChanged() throws Exception {
        Integrity.Report report = afterAttack(raw -> {
            raw.update("UPDATE setting_value SET setting_value = '5' WHERE setting_key = 'obs.minimumMinutes'");
            raw.update("UPDATE setting_value SET setting_value = '400' WHERE setting_key = 'adm.nasal.maxDoseMg'");
        });
        assertThat(report.rowFindings()).extracting(RowFinding::table, RowFinding::kind)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("setting_value", RowFinding.Kind.CHANGED));
        assertThat(report.rowFindings()).extracting(RowFinding::key)
                .anyMatch(k -> k.startsWith("adm.nasal.maxDoseMg|")).anyMatch(k -> k.startsWith("obs.minimumMinutes|"));
    }

    @Test
    @DisplayName("SIG-4 a single flipped character in a patient's record is named")
    void flippedByte() throws Exception {
        String id = seededColumn("SELECT MIN(id) FROM patient");
        RowFinding finding = firstRow(afterAttack(raw -> raw.update(
                "UPDATE patient SET family_name = CONCAT(SUBSTRING(family_name, 1, LENGTH(family_name) - 1), "
                        + "CHAR(ASCII(SUBSTRING(family_name, LENGTH(family_name))) + 1)) WHERE id = " + id)));
        assertThat(finding).extracting(RowFinding::table, RowFinding::key, RowFinding::kind)
                .containsExactly("patient", id, RowFinding.Kind.CHANGED);
    }

    @Test
    @DisplayName("SIG-4 a dropped append-only trigger fails verify, and Vigil saves nothing until an administrator repairs it")
    void droppedTrigger() throws Exception {
        Integrity.Report report = afterAttack(raw -> raw.withoutAppendOnlyTrigger());
        assertThat(report.intact()).isFalse();
        assertThat(report.missingProtections()).containsExactly("audit_event:audit_event_append_only");
        assertThat(report.problems()).extracting(Refusal::messageKey).first().isEqualTo("integrity.protectionMissing");
        assertThatThrownBy(() -> clinic.services().accounts().login("nurse.li", DemoClinic.PASSWORD))
                .isInstanceOf(WritesHeldException.class);

        clinic.close();
        clinic = TestClinic.reopened(dir);
        clinic.services().integrity().repairProtections("cli:it");
        Integrity.Report repaired = clinic.services().integrity().verify("test");
        assertThat(repaired.problems()).isEmpty();
        clinic.close();
        try (RawDatabase raw = RawDatabase.open(dir)) {
            assertThat(raw.rows("SELECT action, username, old_value FROM audit_event ORDER BY seq DESC LIMIT 1").getFirst())
                    .containsExactly("PROTECTIONS_REPAIRED", "cli:it", "audit_event:audit_event_append_only");
        }
        clinic = null;
    }

    @Test
    @DisplayName("SIG-4 a chain rewritten with recomputed SHA-256 links and a rewritten checkpoint file fails: the chain is keyed")
    void rewrittenChainAndCheckpoints() throws Exception {
        Integrity.Report report = afterAttack(raw -> {
            raw.withoutAppendOnlyTrigger();
            // Rewrites the event of one setting change to say something else, then relinks everything after it.
            List<List<String>> events = raw.rows("SELECT seq, at, user_id, username, action, entity_type, entity_id, old_value, new_value, "
                    + "reason FROM audit_event WHERE seq >= 10 ORDER BY seq");
            String prev = raw.column("SELECT hash FROM audit_event WHERE seq = 9").getFirst();
            for (List<String> e : events) {
                String reason = e.get(0).equals("10") ? "nothing to see" : e.get(9);
                String hash = ContentHash.of(prev, Long.parseLong(e.get(0)), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5), e.get(6),
                        e.get(7), e.get(8), reason);
                raw.update("UPDATE audit_event SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?", reason, prev, hash,
                        Long.parseLong(e.get(0)));
                prev = hash;
            }
            raw.update("UPDATE audit_head SET hash = ? WHERE id = 1", prev);
            raw.withAppendOnlyTriggerBack();
            Files.writeString(dir.resolve("audit-checkpoints.txt"), "");
        });
        assertThat(report.chain().intact()).isFalse();
        assertThat(report.chain().firstBadSeq()).isEqualTo(10);
        assertThat(report.chain().problem()).isEqualTo("audit.problem.content");
    }

    @Test
    @DisplayName("SIG-4 events and seals cut off the end with the checkpoint file deleted: the rows they wrote no longer match")
    void truncatedWithCheckpointsDeleted() throws Exception {
        long head = Long.parseLong(seededColumn("SELECT seq FROM audit_head"));
        Integrity.Report report = afterAttack(raw -> {
            raw.withoutAppendOnlyTrigger().withoutSealTrigger();
            raw.update("DELETE FROM audit_row WHERE seq > ?", head - 40);
            raw.update("DELETE FROM audit_event WHERE seq > ?", head - 40);
            raw.setAuditHeadTo(head - 40);
            raw.withAppendOnlyTriggerBack();
            Files.delete(dir.resolve("audit-checkpoints.txt"));
        });
        // No checkpoint outside the database says how long the chain was: the rows tell.
        assertThat(report.chain().intact()).isTrue();
        assertThat(report.rowFindings()).isNotEmpty();
        assertThat(report.intact()).isFalse();
    }

    private static String seededColumn(String sql) throws SQLException {
        Path probe = seeded.resolveSibling(seeded.getFileName() + "-probe-" + System.nanoTime());
        copy(seeded, probe);
        try (RawDatabase raw = RawDatabase.open(probe)) {
            return raw.column(sql).getFirst();
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
