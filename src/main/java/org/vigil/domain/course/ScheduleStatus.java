package org.vigil.domain.course;

import java.util.List;
import java.util.Optional;

/**
 * Everything the schedule says about a course today.
 *
 * @param weekToday the course week today falls in; 0 before the first session; for an ended
 *     course, the week it ended in
 * @param phaseToday the phase of that week (of week 1 before the first session)
 * @param next the next session, or why there is none
 * @param missed every block of weeks that passed with sessions missing, oldest first
 * @param prescriberPrompt SCH-5: the latest missed maintenance block that no frequency
 *     decision has answered yet
 * @param review the open week-4 review task, if one is shown
 */
public record ScheduleStatus(
        int weekToday,
        Phase phaseToday,
        NextSession next,
        List<MissedSession> missed,
        Optional<MissedSession> prescriberPrompt,
        Optional<ReviewTask> review) {

    public ScheduleStatus {
        missed = List.copyOf(missed);
    }
}
