package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Route;
import org.vigil.domain.SettingFault;
import org.vigil.domain.session.DueItem;
import org.vigil.store.RawDatabase;

/**
 * SET-2: an attacker with the database file and H2's own shell edits safety settings out of
 * their allowed range while Vigil is closed, as issue 14 found: minimum observation 120 → 5 min,
 * maximum nasal dose 84 → 400 mg, the latter with its definition's range widened to match.
 */
@DisplayName("SET-2 a setting edited out of its allowed range in the database is never used")
class SettingTamperTest {

    private static final String OBSERVATION = "obs.minimumMinutes";
    private static final String NASAL_MAX = "adm.nasal.maxDoseMg";

    @TempDir
    Path dir;
    private SessionFloor floor;

    @BeforeEach
    void tamperWhileClosed() throws SQLException {
        floor = SessionFloor.open(dir);
        floor.clinic.close();
        try (RawDatabase raw = RawDatabase.open(dir)) {
            raw.update("INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason) "
                    + "VALUES (?, 2, '5', CURRENT_TIMESTAMP, 'admin', 'faster turnover')", OBSERVATION);
            raw.update("UPDATE setting_definition SET max_value = 1000 WHERE setting_key = ?", NASAL_MAX);
            raw.update("INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason) "
                    + "VALUES (?, 2, '400', CURRENT_TIMESTAMP, 'admin', 'bigger doses')", NASAL_MAX);
        }
        floor.clinic.reopen();
    }

    @AfterEach
    void close() {
        floor.close();
    }

    @Test
    @DisplayName("SET-2 ADM-4 OBS-1 the session engine runs on the defaults: 112 mg nasal is refused above 84 mg, observation ends at 120 min")
    void sessionEngineUsesTheDefaults() {
        assertThat(floor.clinic.services().settings().current().integer(OBSERVATION)).isEqualTo(120);
        assertThat(floor.clinic.services().settings().current().integer(NASAL_MAX)).isEqualTo(84);

        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        var refused = floor.engine().authoriseDose(floor.prescriber, session, 112, Route.NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD,
                floor.request());
        assertThat(refused.refusalOrNull()).as("112 mg against the shipped maximum").isNotNull();
        assertThat(refused.refusalOrNull().messageKey()).isEqualTo("dose.nasal.aboveMaximum");
        assertThat(refused.refusalOrNull().args()).containsExactly(112, 84);

        floor.engine().authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request())
                .value();
        Instant start = floor.now();
        SessionView view = floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        assertThat(view.due()).filteredOn(d -> d.kind() == DueItem.Kind.END_OF_OBSERVATION)
                .extracting(d -> Duration.between(start, d.dueAt()).toMinutes()).containsExactly(120L);
    }

    @Test
    @DisplayName("SET-2 the administrator is told which setting, what is stored, what is allowed and which default is used; once in the audit trail")
    void administratorSeesTheAlarmRecordedOnce() {
        List<SettingFault> faults = floor.clinic.services().settings().faults(floor.clinic.admin()).value();
        assertThat(faults).extracting(SettingFault::kind, SettingFault::key, SettingFault::storedValue, SettingFault::allowed,
                        f -> f.shipped().defaultValue())
                .contains(org.assertj.core.groups.Tuple.tuple(SettingFault.Kind.VALUE_OUT_OF_RANGE, OBSERVATION, "5", "60–480", "120"),
                        org.assertj.core.groups.Tuple.tuple(SettingFault.Kind.VALUE_OUT_OF_RANGE, NASAL_MAX, "400", "28–84", "84"),
                        org.assertj.core.groups.Tuple.tuple(SettingFault.Kind.DEFINITION_CHANGED, NASAL_MAX, null, "28–84", "84"));
        assertThat(faults).hasSize(3);

        // Read again, by every screen, and after a restart: still one event per fault.
        floor.clinic.services().settings().faults(floor.clinic.admin()).value();
        floor.clinic.services().settings().current();
        floor.clinic.reopen();
        floor.clinic.services().settings().faults(floor.clinic.admin()).value();
        List<AuditEvent> recorded = floor.clinic.auditTrail().stream().filter(e -> e.action().equals("SETTING_NOT_USED")).toList();
        assertThat(recorded).extracting(AuditEvent::entityId, AuditEvent::oldValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(OBSERVATION, "v2 5"),
                        org.assertj.core.groups.Tuple.tuple(NASAL_MAX, "v2 400"),
                        org.assertj.core.groups.Tuple.tuple(NASAL_MAX, "definition 28–1000"));
        assertThat(recorded).allSatisfy(e -> assertThat(e.reason()).startsWith("SET-2"));
    }

    @Test
    @DisplayName("SET-2 SET-1 the alarm lasts until the setting is set again through Settings; the widened range does not let 400 through")
    void alarmEndsWhenSetAgain() {
        var settings = floor.clinic.services().settings();
        assertThat(settings.change(floor.clinic.admin(), NASAL_MAX, "400", "restore").refusalOrNull().messageKey())
                .as("checked against the shipped range, not the widened row").isEqualTo("setting.invalid.integer");
        assertThat(settings.change(floor.clinic.admin(), OBSERVATION, "120", "set again after the alarm").refusalOrNull())
                .as("setting the default again is a change: the stored value is 5").isNull();
        assertThat(settings.faults(floor.clinic.admin()).value()).extracting(SettingFault::key).doesNotContain(OBSERVATION)
                .contains(NASAL_MAX);
        assertThat(settings.current().integer(OBSERVATION)).isEqualTo(120);
    }

    @Test
    @DisplayName("SET-2 ROLE-2 only administrators are shown the setting alarm")
    void nurseIsNotShownTheFaults() {
        assertThat(floor.clinic.services().settings().faults(floor.nurse).refusalOrNull().ruleId()).isEqualTo("ROLE-2");
    }
}
