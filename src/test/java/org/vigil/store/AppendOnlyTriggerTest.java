package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;

@DisplayName("The audit trail is append-only in the database")
class AppendOnlyTriggerTest {

    private static final Instant NINE = Instant.parse("2025-03-03T09:00:00Z");

    @TempDir
    Path dir;

    private void twoEvents() {
        try (Database database = Database.open(dir)) {
            AuditTrail trail = new AuditTrail();
            database.write(c -> {
                trail.append(c, new AuditTrail.Entry(null, "admin", "CLINIC_CREATED", "clinic", "1", null, "name=Test", null), NINE);
                trail.append(c, new AuditTrail.Entry(1L, "admin", "LOGIN", "user", "1", null, null, null), NINE.plusSeconds(60));
                return null;
            });
        }
    }

    @Test
    @DisplayName("SIG-4 the application's own connection cannot update or delete an audit event")
    void applicationCannotEdit() {
        twoEvents();
        try (Database database = Database.open(dir)) {
            assertThatThrownBy(() -> database.write(c -> c.handle().execute("UPDATE audit_event SET reason = 'x' WHERE seq = 1")))
                    .isInstanceOf(StoreException.class).rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> database.write(c -> c.handle().execute("DELETE FROM audit_event WHERE seq = 2")))
                    .isInstanceOf(StoreException.class).rootCause().hasMessageContaining("append-only");
            List<AuditEvent> events = database.read(c -> new AuditTrail().latest(c, 10));
            // The new database's own first event, then the two written here.
            assertThat(events).hasSize(3)
                    .allSatisfy(e -> assertThat(e.reason()).isNull());
        }
    }

    @Test
    @DisplayName("SIG-4 plain SQL on the file is refused too while the trigger exists")
    void plainSqlRefused() throws SQLException {
        twoEvents();
        try (RawDatabase raw = RawDatabase.open(dir)) {
            assertThatThrownBy(() -> raw.update("DELETE FROM audit_event")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> raw.update("UPDATE audit_event SET username = 'someone else'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThat(raw.column("SELECT username FROM audit_event ORDER BY seq")).containsExactly("vigil", "admin", "admin");
        }
    }

    @Test
    @DisplayName("SIG-4 each appended event links to the one before and advances the head")
    void appendLinks() throws SQLException {
        twoEvents();
        try (RawDatabase raw = RawDatabase.open(dir)) {
            var rows = raw.rows("SELECT seq, prev_hash, hash FROM audit_event ORDER BY seq");
            assertThat(rows.get(0).get(1)).isEqualTo("0".repeat(64));
            assertThat(rows.get(1).get(1)).isEqualTo(rows.get(0).get(2));
            assertThat(rows.get(2).get(1)).isEqualTo(rows.get(1).get(2));
            assertThat(raw.auditHead()).isEqualTo(3);
            assertThat(raw.column("SELECT hash FROM audit_head")).containsExactly(rows.get(2).get(2));
        }
    }
}
