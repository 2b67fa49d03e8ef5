package org.vigil.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 15, item 10: one 24-hour format and durations that say their unit, in both languages. */
class TimeWordsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant EVENING = Instant.parse("2026-12-07T22:36:46Z");

    private final TimeWords en = new TimeWords(Messages.of(Locale.ENGLISH), LONDON);
    private final TimeWords zh = new TimeWords(Messages.of(Messages.CHINESE), LONDON);

    @Test
    void clockIsTwentyFourHourInBothLanguages() {
        assertThat(en.time(EVENING)).isEqualTo("22:36");
        assertThat(zh.time(EVENING)).isEqualTo("22:36");
        assertThat(en.timeWithSeconds(EVENING)).isEqualTo("22:36:46");
        assertThat(en.dateTime(EVENING)).isEqualTo("7 Dec 2026 22:36");
        assertThat(zh.dateTime(EVENING)).isEqualTo("2026年12月7日 22:36");
    }

    @Test
    void clockFollowsTheClinicsZoneNotUtc() {
        TimeWords shanghai = new TimeWords(Messages.of(Messages.CHINESE), ZoneId.of("Asia/Shanghai"));
        assertThat(shanghai.dateTime(EVENING)).isEqualTo("2026年12月8日 06:36");
    }

    @Test
    void signingMomentSpellsOutTheZoneInFull() {
        assertThat(en.dateTimeWithZone(EVENING)).isEqualTo("7 Dec 2026 22:36:46, Greenwich Mean Time (UTC+00:00)");
        assertThat(new TimeWords(Messages.of(Locale.ENGLISH), java.time.ZoneOffset.UTC).dateTimeWithZone(EVENING))
                .isEqualTo("7 Dec 2026 22:36:46 (UTC+00:00)");
        assertThat(zh.dateTimeWithZone(EVENING)).startsWith("2026年12月7日 22:36:46，").endsWith("（UTC+00:00）");
    }

    @Test
    void durationsSayTheirUnit() {
        assertThat(en.duration(Duration.ofMinutes(77))).isEqualTo("1 h 17 min");
        assertThat(en.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(en.duration(Duration.ofMinutes(120))).isEqualTo("2 h");
        assertThat(zh.duration(Duration.ofMinutes(120))).isEqualTo("2 小时");
        assertThat(en.duration(Duration.ofSeconds(59))).isEqualTo("under 1 min");
        assertThat(en.duration(Duration.ofMinutes(-5))).isEqualTo("under 1 min");
        assertThat(zh.duration(Duration.ofMinutes(77))).isEqualTo("1 小时 17 分钟");
    }

    @Test
    void countdownShowsSecondsOnlyWhileTheyMatter() {
        assertThat(en.countdown(Duration.ofSeconds(247))).isEqualTo("4 min 07 s");
        assertThat(en.countdown(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(zh.countdown(Duration.ofSeconds(247))).isEqualTo("4 分 07 秒");
    }

    @Test
    void dayCountsHavePluralsAndNoEnglishInChinese() {
        assertThat(en.days(1)).isEqualTo("1 day");
        assertThat(en.days(45)).isEqualTo("45 days");
        assertThat(zh.days(45)).isEqualTo("45 天");
    }
}
