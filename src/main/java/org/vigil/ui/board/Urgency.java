package org.vigil.ui.board;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.service.SessionView;

/**
 * How urgent a chair is at this moment, for its tile's colour (issue 15: tiles keep their place;
 * urgency is shown, never used to move them): a shown alarm's effective priority (ALM-1, after
 * ALM-3 escalation), and the next due item.
 * Recomputed each second from the clock and the loaded instants.
 *
 * @param alarm the most urgent shown alarm's priority, if any
 * @param next the item due first, if any
 */
record Urgency(Optional<AlarmPriority> alarm, Optional<DueItem> next) {

    static Urgency of(SessionView s, Instant now) {
        Optional<AlarmPriority> alarm = s.activeAlarms().stream()
                .map(a -> AlarmState.at(a, now, s.alarmRules()))
                .filter(AlarmState::shown)
                .map(AlarmState::priority)
                .max(Comparator.naturalOrder());
        return new Urgency(alarm, first(s.due()));
    }

    static final Urgency NONE = new Urgency(Optional.empty(), Optional.empty());

    private static Optional<DueItem> first(List<DueItem> due) {
        return due.stream().min(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::kind));
    }

}
