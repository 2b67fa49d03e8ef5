package org.vigil.domain.course;

import java.time.LocalDate;

/**
 * The open week-4 review (SCH-1, SCH-2): shown from the start of the review week, due on its
 * last day, until a prescriber answers it with {@link TreatmentCourse#answerReview}.
 */
public record ReviewTask(LocalDate dueOn, long daysOverdue, String ruleId) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
