package org.vigil.domain.course;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Week arithmetic of one course: week 1 starts on the day of the first session, so "weeks 1–4"
 * means the first 28 days of treatment whatever the weekday.
 */
public record CourseCalendar(LocalDate firstSession) {

    public CourseCalendar {
        Objects.requireNonNull(firstSession, "firstSession");
    }

    /** The course week a day falls in (1 for the first session's week; 0 or less before it). */
    public int weekOf(LocalDate day) {
        long days = ChronoUnit.DAYS.between(firstSession, day);
        return (int) Math.floorDiv(days, SessionFrequency.DAYS_PER_WEEK) + 1;
    }

    public LocalDate firstDayOf(int week) {
        return firstSession.plusWeeks(week - 1L);
    }

    public LocalDate lastDayOf(int week) {
        return firstSession.plusWeeks(week).minusDays(1);
    }
}
