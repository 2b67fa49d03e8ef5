package org.vigil.domain.patient;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.vigil.domain.Refusal;

/**
 * Who decided, when, and why: an override of a relative contraindication (PAT-2), an age
 * confirmation (PAT-3), a week-4 review answer (SCH-1), a schedule change (SCH-5) or the end of
 * a course. The override, its reason and its author are shown on the session report. Whether the
 * person may decide (prescriber role, ROLE-2) is checked by the service that records it.
 *
 * @param reason free text; required for overrides and reviews (see {@link #check(String)})
 */
public record PrescriberDecision(long prescriberId, String prescriberName, Instant at, String reason) {

    /** The reason columns' size (screening_decision.reason, course_event.reason): longer is refused, not cut. */
    public static final int REASON_MAX_CHARACTERS = 2000;

    public PrescriberDecision {
        Objects.requireNonNull(prescriberName, "prescriberName");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason.strip();
    }

    public boolean hasReason() {
        return !reason.isEmpty();
    }

    /**
     * A decision without a reason is refused: the reason is part of the record.
     *
     * @param ruleId the rule the decision is made under, e.g. "PAT-2" for an override
     */
    public Optional<Refusal> check(String ruleId) {
        if (reason.length() > REASON_MAX_CHARACTERS) {
            return Optional.of(Refusal.of(ruleId, "input.text.tooLong", REASON_MAX_CHARACTERS));
        }
        return hasReason() ? Optional.empty() : Optional.of(Refusal.of(ruleId, "decision.reason.required"));
    }
}
