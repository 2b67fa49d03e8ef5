package org.vigil.domain.course;

import java.util.Optional;

/**
 * How often sessions are given: a number of sessions in each block of whole weeks. These
 * define the words ("twice weekly" is two sessions a week); which frequency applies when is a
 * protocol setting. Message key {@code frequency.<NAME>}.
 */
public enum SessionFrequency {
    THREE_TIMES_WEEKLY(3, 1),
    TWICE_WEEKLY(2, 1),
    WEEKLY(1, 1),
    EVERY_TWO_WEEKS(1, 2),
    /** A single dose (SCH-4). */
    ONCE(1, 0);

    static final int DAYS_PER_WEEK = 7;

    private final int sessions;
    private final int weeks;

    SessionFrequency(int sessions, int weeks) {
        this.sessions = sessions;
        this.weeks = weeks;
    }

    /** Sessions in each block. */
    public int sessions() {
        return sessions;
    }

    /** Weeks in each block; 0 for a single dose. */
    public int weeks() {
        return weeks;
    }

    /** Days from one session to the next when sessions are spread evenly over the block. */
    public int spacingDays() {
        return sessions == 0 ? 0 : DAYS_PER_WEEK * weeks / sessions;
    }

    /**
     * SCH-5: one frequency level more often (every two weeks → weekly → twice weekly → three
     * times weekly); empty when there is no level above.
     */
    public Optional<SessionFrequency> stepBack() {
        return switch (this) {
            case EVERY_TWO_WEEKS -> Optional.of(WEEKLY);
            case WEEKLY -> Optional.of(TWICE_WEEKLY);
            case TWICE_WEEKLY -> Optional.of(THREE_TIMES_WEEKLY);
            case THREE_TIMES_WEEKLY, ONCE -> Optional.empty();
        };
    }

    /** SCH-3's "sessions per week" setting as a frequency. */
    public static SessionFrequency perWeek(int sessionsPerWeek) {
        for (SessionFrequency f : values()) {
            if (f.weeks == 1 && f.sessions == sessionsPerWeek) {
                return f;
            }
        }
        throw new IllegalArgumentException("no weekly frequency with " + sessionsPerWeek + " sessions");
    }
}
