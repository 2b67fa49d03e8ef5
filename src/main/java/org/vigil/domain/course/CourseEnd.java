package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.domain.patient.PrescriberDecision;

/**
 * How and when a course ended, and who decided. The withdrawal follow-up of SCH-7 runs from
 * {@code endedOn}.
 */
public record CourseEnd(LocalDate endedOn, EndReason reason, PrescriberDecision by) {

    public CourseEnd {
        Objects.requireNonNull(endedOn, "endedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
    }
}
