package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.domain.patient.PrescriberDecision;

/**
 * The prescriber's answer to the review due at the end of the induction weeks (SCH-1, SCH-2):
 * continue, change or stop, with who and why. Until it is answered no session is scheduled
 * after the review week.
 *
 * @param answeredOn the clinic day of the answer; sessions after the review week are not due
 *     before it
 */
public record WeekFourReview(LocalDate answeredOn, ReviewDecision decision, PrescriberDecision by) {

    public WeekFourReview {
        Objects.requireNonNull(answeredOn, "answeredOn");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(by, "by");
    }
}
