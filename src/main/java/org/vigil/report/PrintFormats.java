package org.vigil.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, times and numbers as the reader's language writes them, in the same words as the screens
 * (issue 15, item 10): the date pattern and the moment's wording come from the bundle keys the
 * screens' TimeWords uses ({@code time.datePattern}, {@code time.dateTimeOffset}), so a printed
 * "3 Mar 2025 08:00 (UTC+00:00)" matches what the nurse saw. Dates have the month in words, never
 * 03/03/25, which reads two ways; times carry their offset from UTC where a signature needs it (SIG-1).
 */
final class PrintFormats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter offset;
    private final Wording words;
    private final NumberFormat whole;
    private final NumberFormat decimal;
    private final ZoneId zone;
    private final Map<Instant, String> moments = new HashMap<>();
    private final Map<LocalDate, String> days = new HashMap<>();

    PrintFormats(Locale locale, ZoneId zone, Wording words) {
        this.zone = zone;
        this.words = words;
        // The screens' pattern, not the JDK's MEDIUM style ("Mar 3, 2025"), so print and screen agree.
        this.date = DateTimeFormatter.ofPattern(words.get("time.datePattern"), locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.offset = DateTimeFormatter.ofPattern("xxx", locale);
        this.whole = NumberFormat.getIntegerInstance(locale);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);
    }

    String date(LocalDate day) {
        return date.format(day);
    }

    String date(Instant at) {
        return days.computeIfAbsent(day(at), date::format);
    }

    LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    String time(Instant at) {
        return time.format(at.atZone(zone));
    }

    /** Date, time and offset: "3 Mar 2025 09:14 (UTC+08:00)". A day's signatures share a few moments, so each is worded once. */
    String moment(Instant at) {
        return moments.computeIfAbsent(at, a -> words.get("time.dateTimeOffset", date(a), time(a), offset.format(a.atZone(zone))));
    }

    String units(long n) {
        return whole.format(n);
    }

    String amount(BigDecimal value) {
        return decimal.format(value);
    }

    ZoneId zone() {
        return zone;
    }

    /** The zone as the header names it: its id and its offset at the given moment, "Asia/Shanghai (UTC+08:00)". */
    String zoneName(Instant at) {
        String offsetName = "UTC" + offset.format(at.atZone(zone));
        return zone instanceof ZoneOffset ? offsetName : zone.getId() + " (" + offsetName + ")";
    }
}
