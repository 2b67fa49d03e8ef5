package org.vigil.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing the nurse must do for a session, and when. Upcoming items are listed too (the
 * board shows their countdown); an item leaves the list only when it has been done.
 *
 * @param target the moment the rule names (the 40-minute BP of BP-3, the end of a device's rest,
 *     the recheck time, the sedation minute, the end of observation): what "due at" and "late"
 *     are said against; the window around it is {@code dueAt} to {@code overdueAt}
 * @param dueAt from this instant the task may be (and should be) done
 * @param overdueAt after this instant the task is late
 * @param ruleId the clinical rule that asks for it
 * @param lateness how long past {@code overdueAt} it is at the moment of asking (ALM-4); zero
 *     when not overdue
 */
public record DueItem(Kind kind, Instant target, Instant dueAt, Instant overdueAt, AlarmPriority priority, String ruleId, Duration lateness) {

    public enum Kind {
        NEXT_DEVICE,
        BP_CHECK,
        BP_RECHECK,
        SEDATION_CHECK,
        END_OF_OBSERVATION,
        DISCHARGE_BP
    }

    public DueItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(target);
        Objects.requireNonNull(dueAt);
        Objects.requireNonNull(overdueAt);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(lateness);
    }

    /** Builds the item as seen at {@code now}: lateness is how far {@code now} is past overdue. */
    static DueItem at(Kind kind, Instant target, Instant dueAt, Instant overdueAt, AlarmPriority priority, String ruleId, Instant now) {
        Duration late = now.isAfter(overdueAt) ? Duration.between(overdueAt, now) : Duration.ZERO;
        return new DueItem(kind, target, dueAt, overdueAt, priority, ruleId, late);
    }

    /** An item whose window opens at its target: the rule names no earlier moment to do it. */
    static DueItem at(Kind kind, Instant dueAt, Instant overdueAt, AlarmPriority priority, String ruleId, Instant now) {
        return at(kind, dueAt, dueAt, overdueAt, priority, ruleId, now);
    }

    /**
     * ALM-4: how late the task is against its target, as a nurse says it ("BP due at 40 min, 7 min
     * late"); zero until the target has passed. Alarms still wait for {@link #overdueAt}: the
     * window is the grace, not the clinical moment.
     */
    public Duration lateAgainstTarget(Instant now) {
        return now.isAfter(target) ? Duration.between(target, now) : Duration.ZERO;
    }

    public boolean isOverdue() {
        return lateness.isPositive();
    }

    /** The task can be done now (due or overdue), as opposed to only counting down. */
    public boolean isDue(Instant now) {
        return !now.isBefore(dueAt);
    }
}
