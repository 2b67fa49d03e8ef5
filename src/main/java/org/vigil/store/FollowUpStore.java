package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.scale.ScaleAssessment;
import org.vigil.domain.scale.ScaleKind;

/** What follows a course over time: long-term monitoring results (SCH-7) and outcome scales. */
public final class FollowUpStore {

    public void addMonitoring(Transaction tx, long patientId, long courseId, MonitoringResult r, long userId, Instant now) {
        tx.update("""
                INSERT INTO monitoring_result (patient_id, course_id, kind, done_on, result, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", patientId, courseId, r.kind(), r.doneOn(), r.result(), userId, now);
    }

    /** Results of each course, newest first, in one query for all of them. */
    public Map<Long, List<MonitoringResult>> monitoring(Transaction tx, Collection<Long> courseIds) {
        return tx.selectIn("SELECT course_id, kind, done_on, result FROM monitoring_result WHERE course_id IN (<ids>) "
                        + "ORDER BY done_on DESC, id DESC", courseIds)
                .map(row -> Map.entry(row.getColumn("course_id", Long.class), new MonitoringResult(row.getColumn("kind", MonitoringKind.class),
                        row.getColumn("done_on", LocalDate.class), row.getColumn("result", String.class))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public long addScale(Transaction tx, long patientId, long courseId, ScaleKind kind, LocalDate takenOn, List<Integer> answers, int total,
                         long userId, Instant now) {
        return tx.insert("""
                INSERT INTO scale_assessment (patient_id, course_id, kind, taken_on, answers, total, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", patientId, courseId, kind, takenOn,
                String.join(",", answers.stream().map(String::valueOf).toList()), total, userId, now);
    }

    /** Assessments of each course in the order taken, in one query; scores are computed again from the answers. */
    public Map<Long, List<ScaleAssessment>> scales(Transaction tx, Collection<Long> courseIds) {
        return tx.selectIn("SELECT course_id, kind, taken_on, answers FROM scale_assessment WHERE course_id IN (<ids>) "
                        + "ORDER BY taken_on, id", courseIds)
                .map(row -> {
                    ScaleKind kind = row.getColumn("kind", ScaleKind.class);
                    List<Integer> answers = Arrays.stream(row.getColumn("answers", String.class).split(",")).map(Integer::parseInt).toList();
                    return Map.entry(row.getColumn("course_id", Long.class),
                            new ScaleAssessment(row.getColumn("taken_on", LocalDate.class), kind.score(answers)));
                })
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
