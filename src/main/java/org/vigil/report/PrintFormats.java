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
 * (issue 15, item 10): the date pattern is the bundle's {@code time.datePattern}, which the
 * screens' TimeWords uses, and the clock is the same 24-hour HH:mm, so a printed "3 Mar 2025 08:00"
 * matches what the nurse saw. The offset is named from UTC as on the screen, in its short form
 * ("UTC", "UTC+8"): the long "(UTC+08:00)" wrapped the signature columns and added a page. Dates have the month in words, never
 * 03/03/25, which reads two ways; times carry their offset from UTC where a signature needs it (SIG-1).
 */
final class PrintFormats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter offset;
    private final NumberFormat whole;
    private final NumberFormat decimal;
    private final ZoneId zone;
    private final Map<Instant, String> moments = new HashMap<>();
    private final Map<LocalDate, String> days = new HashMap<>();

    PrintFormats(Locale locale, ZoneId zone, Wording words) {
        this.zone = zone;
        // The screens' pattern, not the JDK's MEDIUM style ("Mar 3, 2025"), so print and screen agree.
        this.date = DateTimeFormatter.ofPattern(words.get("time.datePattern"), locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.offset = DateTimeFormatter.ofPattern("O", Locale.ROOT);
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

    /** Date, time and offset: "3 Mar 2025 09:14 UTC+8". A day's signatures share a few moments, so each is worded once. */
    String moment(Instant at) {
        return moments.computeIfAbsent(at, a -> date(a) + " " + time(a) + " " + fromUtc(a));
    }

    /** "UTC", "UTC+8", "UTC+5:30": the offset as the screens name it (from UTC, not GMT), short enough for a table cell. */
    private String fromUtc(Instant at) {
        return "UTC" + offset.format(at.atZone(zone)).substring("GMT".length());
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

    /** The zone as the header names it: its id and its offset at the given moment, "Asia/Shanghai (UTC+8)". */
    String zoneName(Instant at) {
        String offsetName = fromUtc(at);
        return zone instanceof ZoneOffset ? offsetName : zone.getId() + " (" + offsetName + ")";
    }
}
