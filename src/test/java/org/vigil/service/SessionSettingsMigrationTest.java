package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.session.SessionDefaults;
import org.vigil.domain.session.SessionProtocol;

/** The V5 migration runs on a real H2 database and seeds every setting the session engine reads. */
class SessionSettingsMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("ADM-2 OBS-1 OBS-2 SessionProtocol.from(settings) reads the documented defaults from the database")
    void defaultsSeeded(@TempDir Path dataDir) {
        try (Services services = Services.open(dataDir, CLOCK)) {
            SessionProtocol fromDb = SessionProtocol.from(services.settings().current());
            assertThat(fromDb).isEqualTo(SessionDefaults.protocol());
            assertThat(fromDb.sedationCheckWindow()).isEqualTo(Duration.ofMinutes(5));
            assertThat(fromDb.nextDeviceOverdue()).isEqualTo(Duration.ofMinutes(5));
            assertThat(fromDb.endReviewOverdue()).isEqualTo(Duration.ofMinutes(15));
            assertThat(fromDb.observation()).isEqualTo(Duration.ofMinutes(120));
        }
    }

    @Test
    @DisplayName("Each V5 default passes its own definition's check")
    void defaultsValid(@TempDir Path dataDir) {
        try (TestClinic clinic = TestClinic.setUp(dataDir)) {
            List<SettingRow> rows = clinic.services().settings().list(clinic.admin()).value();
            List<String> v5 = List.of("adm.nextDeviceOverdueMinutes", "obs.sedationCheckWindowMinutes", "obs.endReviewOverdueMinutes");
            assertThat(rows).extracting(r -> r.definition().key()).containsAll(v5);
            assertThat(rows).filteredOn(r -> v5.contains(r.definition().key())).allSatisfy(row ->
                    assertThat(row.definition().check(row.current().value())).as(row.definition().key()).isEmpty());
        }
    }
}
