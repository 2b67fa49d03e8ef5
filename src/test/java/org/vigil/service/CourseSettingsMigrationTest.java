package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Settings;
import org.vigil.domain.course.EnrolmentRules;
import org.vigil.domain.course.MonitoringRules;
import org.vigil.domain.course.ScheduleRules;
import org.vigil.domain.patient.AgeLimits;
import org.vigil.domain.patient.PatientLimits;
import org.vigil.domain.patient.ProtocolDefaults;
import org.vigil.domain.scale.ScaleThresholds;

/**
 * The V3 migration runs on a real H2 database after V1 and V2, and seeds every setting that the
 * patient, course and scale rules read, with defaults their own definitions allow.
 */
class CourseSettingsMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("Every setting the domain's from(Settings) factories read exists with the documented default")
    void defaultsSeeded(@TempDir Path dataDir) {
        try (Services services = Services.open(dataDir, CLOCK)) {
            Settings db = services.settings().current();
            Settings expected = ProtocolDefaults.settings();
            assertThat(PatientLimits.from(db)).isEqualTo(PatientLimits.from(expected));
            assertThat(AgeLimits.from(db)).isEqualTo(AgeLimits.from(expected));
            assertThat(ScheduleRules.from(db)).isEqualTo(ScheduleRules.from(expected));
            assertThat(EnrolmentRules.from(db)).isEqualTo(EnrolmentRules.from(expected));
            assertThat(MonitoringRules.from(db)).isEqualTo(MonitoringRules.from(expected));
            assertThat(ScaleThresholds.from(db)).isEqualTo(ScaleThresholds.from(expected));
            assertThat(ScheduleRules.from(db).trdInductionWeeks()).isEqualTo(4);
            assertThat(ScaleThresholds.from(db).responseReductionPercent()).isEqualTo(50);
        }
    }

    @Test
    @DisplayName("Each new default passes its own definition's check, and every setting has a value")
    void defaultsValid(@TempDir Path dataDir) {
        try (TestClinic clinic = TestClinic.setUp(dataDir)) {
            List<SettingRow> rows = clinic.services().settings().list(clinic.admin()).value();
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.current()).as(row.definition().key()).isNotNull();
                assertThat(row.definition().check(row.current().value())).as(row.definition().key()).isEmpty();
            });
            assertThat(rows).extracting(r -> r.definition().key()).contains("clinic.country", "sch.trd.inductionFrequency",
                    "sch.monitoring.withdrawalCheckEveryDays", "scale.madrs.remissionAtOrBelow");
        }
    }
}
