package org.vigil.domain.course;

import java.util.Objects;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.PrescriberDecision;

/**
 * What a rule says about a proposed action, in the words of clinical-rules.md: a hard stop, an
 * override still needed, an override given (shown on the session report with its author and
 * reason), or a warning to acknowledge.
 */
public sealed interface Finding {

    Refusal refusal();

    /** The action is refused. */
    record HardStop(Refusal refusal) implements Finding {
        public HardStop {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** Refused unless a prescriber overrides with a reason. */
    record NeedsOverride(Refusal refusal) implements Finding {
        public NeedsOverride {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** A prescriber overrode it: allowed, and recorded. */
    record Overridden(Refusal refusal, PrescriberDecision by) implements Finding {
        public Overridden {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(by, "by");
        }
    }

    /** Allowed once the warning is acknowledged. */
    record Warning(Refusal refusal) implements Finding {
        public Warning {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** Whether this finding alone stops the action. */
    default boolean blocks() {
        return switch (this) {
            case HardStop h -> true;
            case NeedsOverride n -> true;
            case Overridden o -> false;
            case Warning w -> false;
        };
    }
}
