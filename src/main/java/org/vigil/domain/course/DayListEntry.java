package org.vigil.domain.course;

import java.time.LocalDate;

/**
 * One line of the clinic's day list: a course that needs a session (or its review) by the day.
 *
 * @param dueOn the session's due date, or the review's for a course awaiting review
 */
public record DayListEntry(long courseId, LocalDate dueOn, NextSession next) {}
