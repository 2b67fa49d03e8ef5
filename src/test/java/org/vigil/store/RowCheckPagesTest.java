package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.demo.DemoClinic;
import org.vigil.service.TestClinic;
import org.vigil.store.SealedTables.RowFinding;

/**
 * Issue 16: the check of every row against its seal (SIG-4) reads rows and seals a page at a time,
 * so its memory does not grow with the records. Whatever the page, it finds the same: a page of
 * three rows splits tables, composite keys and the seals of rows saved many times across pages.
 */
@DisplayName("The row check, a page at a time")
class RowCheckPagesTest {

    @TempDir
    static Path dir;
    private static String changed;
    private static String deleted;
    private static String nurse;

    @BeforeAll
    static void aTamperedDemoClinic() throws SQLException {
        try (TestClinic demo = TestClinic.empty(dir)) {
            new DemoClinic(demo.services()).seedIfEmpty();
        }
        try (RawDatabase raw = RawDatabase.open(dir)) {
            changed = raw.column("SELECT MIN(id) FROM session_event").getFirst();
            deleted = raw.column("SELECT MAX(id) FROM session_event").getFirst();
            nurse = raw.column("SELECT id FROM app_user WHERE username = 'nurse.li'").getFirst();
            try (Statement s = raw.connection().createStatement()) {
                s.execute("DROP TRIGGER session_event_append_only");
                s.execute("UPDATE session_event SET payload = payload || ' ' WHERE id = " + changed);
                s.execute("DELETE FROM session_event WHERE id = " + deleted);
            }
            raw.update("INSERT INTO user_role (user_id, role) VALUES (?, 'ADMIN')", Long.parseLong(nurse));
            raw.update("DELETE FROM patient_allergy WHERE patient_id = (SELECT MIN(patient_id) FROM patient_allergy) AND position = 0");
        }
    }

    private record Checked(long rows, List<RowFinding> findings) {}

    private static Checked checked(int page) {
        try (Database database = Database.open(dir)) {
            return database.readSnapshot(tx -> {
                List<RowFinding> findings = new ArrayList<>();
                try {
                    long rows = SealedTables.check(tx.handle().getConnection(), database.chainKey(), findings::add, page);
                    return new Checked(rows, findings);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    @DisplayName("SIG-4 pages of 3, 7 and 1000 find the same changed, added and deleted rows, in the same order")
    void samePagesSameFindings() {
        Checked whole = checked(SealedTables.PAGE);
        assertThat(whole.rows()).as("more rows than a page").isGreaterThan(SealedTables.PAGE);
        assertThat(whole.findings()).extracting(RowFinding::table, RowFinding::key, RowFinding::kind).contains(
                org.assertj.core.groups.Tuple.tuple("session_event", changed, RowFinding.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("session_event", deleted, RowFinding.Kind.DELETED),
                org.assertj.core.groups.Tuple.tuple("user_role", nurse + "|ADMIN", RowFinding.Kind.ADDED));
        assertThat(whole.findings()).extracting(RowFinding::table, RowFinding::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("patient_allergy", RowFinding.Kind.DELETED));
        assertThat(whole.findings()).hasSize(4);

        assertThat(checked(3)).isEqualTo(whole);
        assertThat(checked(7)).isEqualTo(whole);
    }
}
