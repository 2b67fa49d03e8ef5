package org.vigil.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.service.WorkstationPreferences;
import org.vigil.text.Messages;
import org.vigil.ui.common.UiContext;

/** Issue 15, items 6 and 11: protocol values and units as phrases, with plurals, in both languages. */
class SettingWordsTest {

    @TempDir
    Path dir;

    private static final SettingDefinition ANCHOR = new SettingDefinition("bp.check.anchor", SettingCategory.PROTOCOL, SettingKind.CHOICE,
            BigDecimal.ZERO, BigDecimal.ZERO, List.of("FIRST_DEVICE", "LAST_DEVICE"), "", "BP-3");
    private static final SettingDefinition FREQUENCY = new SettingDefinition("sch.mdsi.frequency", SettingCategory.PROTOCOL,
            SettingKind.CHOICE, BigDecimal.ZERO, BigDecimal.ZERO, List.of("TWICE_WEEKLY", "WEEKLY"), "", "SCH-2");
    private static final SettingDefinition DAYS = new SettingDefinition("sch.monitoring.drugScreenDays", SettingCategory.PROTOCOL,
            SettingKind.INTEGER, BigDecimal.ONE, BigDecimal.valueOf(365), List.of(), "days", "SCH-7");
    private static final SettingDefinition CHECKS = new SettingDefinition("obs.sedationCheckMinutes", SettingCategory.PROTOCOL,
            SettingKind.INTEGER_LIST, BigDecimal.ONE, BigDecimal.valueOf(240), List.of(), "min", "OBS-2");

    private SettingWords words(Locale language) {
        return new SettingWords(new UiContext(language, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), ZoneOffset.UTC, Runnable::run,
                Runnable::run, new WorkstationPreferences(dir)));
    }

    @Test
    @DisplayName("BP-3 and SCH-2: choices read as phrases, never FIRST_DEVICE or WEEKLY")
    void choices() {
        SettingWords en = words(Locale.ENGLISH);
        assertThat(en.value(ANCHOR, "FIRST_DEVICE")).isEqualTo("From the first device");
        assertThat(en.allowed(FREQUENCY)).isEqualTo("Twice weekly / Weekly");
        SettingWords zh = words(Messages.CHINESE);
        assertThat(zh.value(ANCHOR, "FIRST_DEVICE")).isEqualTo("自第一支装置起");
        assertThat(zh.value(FREQUENCY, "WEEKLY")).isEqualTo("每周一次");
        assertThat(zh.allowed(FREQUENCY)).doesNotContainPattern("[A-Z_]{3,}");
    }

    @Test
    @DisplayName("day counts take their plural in English and read in Chinese: 1 day, 45 days, 45 天")
    void units() {
        SettingWords en = words(Locale.ENGLISH);
        assertThat(en.value(DAYS, "1")).isEqualTo("1 day");
        assertThat(en.value(DAYS, "45")).isEqualTo("45 days");
        assertThat(en.value(CHECKS, "15,30,45")).isEqualTo("15, 30, 45 min");
        SettingWords zh = words(Messages.CHINESE);
        assertThat(zh.value(DAYS, "45")).isEqualTo("45 天");
        assertThat(zh.allowed(DAYS)).isEqualTo("1–365 天");
        assertThat(zh.value(CHECKS, "15,30,45")).isEqualTo("15, 30, 45 分钟");
    }
}
