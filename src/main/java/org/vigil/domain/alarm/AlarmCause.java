package org.vigil.domain.alarm;

import org.vigil.domain.vitals.VitalConcern;
import java.time.Instant;
import java.util.Objects;

/**
 * What an alarm is about, as a stable key: the rule, the thing that is wrong (a due item's kind
 * or a {@link VitalConcern}) and the moment it was raised. The raise moment is part of the key
 * because it is derived from stored instants, so the same cause gets the same key after a
 * restart, while a second episode of the same concern is a new alarm.
 */
public record AlarmCause(String ruleId, String what, Instant raisedAt) {

    public AlarmCause {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(what);
        Objects.requireNonNull(raisedAt);
    }

    public String key() {
        return ruleId + " " + what + " " + raisedAt;
    }

    public static AlarmCause parse(String key) {
        String[] parts = key.split(" ", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not an alarm cause: " + key);
        }
        return new AlarmCause(parts[0], parts[1], Instant.parse(parts[2]));
    }

    /** The "what" of a key without parsing its instant: the board asks this of every alarm each second. */
    public static String whatOf(String key) {
        int first = key.indexOf(' ');
        int second = first < 0 ? -1 : key.indexOf(' ', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("Not an alarm cause: " + key);
        }
        return key.substring(first + 1, second);
    }

    /** BP-5 and OBS-2 conditions are addressed to the prescriber; timers to the nurse. */
    public boolean forPrescriber() {
        for (VitalConcern c : VitalConcern.values()) {
            if (c.name().equals(what)) {
                return c.highAlarm();
            }
        }
        return false;
    }
}
