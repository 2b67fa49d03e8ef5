package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.SettingValue;

@DisplayName("Changing protocol and system settings")
class SettingsChangeTest {

    private static final String OBSERVATION = "obs.minimumMinutes";

    @TempDir
    Path dir;
    private TestClinic clinic;
    private SettingsAdministration settings;
    private Actor manager;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        settings = clinic.services().settings();
        manager = clinic.person("manager", "rota planning on a rainy monday", Role.MANAGER);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    @Test
    @DisplayName("OBS-1 the default minimum observation is 120 minutes, version 1")
    void defaultObservation() {
        assertThat(settings.current().integer(OBSERVATION)).isEqualTo(120);
        assertThat(settings.current().version(OBSERVATION)).isEqualTo(1);
    }

    @Test
    @DisplayName("ROLE-1 a manager changes a protocol setting with a reason: a new version, the old one kept")
    void managerChangesProtocol() {
        clinic.clock.advance(Duration.ofHours(1));
        SettingValue changed = settings.change(manager, OBSERVATION, "150", "longer observation after incident review").value();
        assertThat(changed).isEqualTo(new SettingValue(OBSERVATION, 2, "150", TestClinic.MORNING.plus(Duration.ofHours(1)),
                "manager", "longer observation after incident review"));
        assertThat(settings.current().integer(OBSERVATION)).isEqualTo(150);
        List<SettingValue> history = settings.history(manager, OBSERVATION).value();
        assertThat(history).extracting(SettingValue::version, SettingValue::value)
                .containsExactly(tuple(2, "150"), tuple(1, "120"));
    }

    @Test
    @DisplayName("SIG-4 a setting change is audited with who, the old and new value and the reason")
    void changeAudited() {
        settings.change(manager, OBSERVATION, "150", "longer observation after incident review").value();
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("SETTING_CHANGED");
        assertThat(event.username()).isEqualTo("manager");
        assertThat(event.entityId()).isEqualTo(OBSERVATION);
        assertThat(event.oldValue()).isEqualTo("120 (v1)");
        assertThat(event.newValue()).isEqualTo("150 (v2)");
        assertThat(event.reason()).isEqualTo("longer observation after incident review");
    }

    @Test
    @DisplayName("SIG-4 a change without a reason is refused")
    void reasonRequired() {
        assertThat(settings.change(manager, OBSERVATION, "150", null).refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "reason.required"));
        assertThat(settings.change(manager, OBSERVATION, "150", "   ").refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "reason.required"));
        assertThat(settings.current().version(OBSERVATION)).isEqualTo(1);
    }

    @Test
    @DisplayName("OBS-1 a value out of the setting's range is refused with the allowed range")
    void outOfRangeRefused() {
        assertThat(settings.change(manager, OBSERVATION, "30", "quicker turnover").refusalOrNull())
                .isEqualTo(Refusal.of("OBS-1", "setting.invalid.integer", "60", "480"));
        assertThat(settings.current().integer(OBSERVATION)).isEqualTo(120);
    }

    @Test
    @DisplayName("SET-1 the value already in force and an unknown setting are refused")
    void unchangedAndUnknownRefused() {
        assertThat(settings.change(manager, OBSERVATION, " 120 ", "no-op").refusalOrNull()).isEqualTo(Refusal.of("SET-1", "setting.unchanged"));
        assertThat(settings.change(manager, "obs.maximumMinutes", "120", "typo").refusalOrNull())
                .isEqualTo(Refusal.of("SET-1", "setting.unknown", "obs.maximumMinutes"));
    }

    @Test
    @DisplayName("ROLE-1 the administrator may change protocol and system settings")
    void adminChangesBoth() {
        assertThat(settings.change(clinic.admin(), OBSERVATION, "130", "clinic policy").isDone()).isTrue();
        assertThat(settings.change(clinic.admin(), "security.idleLockMinutes", "5", "shared workstation").isDone()).isTrue();
        assertThat(settings.current().integer("security.idleLockMinutes")).isEqualTo(5);
    }

    @Test
    @DisplayName("PWD-1 the minimum password length can go down to its floor of 8, not below; the new minimum applies")
    void passwordMinimumFloor() {
        Actor admin = clinic.admin();
        assertThat(settings.change(admin, "security.passwordMinLength", "7", "easier").refusalOrNull())
                .isEqualTo(Refusal.of("PWD-1", "setting.invalid.integer", "8", "64"));
        settings.change(admin, "security.passwordMinLength", "8", "staff asked for shorter").value();
        assertThat(clinic.services().accounts().passwordMinLength()).isEqualTo(8);
        assertThat(clinic.person("nurse.li", "tea@noon", Role.NURSE).username()).isEqualTo("nurse.li");
    }

    @Test
    @DisplayName("PWD-1 the maximum password length cannot be set below 64")
    void passwordMaximumAtLeast64() {
        assertThat(settings.change(clinic.admin(), "security.passwordMaxLength", "63", "shorter").refusalOrNull())
                .isEqualTo(Refusal.of("PWD-1", "setting.invalid.integer", "64", "256"));
    }

    @Test
    @DisplayName("PWD-3 a whole-number setting typed as 4.0 is stored as 4 and still works at the next failed login")
    void wholeNumberTypedWithDecimals() {
        settings.change(clinic.admin(), "security.loginMaxFailures", "4.0", "stricter").value();
        assertThat(settings.current().text("security.loginMaxFailures")).isEqualTo("4");
        assertThat(clinic.services().accounts().login("manager", "not my password at all")).isInstanceOf(LoginResult.Denied.class);
    }
}
