package org.vigil.domain.course;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The course's weeks cut into segments of one phase at one frequency: the regimen's phases,
 * overridden by the prescriber's frequency decisions, each of which holds until the end of the
 * phase it was made in.
 */
final class Timeline {

    /** A frequency that holds from a course week on, within that week's phase. */
    record Change(int week, SessionFrequency frequency) {}

    /** @param lastWeek {@link Integer#MAX_VALUE} for the open-ended last segment */
    record Segment(int firstWeek, int lastWeek, Phase phase, SessionFrequency frequency) {}

    private final RegimenPlan plan;
    private final List<Change> changes;
    private final NavigableSet<Integer> boundaries = new TreeSet<>();

    /**
     * @param extraBoundaries weeks that must start a new segment (the week after the review)
     */
    Timeline(RegimenPlan plan, List<Change> changes, List<Integer> extraBoundaries) {
        this.plan = plan;
        this.changes = List.copyOf(changes);
        plan.phases().forEach(p -> boundaries.add(p.firstWeek()));
        changes.forEach(c -> boundaries.add(c.week()));
        boundaries.addAll(extraBoundaries);
    }

    Segment segmentAt(int week) {
        int first = boundaries.floor(week);
        Integer next = boundaries.higher(week);
        PhasePlan phase = plan.at(week);
        return new Segment(first, next == null ? Integer.MAX_VALUE : next - 1, phase.phase(), frequencyAt(week, phase));
    }

    private SessionFrequency frequencyAt(int week, PhasePlan phase) {
        List<Change> applicable = new ArrayList<>();
        for (Change c : changes) {
            if (c.week() <= week && plan.at(c.week()).equals(phase)) {
                applicable.add(c);
            }
        }
        // The latest week wins; for the same week, the later decision.
        Change latest = null;
        for (Change c : applicable) {
            if (latest == null || c.week() >= latest.week()) {
                latest = c;
            }
        }
        return latest == null ? phase.frequency() : latest.frequency();
    }
}
