package org.vigil.ui.board;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.vitals.Alarm;
import org.vigil.domain.vitals.AlarmCause;
import org.vigil.domain.vitals.AlarmRules;
import org.vigil.domain.vitals.AlarmState;

/** The colour of an overdue item: its alarm's effective priority (ALM-3 escalation included), else the item's own. */
final class OverduePriority {

    private OverduePriority() {}

    static String styleClass(List<Alarm> activeAlarms, AlarmRules rules, DueItem item, Instant now) {
        String priority = activeAlarms.stream()
                .filter(a -> AlarmCause.parse(a.cause()).what().equals(item.kind().name()))
                .map(a -> AlarmState.at(a, now, rules).priority().name())
                .findFirst().orElse(item.priority().name());
        return "due-" + priority.toLowerCase(Locale.ROOT);
    }
}
