package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.scale.ScaleAssessment;
import org.vigil.domain.scale.ScaleKind;

/** What follows a course over time: long-term monitoring results (SCH-7) and outcome scales. */
public final class FollowUpStore {

    public void addMonitoring(Connection c, long patientId, long courseId, MonitoringResult r, long userId, Instant now) throws SQLException {
        Rows.insert(c, """
                INSERT INTO monitoring_result (patient_id, course_id, kind, done_on, result, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", patientId, courseId, r.kind(), r.doneOn(), r.result(), userId, now);
    }

    /** Results of a course, newest first. */
    public List<MonitoringResult> monitoring(Connection c, long courseId) throws SQLException {
        List<MonitoringResult> result = new ArrayList<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement(
                "SELECT kind, done_on, result FROM monitoring_result WHERE course_id = ? ORDER BY done_on DESC, id DESC"), courseId);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(new MonitoringResult(Rows.enumOf(rs, "kind", MonitoringKind.class), Rows.date(rs, "done_on"), rs.getString("result")));
            }
        }
        return result;
    }

    /** The latest day each kind of task was done in a course. */
    public Map<MonitoringKind, LocalDate> lastDone(Connection c, long courseId) throws SQLException {
        Map<MonitoringKind, LocalDate> last = new EnumMap<>(MonitoringKind.class);
        for (MonitoringResult r : monitoring(c, courseId)) {
            last.putIfAbsent(r.kind(), r.doneOn());
        }
        return last;
    }

    public long addScale(Connection c, long patientId, long courseId, ScaleKind kind, LocalDate takenOn, List<Integer> answers, int total,
                         long userId, Instant now) throws SQLException {
        return Rows.insert(c, """
                INSERT INTO scale_assessment (patient_id, course_id, kind, taken_on, answers, total, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", patientId, courseId, kind, takenOn,
                String.join(",", answers.stream().map(String::valueOf).toList()), total, userId, now);
    }

    /** Assessments of a course in the order taken; scores are computed again from the answers. */
    public List<ScaleAssessment> scales(Connection c, long courseId) throws SQLException {
        List<ScaleAssessment> result = new ArrayList<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement(
                "SELECT kind, taken_on, answers FROM scale_assessment WHERE course_id = ? ORDER BY taken_on, id"), courseId);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ScaleKind kind = Rows.enumOf(rs, "kind", ScaleKind.class);
                List<Integer> answers = Arrays.stream(rs.getString("answers").split(",")).map(Integer::parseInt).toList();
                result.add(new ScaleAssessment(Rows.date(rs, "taken_on"), kind.score(answers)));
            }
        }
        return result;
    }
}
