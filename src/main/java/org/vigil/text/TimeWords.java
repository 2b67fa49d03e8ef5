package org.vigil.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times, dates and durations as every screen writes them (issue 15, item 10): one 24-hour clock in
 * the clinic's zone, dates in the reader's language, and durations that always say their unit, so
 * "1:17" can never be read as either an hour or a minute.
 */
public final class TimeWords {

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final DateTimeFormatter timeWithSeconds;
    private final DateTimeFormatter date;

    public TimeWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("HH:mm", messages.locale()).withZone(zone);
        this.timeWithSeconds = DateTimeFormatter.ofPattern("HH:mm:ss", messages.locale()).withZone(zone);
        this.date = DateTimeFormatter.ofPattern(messages.get("time.datePattern"), messages.locale());
    }

    public ZoneId zone() {
        return zone;
    }

    /** 22:59 */
    public String time(Instant at) {
        return time.format(at);
    }

    /** 22:59:04, for the clock in the title bar and the lock screen. */
    public String timeWithSeconds(Instant at) {
        return timeWithSeconds.format(at);
    }

    /** 7 Dec 2026 / 2026年12月7日 */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** December 2026 / 2026年12月, for choosing a month to report on. */
    public String month(java.time.YearMonth month) {
        return DateTimeFormatter.ofPattern(messages.get("time.monthPattern"), messages.locale()).format(month);
    }

    /** 7 Dec 2026 22:59 */
    public String dateTime(Instant at) {
        // The same order in both languages (年月日 then the clock), so no message of its own.
        return date(LocalDate.ofInstant(at, zone)) + " " + time(at);
    }

    /** 7 Dec 2026 22:59:04, for the clock in the status bar. */
    public String dateTimeWithSeconds(Instant at) {
        return date(LocalDate.ofInstant(at, zone)) + " " + timeWithSeconds(at);
    }

    /**
     * The full moment a signature records: date, time to the second, and the zone spelled out with
     * its offset, so the line reads the same to someone in another zone or years later (SIG-2).
     */
    public String dateTimeWithZone(Instant at) {
        var local = at.atZone(zone);
        String offset = DateTimeFormatter.ofPattern("xxx").format(local);
        if (zone instanceof ZoneOffset) {
            // A bare offset has no name a person would know ("Z"): the offset says it all.
            return messages.get("time.dateTimeOffset", date(local.toLocalDate()), timeWithSeconds(at), offset);
        }
        // "Greenwich Mean Time" or "British Summer Time": the name in force at that moment.
        String zoneName = DateTimeFormatter.ofPattern("zzzz", messages.locale()).format(local);
        return messages.get("time.dateTimeZone", date(local.toLocalDate()), timeWithSeconds(at), zoneName, offset);
    }

    /** 45 min · 1 h 17 min · under 1 min: whole minutes, rounded down, never negative. */
    public String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes == 0) {
            return messages.get("time.duration.underMinute");
        }
        if (minutes < 60) {
            return messages.get("time.duration.minutes", minutes);
        }
        return minutes % 60 == 0
                ? messages.get("time.duration.hours", minutes / 60)
                : messages.get("time.duration.hoursMinutes", minutes / 60, minutes % 60);
    }

    /**
     * A live countdown or lateness: 4 min 07 s under ten minutes, where the seconds matter at the
     * chair; whole minutes above that; never negative.
     */
    public String countdown(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 600) {
            return messages.get("time.countdown.minutesSeconds", seconds / 60, String.format("%02d", seconds % 60));
        }
        return duration(Duration.ofSeconds(seconds));
    }

    /** 1 day · 45 days / 1 天 · 45 天 */
    public String days(long count) {
        return messages.get("time.days", count);
    }
}
