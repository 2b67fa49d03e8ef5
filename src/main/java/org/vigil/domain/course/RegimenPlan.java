package org.vigil.domain.course;

import java.util.List;

/**
 * A regimen's phases in order, as the protocol settings lay them out; the last phase is
 * open-ended. Built by {@link ScheduleRules#plan}.
 */
public record RegimenPlan(List<PhasePlan> phases) {

    public RegimenPlan {
        phases = List.copyOf(phases);
        if (phases.isEmpty() || phases.getFirst().firstWeek() != 1) {
            throw new IllegalArgumentException("a plan starts in week 1: " + phases);
        }
    }

    /** The phase a course week falls in. */
    public PhasePlan at(int week) {
        PhasePlan found = phases.getFirst();
        for (PhasePlan p : phases) {
            if (p.firstWeek() <= week) {
                found = p;
            }
        }
        return found;
    }
}
