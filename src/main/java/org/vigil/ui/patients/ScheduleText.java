package org.vigil.ui.patients;

import org.vigil.domain.course.NextSession;
import org.vigil.ui.common.UiContext;

/** How the schedule's next step reads on screen, in the patient screen and the day list. */
public final class ScheduleText {

    private ScheduleText() {}

    public static String of(UiContext ui, NextSession next) {
        return switch (next) {
            case NextSession.Due d -> d.overdue()
                    ? ui.text("schedule.next.overdue", d.date(), d.daysOverdue(), d.week(), ui.text("phase." + d.phase().name()),
                            ui.text("frequency." + d.frequency().name()))
                    : ui.text("schedule.next.due", d.date(), d.week(), ui.text("phase." + d.phase().name()),
                            ui.text("frequency." + d.frequency().name()));
            case NextSession.AwaitingReview r -> r.daysOverdue() > 0
                    ? ui.text("schedule.next.reviewOverdue", r.reviewDueOn(), r.daysOverdue())
                    : ui.text("schedule.next.review", r.reviewDueOn());
            case NextSession.SingleDoseGiven s -> ui.text("schedule.next.singleDose", s.givenOn());
            case NextSession.CourseEnded e -> ui.text("schedule.next.ended", e.end().endedOn(), ui.text("endReason." + e.end().reason().name()));
        };
    }
}
