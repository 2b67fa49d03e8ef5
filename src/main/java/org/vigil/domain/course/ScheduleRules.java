package org.vigil.domain.course;

import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.Settings;

/**
 * The protocol's schedule numbers (SCH-1 to SCH-4), read from settings so that no interval
 * lives in code.
 *
 * @param trdInductionWeeks SCH-1: weeks of induction (TRD nasal and IV)
 * @param trdInductionFrequency SCH-1: nasal induction frequency
 * @param ivInductionFrequency SCH-3: IV induction frequency (sessions per week setting)
 * @param trdOptimisationWeeks SCH-1: weeks after induction before maintenance (0: none)
 * @param trdOptimisationFrequency SCH-1
 * @param trdMaintenanceFrequency SCH-1: the frequency maintenance starts at
 * @param mdsiWeeks SCH-2: labelled length; later sessions warn
 * @param mdsiFrequency SCH-2
 * @param reviewAfterWeek SCH-1/SCH-2: the review is due on the last day of this week
 * @param otherFrequency starting frequency for other indications
 */
public record ScheduleRules(
        int trdInductionWeeks,
        SessionFrequency trdInductionFrequency,
        SessionFrequency ivInductionFrequency,
        int trdOptimisationWeeks,
        SessionFrequency trdOptimisationFrequency,
        SessionFrequency trdMaintenanceFrequency,
        int mdsiWeeks,
        SessionFrequency mdsiFrequency,
        int reviewAfterWeek,
        SessionFrequency otherFrequency) {

    public static ScheduleRules from(Settings s) {
        return new ScheduleRules(
                s.integer(CourseSettingKeys.TRD_INDUCTION_WEEKS),
                SessionFrequency.valueOf(s.text(CourseSettingKeys.TRD_INDUCTION_FREQUENCY)),
                SessionFrequency.perWeek(s.integer(CourseSettingKeys.IV_INDUCTION_SESSIONS_PER_WEEK)),
                s.integer(CourseSettingKeys.TRD_OPTIMISATION_WEEKS),
                SessionFrequency.valueOf(s.text(CourseSettingKeys.TRD_OPTIMISATION_FREQUENCY)),
                SessionFrequency.valueOf(s.text(CourseSettingKeys.TRD_MAINTENANCE_FREQUENCY)),
                s.integer(CourseSettingKeys.MDSI_WEEKS),
                SessionFrequency.valueOf(s.text(CourseSettingKeys.MDSI_FREQUENCY)),
                s.integer(CourseSettingKeys.REVIEW_AFTER_WEEK),
                SessionFrequency.valueOf(s.text(CourseSettingKeys.OTHER_FREQUENCY)));
    }

    /** The phases of a regimen under these rules. */
    public RegimenPlan plan(Regimen regimen) {
        return switch (regimen) {
            case TRD_NASAL -> trd(trdInductionFrequency);
            case TRD_IV -> trd(ivInductionFrequency);
            case MDSI_NASAL -> new RegimenPlan(List.of(new PhasePlan(Phase.INDUCTION, 1, mdsiFrequency)));
            case PPD_SINGLE_IV -> new RegimenPlan(List.of(new PhasePlan(Phase.SINGLE_DOSE, 1, SessionFrequency.ONCE)));
            case OTHER_NASAL, OTHER_IV -> new RegimenPlan(List.of(new PhasePlan(Phase.INDIVIDUAL, 1, otherFrequency)));
        };
    }

    private RegimenPlan trd(SessionFrequency induction) {
        List<PhasePlan> phases = new ArrayList<>();
        phases.add(new PhasePlan(Phase.INDUCTION, 1, induction));
        int next = 1 + trdInductionWeeks;
        if (trdOptimisationWeeks > 0) {
            phases.add(new PhasePlan(Phase.OPTIMISATION, next, trdOptimisationFrequency));
            next += trdOptimisationWeeks;
        }
        phases.add(new PhasePlan(Phase.MAINTENANCE, next, trdMaintenanceFrequency));
        return new RegimenPlan(phases);
    }
}
