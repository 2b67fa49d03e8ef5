package org.vigil.domain.course;

import java.util.Objects;

/** The answer to the week-4 review (SCH-1, SCH-2). */
public sealed interface ReviewDecision {

    /** Go on to the next phase at the protocol's frequency. */
    record Continue() implements ReviewDecision {}

    /** Go on, but at another frequency for the next phase (for example keep twice weekly). */
    record Change(SessionFrequency frequency) implements ReviewDecision {
        public Change {
            Objects.requireNonNull(frequency, "frequency");
        }
    }

    /** End the course. */
    record Stop(EndReason reason) implements ReviewDecision {
        public Stop {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
