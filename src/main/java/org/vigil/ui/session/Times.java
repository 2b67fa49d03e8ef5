package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Clock times and countdowns as the chair-side screen writes them: 08:45, 4:07, 12 min. */
final class Times {

    private Times() {}

    static String clock(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(at);
    }

    /** A countdown or lateness as m:ss (h:mm:ss past an hour), never negative. */
    static String countdown(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /** Whole minutes from {@code from} to {@code to}, rounded down. */
    static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }
}
