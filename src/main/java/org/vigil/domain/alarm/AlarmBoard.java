package org.vigil.domain.alarm;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The alarm bar's list: what is shown now, most urgent first, and within a priority the oldest first. */
public final class AlarmBoard {

    private AlarmBoard() {}

    /** Effective priority, most urgent first; within a priority the oldest first (ALM-1). */
    public static final Comparator<AlarmState> MOST_URGENT_FIRST = Comparator
            .comparing(AlarmState::priority, Comparator.reverseOrder())
            .thenComparing(s -> s.alarm().raisedAt());

    /** The alarms still shown at {@code now} (ALM-2), ordered by effective priority then raised time. */
    public static List<AlarmState> order(List<Alarm> alarms, Instant now, AlarmRules rules) {
        return alarms.stream()
                .map(a -> AlarmState.at(a, now, rules))
                .filter(AlarmState::shown)
                .sorted(MOST_URGENT_FIRST)
                .toList();
    }
}
