package org.vigil.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, times and numbers as the reader's language writes them. Dates are written with the
 * month in words (3 Mar 2025, 2025年3月3日), never 03/03/25, which reads two ways; times carry
 * their offset from UTC where a signature needs it (SIG-1).
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

    PrintFormats(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.offset = DateTimeFormatter.ofPattern("O", locale);
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

    /** Date, time and offset: "3 Mar 2025 09:14 GMT+8". A day's signatures share a few moments, so each is worded once. */
    String moment(Instant at) {
        return moments.computeIfAbsent(at, a -> date(a) + " " + time(a) + " " + offset.format(a.atZone(zone)));
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

    /** The zone as the header names it: its id and its offset at the given moment. */
    String zoneName(Instant at) {
        String offsetName = offset.format(at.atZone(zone));
        return zone instanceof ZoneOffset ? offsetName : zone.getId() + " (" + offsetName + ")";
    }
}
