package org.vigil.domain.alarm;

import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.vitals.VitalFlag;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alarm of a session (ALM-1 … ALM-3): what caused it, how urgent it was when raised, and who
 * acknowledged and resolved it when. Acknowledging only pauses the sound; the alarm is shown until
 * its cause is resolved (e.g. the recheck is recorded, the prescriber has come).
 *
 * @param cause a stable key of what is wrong, e.g. "BP-5 BLOOD_PRESSURE_VERY_HIGH", so the same
 *     cause is not raised twice
 * @param acknowledgement the latest acknowledgement; a new one replaces it and restarts the pause
 */
public record Alarm(String cause, AlarmPriority priority, Instant raisedAt, Optional<By> acknowledgement,
        Optional<By> resolution) {

    /** Who did it and when. */
    public record By(long userId, Instant at) {
        public By {
            Objects.requireNonNull(at, "at");
        }
    }

    public Alarm {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(resolution, "resolution");
    }

    public static Alarm raised(String cause, AlarmPriority priority, Instant at) {
        return new Alarm(cause, priority, at, Optional.empty(), Optional.empty());
    }

    /** The alarm a flag calls for: high for BP-5 and OBS-2 causes; prompts are not alarms. */
    public static Optional<Alarm> raisedBy(VitalFlag flag, Instant at) {
        return flag.highAlarm()
                ? Optional.of(raised(flag.message().ruleId() + " " + flag.concern().name(), AlarmPriority.HIGH, at))
                : Optional.empty();
    }

    public Alarm acknowledged(long userId, Instant at) {
        return new Alarm(cause, priority, raisedAt, Optional.of(new By(userId, at)), resolution);
    }

    public Alarm resolved(long userId, Instant at) {
        return new Alarm(cause, priority, raisedAt, acknowledgement, Optional.of(new By(userId, at)));
    }
}
