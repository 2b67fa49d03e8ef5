package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The clinic's day list (SCH-6): every course with a session due on or before the day (overdue
 * ones included, oldest first), and courses that cannot be scheduled until their review is
 * answered. Courses that ended or had their single dose are not listed.
 */
public final class DayList {

    private DayList() {}

    /** @param nextByCourse each active course's {@link ScheduleStatus#next()}, by course ID */
    public static List<DayListEntry> on(LocalDate day, Map<Long, NextSession> nextByCourse) {
        List<DayListEntry> entries = new ArrayList<>();
        nextByCourse.forEach((courseId, next) -> {
            LocalDate dueOn = switch (next) {
                case NextSession.Due d -> d.date();
                case NextSession.AwaitingReview r -> r.reviewDueOn();
                case NextSession.SingleDoseGiven s -> null;
                case NextSession.CourseEnded e -> null;
            };
            if (dueOn != null && !dueOn.isAfter(day)) {
                entries.add(new DayListEntry(courseId, dueOn, next));
            }
        });
        entries.sort(Comparator.comparing(DayListEntry::dueOn).thenComparing(DayListEntry::courseId));
        return List.copyOf(entries);
    }
}
