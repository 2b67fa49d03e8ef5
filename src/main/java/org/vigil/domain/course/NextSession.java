package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.List;
import org.vigil.domain.Refusal;

/** What comes next for a course (SCH-6), shown on the patient and on the clinic's day list. */
public sealed interface NextSession {

    /** Late: the session (or the review that must come first) should have happened already. */
    default boolean overdue() {
        return switch (this) {
            case Due d -> d.daysOverdue() > 0;
            case AwaitingReview r -> r.daysOverdue() > 0;
            case SingleDoseGiven s -> false;
            case CourseEnded e -> false;
        };
    }

    /**
     * A session is due.
     *
     * @param week the course week of the due date
     * @param daysOverdue 0 when the due date is today or later
     * @param warnings to acknowledge when the session is planned (SCH-2 beyond week 4)
     */
    record Due(LocalDate date, int week, Phase phase, SessionFrequency frequency, long daysOverdue, List<Refusal> warnings)
            implements NextSession {
        public Due {
            warnings = List.copyOf(warnings);
        }
    }

    /** SCH-1/SCH-2: no session after the review week until the week-4 review is answered. */
    record AwaitingReview(LocalDate reviewDueOn, long daysOverdue) implements NextSession {}

    /** SCH-4: the single dose was given; there is no follow-on schedule; end the course. */
    record SingleDoseGiven(LocalDate givenOn) implements NextSession {}

    /** The course has ended; nothing more is due (SCH-7 withdrawal follow-up may be). */
    record CourseEnded(CourseEnd end) implements NextSession {}
}
