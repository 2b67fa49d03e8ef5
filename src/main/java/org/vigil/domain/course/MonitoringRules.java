package org.vigil.domain.course;

import org.vigil.domain.Settings;

/**
 * SCH-7 intervals in days, from protocol settings.
 *
 * @param withdrawalFollowUpDays how long after a course stops withdrawal symptoms are followed up
 * @param withdrawalCheckEveryDays how often within that time; the last check is on its last day
 */
public record MonitoringRules(
        int drugScreenDays,
        int liverFunctionDays,
        int cognitiveDays,
        int urinaryDays,
        int withdrawalFollowUpDays,
        int withdrawalCheckEveryDays) {

    public static MonitoringRules from(Settings s) {
        return new MonitoringRules(
                s.integer(CourseSettingKeys.DRUG_SCREEN_DAYS),
                s.integer(CourseSettingKeys.LIVER_FUNCTION_DAYS),
                s.integer(CourseSettingKeys.COGNITIVE_DAYS),
                s.integer(CourseSettingKeys.URINARY_DAYS),
                s.integer(CourseSettingKeys.WITHDRAWAL_FOLLOW_UP_DAYS),
                s.integer(CourseSettingKeys.WITHDRAWAL_CHECK_EVERY_DAYS));
    }

    /** Days between checks of a periodic kind; the others are not periodic. */
    int intervalDays(MonitoringKind kind) {
        return switch (kind) {
            case DRUG_SCREEN -> drugScreenDays;
            case LIVER_FUNCTION_TESTS -> liverFunctionDays;
            case COGNITIVE_ASSESSMENT -> cognitiveDays;
            case URINARY_SYMPTOMS -> urinaryDays;
            case SUBSTANCE_USE_QUESTION, WITHDRAWAL_FOLLOW_UP -> throw new IllegalArgumentException(kind + " is not periodic");
        };
    }
}
