package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.result.RowView;
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

    public long insert(Transaction tx, long patientId, TreatmentCourse course, long screeningId, long userId, Instant now) {
        return tx.insert("""
                INSERT INTO treatment_course (patient_id, regimen, other_indication, planned_start, screening_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", patientId, course.regimen(), course.otherIndication(), course.plannedStart(),
                screeningId, userId, now);
    }

    public void addReview(Transaction tx, long courseId, WeekFourReview review) {
        SessionFrequency frequency = review.decision() instanceof ReviewDecision.Change change ? change.frequency() : null;
        EndReason stop = review.decision() instanceof ReviewDecision.Stop s ? s.reason() : null;
        String decision = switch (review.decision()) {
            case ReviewDecision.Continue x -> "CONTINUE";
            case ReviewDecision.Change x -> "CHANGE";
            case ReviewDecision.Stop x -> "STOP";
        };
        decision(tx, courseId, Kind.REVIEW, review.answeredOn(), decision, frequency, stop, review.by());
        if (stop != null) {
            ended(tx, courseId, review.answeredOn());
        }
    }

    public void addFrequencyChange(Transaction tx, long courseId, FrequencyChange change) {
        decision(tx, courseId, Kind.FREQUENCY, change.effectiveFrom(), null, change.frequency(), null, change.by());
    }

    public void addEnd(Transaction tx, long courseId, CourseEnd end) {
        decision(tx, courseId, Kind.END, end.endedOn(), null, null, end.reason(), end.by());
        ended(tx, courseId, end.endedOn());
    }

    /**
     * The decisions are the record of how a course ended; the day is also kept on the course so
     * that the day list finds the open courses by index (issue 16), not by reading every course.
     */
    private static void ended(Transaction tx, long courseId, LocalDate on) {
        tx.update("UPDATE treatment_course SET ended_on = ? WHERE id = ?", on, courseId);
    }

    public Optional<StoredCourse> byId(Transaction tx, long id) {
        return select(tx, "WHERE id = ?", id).stream().findFirst();
    }

    /** The regimen of each of these courses, in one query (the day list's rows whose course has ended since). */
    public Map<Long, Regimen> regimens(Transaction tx, java.util.Collection<Long> ids) {
        return tx.selectIn("SELECT id, regimen FROM treatment_course WHERE id IN (<ids>)", ids)
                .map(row -> Map.entry(row.getColumn("id", Long.class), row.getColumn("regimen", Regimen.class)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A patient's courses, newest first. */
    public List<StoredCourse> ofPatient(Transaction tx, long patientId) {
        return select(tx, "WHERE patient_id = ? ORDER BY planned_start DESC, id DESC", patientId);
    }

    /**
     * Every course that has not ended, for the clinic's day list. An end is an END decision or a
     * week-4 review that stopped the course (what {@link TreatmentCourse#active()} reads); each
     * writes the day on the course, whose index finds the open ones without reading the courses
     * the clinic has ended over the years (issue 16).
     */
    public List<StoredCourse> active(Transaction tx) {
        return select(tx, "WHERE ended_on IS NULL ORDER BY id").stream().filter(s -> s.course().active()).toList();
    }

    private static void decision(Transaction tx, long courseId, Kind kind, LocalDate on, String review, SessionFrequency frequency,
                                 EndReason endReason, PrescriberDecision by) {
        tx.update("""
                INSERT INTO course_decision (course_id, kind, decided_on, review_decision, frequency, end_reason, prescriber_id,
                  prescriber_name, decided_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                courseId, kind, on, review, frequency, endReason, by.prescriberId(), by.prescriberName(), by.at(), by.reason());
    }

    /** The courses, then the decisions of all of them in one query (not one query per course). */
    private List<StoredCourse> select(Transaction tx, String where, Object... args) {
        List<StoredCourse> planned = tx.select("SELECT * FROM treatment_course " + where, args)
                .map(row -> new StoredCourse(row.getColumn("id", Long.class), row.getColumn("patient_id", Long.class),
                        TreatmentCourse.planned(row.getColumn("regimen", Regimen.class), row.getColumn("other_indication", String.class),
                                row.getColumn("planned_start", LocalDate.class)),
                        row.getColumn("screening_id", Long.class)))
                .list();
        if (planned.isEmpty()) {
            return planned;
        }
        Map<Long, List<Decision>> decisions = tx.selectIn("SELECT * FROM course_decision WHERE course_id IN (<ids>) ORDER BY id",
                        planned.stream().map(StoredCourse::id).toList())
                .map(CourseStore::decisionRow)
                .collect(Collectors.groupingBy(Decision::courseId));
        return planned.stream().map(stored -> new StoredCourse(stored.id(), stored.patientId(),
                withDecisions(stored.course(), decisions.getOrDefault(stored.id(), List.of())), stored.screeningId())).toList();
    }

    /** One stored decision row, read before it is folded into its course. */
    private record Decision(long courseId, Kind kind, LocalDate on, String review, SessionFrequency frequency, EndReason endReason,
                            PrescriberDecision by) {}

    private static Decision decisionRow(RowView row) {
        return new Decision(row.getColumn("course_id", Long.class), row.getColumn("kind", Kind.class),
                row.getColumn("decided_on", LocalDate.class), row.getColumn("review_decision", String.class),
                row.getColumn("frequency", SessionFrequency.class), row.getColumn("end_reason", EndReason.class),
                new PrescriberDecision(row.getColumn("prescriber_id", Long.class), row.getColumn("prescriber_name", String.class),
                        row.getColumn("decided_at", Instant.class), row.getColumn("reason", String.class)));
    }

    private static TreatmentCourse withDecisions(TreatmentCourse planned, List<Decision> decisions) {
        Optional<WeekFourReview> review = Optional.empty();
        List<FrequencyChange> changes = new ArrayList<>();
        Optional<CourseEnd> end = Optional.empty();
        for (Decision d : decisions) {
            switch (d.kind()) {
                case REVIEW -> {
                    ReviewDecision decision = switch (d.review()) {
                        case "CHANGE" -> new ReviewDecision.Change(d.frequency());
                        case "STOP" -> new ReviewDecision.Stop(d.endReason());
                        default -> new ReviewDecision.Continue();
                    };
                    review = Optional.of(new WeekFourReview(d.on(), decision, d.by()));
                    if (decision instanceof ReviewDecision.Stop stop) {
                        end = Optional.of(new CourseEnd(d.on(), stop.reason(), d.by()));
                    }
                }
                case FREQUENCY -> changes.add(new FrequencyChange(d.on(), d.frequency(), d.by()));
                case END -> end = Optional.of(new CourseEnd(d.on(), d.endReason(), d.by()));
            }
        }
        return new TreatmentCourse(planned.regimen(), planned.otherIndication(), planned.plannedStart(), review, changes, end);
    }
}
