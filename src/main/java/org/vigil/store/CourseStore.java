package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.course.CourseEnd;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.FrequencyChange;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.course.TreatmentCourse;
import org.vigil.domain.course.WeekFourReview;
import org.vigil.domain.patient.PrescriberDecision;

/**
 * Treatment courses and the prescriber decisions that shape them. Decisions are appended rows;
 * the course is rebuilt from them, so its history is never overwritten.
 */
public final class CourseStore {

    /** A course with the patient it belongs to. */
    public record StoredCourse(long id, long patientId, TreatmentCourse course, long screeningId) {}

    private enum Kind { REVIEW, FREQUENCY, END }

    public long insert(Connection c, long patientId, TreatmentCourse course, long screeningId, long userId, Instant now)
            throws SQLException {
        return Rows.insert(c, """
                INSERT INTO treatment_course (patient_id, regimen, other_indication, planned_start, screening_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", patientId, course.regimen(), course.otherIndication(), course.plannedStart(),
                screeningId, userId, now);
    }

    public void addReview(Connection c, long courseId, WeekFourReview review) throws SQLException {
        SessionFrequency frequency = review.decision() instanceof ReviewDecision.Change change ? change.frequency() : null;
        EndReason stop = review.decision() instanceof ReviewDecision.Stop s ? s.reason() : null;
        String decision = switch (review.decision()) {
            case ReviewDecision.Continue x -> "CONTINUE";
            case ReviewDecision.Change x -> "CHANGE";
            case ReviewDecision.Stop x -> "STOP";
        };
        decision(c, courseId, Kind.REVIEW, review.answeredOn(), decision, frequency, stop, review.by());
    }

    public void addFrequencyChange(Connection c, long courseId, FrequencyChange change) throws SQLException {
        decision(c, courseId, Kind.FREQUENCY, change.effectiveFrom(), null, change.frequency(), null, change.by());
    }

    public void addEnd(Connection c, long courseId, CourseEnd end) throws SQLException {
        decision(c, courseId, Kind.END, end.endedOn(), null, null, end.reason(), end.by());
    }

    public Optional<StoredCourse> byId(Connection c, long id) throws SQLException {
        return select(c, "WHERE id = ?", id).stream().findFirst();
    }

    /** A patient's courses, newest first. */
    public List<StoredCourse> ofPatient(Connection c, long patientId) throws SQLException {
        return select(c, "WHERE patient_id = ? ORDER BY planned_start DESC, id DESC", patientId);
    }

    /** Every course that has not ended, for the clinic's day list. */
    public List<StoredCourse> active(Connection c) throws SQLException {
        return select(c, "ORDER BY id").stream().filter(s -> s.course().active()).toList();
    }

    private static void decision(Connection c, long courseId, Kind kind, LocalDate on, String review, SessionFrequency frequency,
                                 EndReason endReason, PrescriberDecision by) throws SQLException {
        Rows.update(c, """
                INSERT INTO course_decision (course_id, kind, decided_on, review_decision, frequency, end_reason, prescriber_id,
                  prescriber_name, decided_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                courseId, kind, on, review, frequency, endReason, by.prescriberId(), by.prescriberName(), by.at(), by.reason());
    }

    private List<StoredCourse> select(Connection c, String where, Object... args) throws SQLException {
        List<StoredCourse> result = new ArrayList<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT * FROM treatment_course " + where), args);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                TreatmentCourse planned = TreatmentCourse.planned(Rows.enumOf(rs, "regimen", Regimen.class),
                        rs.getString("other_indication"), Rows.date(rs, "planned_start"));
                result.add(new StoredCourse(id, rs.getLong("patient_id"), planned, rs.getLong("screening_id")));
            }
        }
        List<StoredCourse> withDecisions = new ArrayList<>();
        for (StoredCourse stored : result) {
            withDecisions.add(new StoredCourse(stored.id(), stored.patientId(), withDecisions(c, stored.id(), stored.course()),
                    stored.screeningId()));
        }
        return withDecisions;
    }

    private static TreatmentCourse withDecisions(Connection c, long courseId, TreatmentCourse planned) throws SQLException {
        Optional<WeekFourReview> review = Optional.empty();
        List<FrequencyChange> changes = new ArrayList<>();
        Optional<CourseEnd> end = Optional.empty();
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT * FROM course_decision WHERE course_id = ? ORDER BY id"), courseId);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                PrescriberDecision by = new PrescriberDecision(rs.getLong("prescriber_id"), rs.getString("prescriber_name"),
                        Timestamps.get(rs, "decided_at"), rs.getString("reason"));
                LocalDate on = Rows.date(rs, "decided_on");
                switch (Kind.valueOf(rs.getString("kind"))) {
                    case REVIEW -> {
                        ReviewDecision decision = switch (rs.getString("review_decision")) {
                            case "CHANGE" -> new ReviewDecision.Change(Rows.enumOf(rs, "frequency", SessionFrequency.class));
                            case "STOP" -> new ReviewDecision.Stop(Rows.enumOf(rs, "end_reason", EndReason.class));
                            default -> new ReviewDecision.Continue();
                        };
                        review = Optional.of(new WeekFourReview(on, decision, by));
                        if (decision instanceof ReviewDecision.Stop stop) {
                            end = Optional.of(new CourseEnd(on, stop.reason(), by));
                        }
                    }
                    case FREQUENCY -> changes.add(new FrequencyChange(on, Rows.enumOf(rs, "frequency", SessionFrequency.class), by));
                    case END -> end = Optional.of(new CourseEnd(on, Rows.enumOf(rs, "end_reason", EndReason.class), by));
                }
            }
        }
        return new TreatmentCourse(planned.regimen(), planned.otherIndication(), planned.plannedStart(), review, changes, end);
    }
}
