package org.vigil.ui.board;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmCause;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.alarm.AlarmState;

/** The colour of an overdue item: its alarm's effective priority (ALM-3 escalation included), else the item's own. */
final class OverduePriority {

    private OverduePriority() {}

    /** "high", "medium" or "low": the name the stylesheet knows the colour by. */
    static String of(List<Alarm> activeAlarms, AlarmRules rules, DueItem item, Instant now) {
        String priority = activeAlarms.stream()
                .filter(a -> AlarmCause.whatOf(a.cause()).equals(item.kind().name()))
                .map(a -> AlarmState.at(a, now, rules).priority().name())
                .findFirst().orElse(item.priority().name());
        return priority.toLowerCase(Locale.ROOT);
    }
}
