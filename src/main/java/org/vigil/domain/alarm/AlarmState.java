package org.vigil.domain.alarm;

import org.vigil.domain.session.AlarmPriority;
import java.time.Instant;

/**
 * How an alarm presents at one moment (ALM-2, ALM-3).
 *
 * @param priority the effective priority, after escalation
 * @param shown whether the visual alarm is shown: until the cause is resolved
 * @param soundPaused whether an acknowledgement is silencing it now
 */
public record AlarmState(Alarm alarm, AlarmPriority priority, boolean shown, boolean soundPaused) {

    public static AlarmState at(Alarm alarm, Instant now, AlarmRules rules) {
        boolean resolved = alarm.resolution().filter(r -> !r.at().isAfter(now)).isPresent();
        return new AlarmState(alarm, effectivePriority(alarm, now, rules), !resolved, !resolved && paused(alarm, now, rules));
    }

    /** Whether it makes a sound now: shown, not paused, and not a silent low alarm. */
    public boolean sounding() {
        return shown && !soundPaused && priority != AlarmPriority.LOW;
    }

    // ALM-3: a medium alarm nobody acknowledged in time becomes high, and stays high once it has
    // escalated (a late acknowledgement does not make it less urgent). Exactly at the setting it escalates.
    private static AlarmPriority effectivePriority(Alarm alarm, Instant now, AlarmRules rules) {
        if (alarm.priority() != AlarmPriority.MEDIUM) {
            return alarm.priority();
        }
        Instant escalation = alarm.raisedAt().plus(rules.mediumEscalatesAfter());
        boolean acknowledgedInTime = alarm.acknowledgement().filter(a -> a.at().isBefore(escalation)).isPresent();
        return !acknowledgedInTime && !now.isBefore(escalation) ? AlarmPriority.HIGH : AlarmPriority.MEDIUM;
    }

    // ALM-2: the sound pauses from the acknowledgement for the set period, then resumes while unresolved.
    private static boolean paused(Alarm alarm, Instant now, AlarmRules rules) {
        return alarm.acknowledgement()
                .filter(a -> !now.isBefore(a.at()) && now.isBefore(a.at().plus(rules.acknowledgePause())))
                .isPresent();
    }
}
