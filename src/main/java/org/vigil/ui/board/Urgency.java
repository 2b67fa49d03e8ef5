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
 * How urgent a chair is at this moment, for the board's order and colour: a shown alarm's
 * effective priority first (ALM-1, after ALM-3 escalation), then the next due item's time.
 * Recomputed each second from the clock and the loaded instants.
 *
 * @param alarm the most urgent shown alarm's priority, if any
 * @param next the item due first, if any
 */
record Urgency(Optional<AlarmPriority> alarm, Optional<DueItem> next) {

    /** The most urgent chairs first; free chairs last. */
    static final Comparator<Urgency> MOST_URGENT_FIRST = Comparator
            .comparing((Urgency u) -> u.alarm().map(AlarmPriority::ordinal).orElse(-1), Comparator.reverseOrder())
            .thenComparing(u -> u.next().map(DueItem::dueAt).orElse(Instant.MAX));

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

    /** The tile's colour: its alarm priority's name ("high", "medium", "low"), none when calm. */
    Optional<String> colour() {
        return alarm.map(p -> p.name().toLowerCase(java.util.Locale.ROOT));
    }
}
