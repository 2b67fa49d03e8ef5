package org.vigil.domain.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.vigil.domain.Settings;
import org.vigil.domain.SettingKeys;

/**
 * PAT-6: when a session's monitoring form must reach the programme, and how pressing it is today.
 * The deadline counts calendar days from the day of the session (setting
 * {@code pat.monitoringFormDays}); a form within {@code pat.monitoringFormDueSoonDays} of it is
 * due soon, and one past it overdue.
 *
 * @param daysLeft days from today to the deadline; negative once it has passed
 */
public record FormDeadline(LocalDate deadline, long daysLeft, Urgency urgency) {

    /** How the queue shows a form. */
    public enum Urgency {
        /** Plenty of time. */
        DUE,
        /** Within the due-soon days of the deadline, or on its day. */
        DUE_SOON,
        /** The deadline has passed. */
        OVERDUE
    }

    /** The two numbers of PAT-6, read from the clinic's settings. */
    public record Rules(int formDays, int dueSoonDays) {
        public static Rules from(Settings s) {
            return new Rules(s.integer(SettingKeys.MONITORING_FORM_DAYS), s.integer(SettingKeys.MONITORING_FORM_DUE_SOON_DAYS));
        }
    }

    public FormDeadline {
        Objects.requireNonNull(deadline);
        Objects.requireNonNull(urgency);
    }

    public static FormDeadline of(LocalDate sessionDay, LocalDate today, Rules rules) {
        LocalDate deadline = sessionDay.plusDays(rules.formDays());
        long left = ChronoUnit.DAYS.between(today, deadline);
        Urgency urgency = left < 0 ? Urgency.OVERDUE : left <= rules.dueSoonDays() ? Urgency.DUE_SOON : Urgency.DUE;
        return new FormDeadline(deadline, left, urgency);
    }
}
