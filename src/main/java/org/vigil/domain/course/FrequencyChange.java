package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.domain.patient.PrescriberDecision;

/**
 * A prescriber's decision to give sessions at another frequency from a day on, for example
 * stepping back from every two weeks to weekly after missed maintenance sessions (SCH-5). It
 * applies from the course week that contains {@code effectiveFrom} to the end of that phase;
 * the next phase starts again at its protocol frequency. Deciding to keep the same frequency
 * is also recorded this way, and answers the SCH-5 prompt.
 */
public record FrequencyChange(LocalDate effectiveFrom, SessionFrequency frequency, PrescriberDecision by) {

    public FrequencyChange {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(by, "by");
    }
}
