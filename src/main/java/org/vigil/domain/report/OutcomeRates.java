package org.vigil.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.report.PeriodReport.OutcomeRate;
import org.vigil.domain.scale.ScaleAssessment;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleProgress;
import org.vigil.domain.scale.ScaleThresholds;

/**
 * SCALE: response and remission per regimen and scale for the courses treated in a period, each
 * course judged as the patient's course screen judges it ({@link ScaleProgress}: baseline on or
 * before the first dose, latest by the period's end) with the clinic's thresholds.
 */
public final class OutcomeRates {

    /**
     * A course with a dose given in the period.
     *
     * @param baselineBy the day of its first dose (SCALE: the baseline is the last assessment on or before it)
     */
    public record TreatedCourse(long courseId, Regimen regimen, LocalDate baselineBy) {}

    private OutcomeRates() {}

    /**
     * Only courses with a baseline and a later assessment by {@code until} count as assessed: a
     * course with a baseline alone says nothing yet about response or remission.
     */
    public static List<OutcomeRate> of(List<TreatedCourse> courses, Map<Long, List<ScaleAssessment>> assessments, LocalDate until,
                                       ScaleThresholds thresholds) {
        Map<Regimen, Map<ScaleKind, int[]>> counts = new EnumMap<>(Regimen.class);
        for (TreatedCourse course : courses) {
            List<ScaleAssessment> byEnd = assessments.getOrDefault(course.courseId(), List.of()).stream()
                    .filter(a -> !a.takenOn().isAfter(until)).toList();
            for (ScaleKind kind : ScaleKind.values()) {
                ScaleProgress progress = ScaleProgress.of(kind, byEnd, course.baselineBy(), thresholds);
                if (progress.baseline().isEmpty() || progress.latest().isEmpty()
                        || !progress.latest().get().takenOn().isAfter(progress.baseline().get().takenOn())) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(course.regimen(), r -> new EnumMap<>(ScaleKind.class)).computeIfAbsent(kind, k -> new int[3]);
                c[0]++;
                c[1] += progress.response() ? 1 : 0;
                c[2] += progress.remission() ? 1 : 0;
            }
        }
        List<OutcomeRate> rates = new ArrayList<>();
        counts.forEach((regimen, byScale) -> byScale.forEach((kind, c) -> rates.add(new OutcomeRate(regimen, kind, c[0], c[1], c[2]))));
        return rates;
    }
}
