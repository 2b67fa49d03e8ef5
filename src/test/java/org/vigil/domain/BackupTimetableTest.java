package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SETUP-1 when the daily backup falls due, and the settings that say so")
class BackupTimetableTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    @DisplayName("the last due moment is today's time once it has passed, else yesterday's; never before the schedule was set")
    void lastDue() {
        BackupTimetable t = new BackupTimetable(LocalTime.of(22, 0), SHANGHAI, Instant.parse("2026-12-01T00:00:00Z"));
        // 21:59 and 22:00 local (UTC+8) on 7 December.
        assertThat(t.lastDue(Instant.parse("2026-12-07T13:59:00Z"))).contains(Instant.parse("2026-12-06T14:00:00Z"));
        assertThat(t.lastDue(Instant.parse("2026-12-07T14:00:00Z"))).contains(Instant.parse("2026-12-07T14:00:00Z"));
        assertThat(t.nextAfter(Instant.parse("2026-12-07T14:00:00Z"))).isEqualTo(Instant.parse("2026-12-08T14:00:00Z"));
        assertThat(t.lastDue(Instant.parse("2026-12-01T10:00:00Z"))).isEmpty();
    }

    @Test
    @DisplayName("a time the clocks skip is taken just after the change, once")
    void clockChange() {
        BackupTimetable t = new BackupTimetable(LocalTime.of(1, 30), LONDON, Instant.EPOCH);
        // 30 March 2025: 01:00 GMT became 02:00 BST; 01:30 does not exist and is taken at 02:30 BST (01:30 UTC).
        assertThat(t.lastDue(Instant.parse("2025-03-30T02:00:00Z"))).contains(Instant.parse("2025-03-30T01:30:00Z"));
    }

    @Test
    @DisplayName("owed until a scheduled attempt at or after the due moment")
    void owed() {
        Optional<Instant> due = Optional.of(Instant.parse("2026-12-07T14:00:00Z"));
        assertThat(BackupTimetable.owed(due, Optional.empty())).isTrue();
        assertThat(BackupTimetable.owed(due, Optional.of(Instant.parse("2026-12-06T14:00:05Z")))).isTrue();
        assertThat(BackupTimetable.owed(due, Optional.of(Instant.parse("2026-12-07T14:00:05Z")))).isFalse();
        assertThat(BackupTimetable.owed(Optional.empty(), Optional.empty())).isFalse();
    }

    @Test
    @DisplayName("a time setting takes HH:mm only, checked by shape before anything is parsed")
    void timeSetting() {
        SettingDefinition time = new SettingDefinition("backup.schedule.time", SettingCategory.SYSTEM, SettingKind.TIME_OF_DAY,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), "", "SETUP-1");
        assertThat(time.check("00:00")).isEmpty();
        assertThat(time.check("23:59")).isEmpty();
        for (String wrong : List.of("24:00", "7:5", "12:60", "", "12:00:00", "１２:００", " ".repeat(100_000) + "12:00x")) {
            assertThat(time.check(wrong)).as(wrong.strip()).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("setting.invalid.time"));
        }
    }

    @Test
    @DisplayName("a folder setting takes a full path or nothing, within the column's width")
    void folderSetting() {
        SettingDefinition folder = new SettingDefinition("backup.folder", SettingCategory.SYSTEM, SettingKind.FOLDER,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), "", "SETUP-1");
        assertThat(folder.check("")).isEmpty();
        assertThat(folder.check("/media/backup/vigil")).isEmpty();
        for (String wrong : List.of("backups", "/a\0b")) {
            assertThat(folder.check(wrong)).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("setting.invalid.folder"));
        }
        // Longer than any setting may be: the length is checked before the folder's form (issue 14, item 7).
        assertThat(folder.check("/" + "x".repeat(SettingDefinition.MAX_FOLDER_LENGTH)))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("input.text.tooLong"));
    }
}
