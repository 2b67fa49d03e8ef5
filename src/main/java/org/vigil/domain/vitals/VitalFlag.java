package org.vigil.domain.vitals;

import java.util.Objects;
import org.vigil.domain.Refusal;

/**
 * One concern about a reading, with the words to show it (rule ID, message key, the values that
 * caused it). Not a refusal of anything: the reading is charted either way.
 */
public record VitalFlag(VitalConcern concern, Refusal message) {

    public VitalFlag {
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(message, "message");
    }

    static VitalFlag of(VitalConcern concern, String messageKey, Object... args) {
        return new VitalFlag(concern, Refusal.of(concern.ruleId(), messageKey, args));
    }

    public boolean highAlarm() {
        return concern.highAlarm();
    }
}
