package org.vigil.ui.alarm;

import java.time.Instant;
import java.util.List;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmCause;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.session.DueItem;

/**
 * The colour of an overdue item: its alarm's effective priority (ALM-3 escalation included), else
 * the item's own; a due chip or timeline mark of a late item takes it, so it matches the bar.
 */
public final class OverduePriority {

    private OverduePriority() {}

    /** The priority the item's alarm has now, as the alarm bar shows it ({@link AlarmLook}). */
    public static AlarmPriority of(List<Alarm> activeAlarms, AlarmRules rules, DueItem item, Instant now) {
        return activeAlarms.stream()
                .filter(a -> AlarmCause.whatOf(a.cause()).equals(item.kind().name()))
                .map(a -> AlarmLook.priorityNow(a, now, rules))
                .findFirst().orElse(item.priority());
    }
}
