package org.vigil.ui.patients;

import org.vigil.domain.course.NextSession;
import org.vigil.ui.common.UiContext;

/** How the schedule's next step reads on screen, in the patient screen and the day list; dates as every screen writes them. */
public final class ScheduleText {

    private ScheduleText() {}

    public static String of(UiContext ui, NextSession next) {
        return switch (next) {
            case NextSession.Due d -> d.overdue()
                    ? ui.text("schedule.next.overdue", ui.times().date(d.date()), d.daysOverdue(), d.week(), ui.text("phase." + d.phase().name()),
                            ui.text("frequency." + d.frequency().name()))
                    : ui.text("schedule.next.due", ui.times().date(d.date()), d.week(), ui.text("phase." + d.phase().name()),
                            ui.text("frequency." + d.frequency().name()));
            case NextSession.AwaitingReview r -> r.daysOverdue() > 0
                    ? ui.text("schedule.next.reviewOverdue", ui.times().date(r.reviewDueOn()), r.daysOverdue())
                    : ui.text("schedule.next.review", ui.times().date(r.reviewDueOn()));
            case NextSession.SingleDoseGiven s -> ui.text("schedule.next.singleDose", ui.times().date(s.givenOn()));
            case NextSession.CourseEnded e -> ui.text("schedule.next.ended", ui.times().date(e.end().endedOn()), ui.text("endReason." + e.end().reason().name()));
        };
    }
}
