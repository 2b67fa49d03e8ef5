package org.vigil.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When the daily backup falls due (SETUP-1): at a local time of day, every day. Pure arithmetic
 * over the clock's instant, so a restart finds the same due moment and a test can move through
 * days in milliseconds.
 *
 * @param since the moment the schedule was last configured: a time of day that passed before
 *     the administrator chose the folder or the time is not owed
 */
public record BackupTimetable(LocalTime time, ZoneId zone, Instant since) {

    public BackupTimetable {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(since, "since");
    }

    /** The latest scheduled moment at or before {@code now} and after {@link #since}, if any. */
    public Optional<Instant> lastDue(Instant now) {
        ZonedDateTime today = at(now.atZone(zone).toLocalDate());
        Instant due = today.toInstant().isAfter(now) ? at(today.toLocalDate().minusDays(1)).toInstant() : today.toInstant();
        return due.isBefore(since) ? Optional.empty() : Optional.of(due);
    }

    /** The next scheduled moment after {@code now}. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime today = at(now.atZone(zone).toLocalDate());
        return today.toInstant().isAfter(now) ? today.toInstant() : at(today.toLocalDate().plusDays(1)).toInstant();
    }

    /** Whether the slot {@code due} is still owed, given the last scheduled attempt (done or failed). */
    public static boolean owed(Optional<Instant> due, Optional<Instant> lastAttempt) {
        return due.isPresent() && lastAttempt.map(last -> last.isBefore(due.get())).orElse(true);
    }

    // A time that does not exist on a day (a clock change) is taken at the first moment after it.
    private ZonedDateTime at(LocalDate day) {
        return ZonedDateTime.of(day, time, zone);
    }

    /** "22:00" as the setting stores it; the setting's kind has checked the shape. */
    public static LocalTime parse(String hhmm) {
        return LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(3, 5)));
    }
}
