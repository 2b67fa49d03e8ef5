package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Vigil said was saved is still there after the process is killed without warning. */
@DisplayName("Saved work survives a kill -9")
class DurabilityTest {

    private static final String OBSERVATION = "obs.minimumMinutes";

    @ParameterizedTest(name = "killed after {0} saved changes")
    @ValueSource(ints = {24, 31, 37})
    @DisplayName("every change reported as saved is there after SIGKILL, and the audit chain is intact")
    void killedMidWork(int killAfter, @TempDir Path dir) throws Exception {
        int lastSaved;
        try (ChildVigil child = new ChildVigil("churn", dir)) {
            assertThat(child.nextLine(30)).isEqualTo("ready");
            do {
                String line = child.nextLine(10);
                assertThat(line).startsWith("committed ");
                lastSaved = Integer.parseInt(line.substring("committed ".length()));
            } while (lastSaved < killAfter + 1);
            child.kill();
        }
        try (TestClinic clinic = TestClinic.reopened(dir)) {
            Services services = clinic.services();
            int version = services.settings().current().version(OBSERVATION);
            // Every change reported committed is there. The child keeps working while the test reads
            // its output, so on a busy machine more changes than the last one read may have committed.
            assertThat(version).isGreaterThanOrEqualTo(lastSaved);
            assertThat(services.settings().current().text(OBSERVATION)).isEqualTo(version % 2 == 0 ? "121" : "120");
            Integrity.Report report = services.integrity().verify("after kill");
            assertThat(report.intact()).isTrue();
            assertThat(report.unreadableTables()).isEmpty();
        }
        // Each saved change wrote exactly one event: none lost with the kill, none written twice.
        // (The reopening may add its own, e.g. closing files the killed child left open to others.)
        try (org.vigil.store.RawDatabase raw = org.vigil.store.RawDatabase.open(dir)) {
            long version = Long.parseLong(raw.column("SELECT MAX(version) FROM setting_value WHERE setting_key = ?", OBSERVATION).getFirst());
            assertThat(raw.column("SELECT COUNT(*) FROM audit_event WHERE action = 'SETTING_CHANGED'")).containsExactly(
                    Long.toString(version - 1));
        }
    }
}
