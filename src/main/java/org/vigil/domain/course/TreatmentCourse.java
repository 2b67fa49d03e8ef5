package org.vigil.domain.course;

import org.vigil.domain.Route;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;

/**
 * One course of esketamine for one indication by one route (PAT-5), with the prescriber's
 * decisions that shape its schedule. Immutable: a decision returns a new course, or a refusal.
 * The sessions given are not part of the record; schedule functions take their dates.
 *
 * @param otherIndication free text for {@link Indication#OTHER}, blank otherwise
 * @param plannedStart the day the first session is planned; week 1 starts on the day of the
 *     first session actually given
 * @param frequencyChanges in the order they were decided
 */
public record TreatmentCourse(
        Regimen regimen,
        String otherIndication,
        LocalDate plannedStart,
        Optional<WeekFourReview> review,
        List<FrequencyChange> frequencyChanges,
        Optional<CourseEnd> end) {

    public TreatmentCourse {
        Objects.requireNonNull(regimen, "regimen");
        Objects.requireNonNull(plannedStart, "plannedStart");
        otherIndication = otherIndication == null ? "" : otherIndication.strip();
        review = review == null ? Optional.empty() : review;
        frequencyChanges = frequencyChanges == null ? List.of() : List.copyOf(frequencyChanges);
        end = end == null ? Optional.empty() : end;
    }

    /** A new course with no decisions yet. */
    public static TreatmentCourse planned(Regimen regimen, String otherIndication, LocalDate plannedStart) {
        return new TreatmentCourse(regimen, otherIndication, plannedStart, Optional.empty(), List.of(), Optional.empty());
    }

    /** Validation of the new-course form; empty when {@link #planned} may be called. */
    public static List<FieldProblem<CourseField>> problems(Indication indication, Route route, String otherIndication,
            LocalDate plannedStart) {
        List<FieldProblem<CourseField>> problems = new ArrayList<>();
        if (indication == null) {
            problems.add(FieldProblem.of(CourseField.INDICATION, "PAT-5", "course.indication.required"));
        }
        if (route == null) {
            problems.add(FieldProblem.of(CourseField.ROUTE, "PAT-5", "course.route.required"));
        }
        if (indication != null && route != null && Regimen.of(indication, route).isEmpty()) {
            // PAT-5: MDSI is nasal only; PPD prevention is IV only.
            problems.add(FieldProblem.of(CourseField.ROUTE, "PAT-5", switch (indication) {
                case MDSI -> "course.route.notForIndication.MDSI";
                case PPD_PREVENTION -> "course.route.notForIndication.PPD_PREVENTION";
                case TRD, OTHER -> throw new IllegalStateException(indication + " allows every route");
            }));
        }
        if (indication == Indication.OTHER && (otherIndication == null || otherIndication.isBlank())) {
            problems.add(FieldProblem.of(CourseField.OTHER_INDICATION, "PAT-5", "course.otherIndication.required"));
        }
        if (plannedStart == null) {
            problems.add(FieldProblem.of(CourseField.PLANNED_START, "SCH-6", "course.plannedStart.required"));
        }
        return List.copyOf(problems);
    }

    public boolean active() {
        return end.isEmpty();
    }

    /** The rule a review of this course is made under. */
    String reviewRule() {
        return regimen == Regimen.MDSI_NASAL ? "SCH-2" : "SCH-1";
    }

    /**
     * Records the answer to the week-4 review (SCH-1, SCH-2). A "stop" ends the course on the
     * day of the answer.
     */
    public Outcome<TreatmentCourse> answerReview(WeekFourReview answer) {
        String rule = reviewRule();
        Optional<Refusal> refused = refusedIfEnded(rule)
                .or(() -> regimen.hasWeekFourReview() ? Optional.empty()
                        : Optional.of(Refusal.of(regimen.scheduleRule(), "review.notForRegimen")))
                .or(() -> review.isPresent() ? Optional.of(Refusal.of(rule, "review.alreadyAnswered")) : Optional.empty())
                .or(() -> answer.decision() instanceof ReviewDecision.Change(SessionFrequency f) && f == SessionFrequency.ONCE
                        ? Optional.of(Refusal.of(rule, "schedule.change.onceNotAllowed")) : Optional.empty())
                .or(() -> answer.by().check(rule));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        Optional<CourseEnd> newEnd = switch (answer.decision()) {
            case ReviewDecision.Stop stop -> Optional.of(new CourseEnd(answer.answeredOn(), stop.reason(), answer.by()));
            case ReviewDecision.Continue c -> Optional.empty();
            case ReviewDecision.Change c -> Optional.empty();
        };
        return Outcome.done(new TreatmentCourse(regimen, otherIndication, plannedStart, Optional.of(answer), frequencyChanges, newEnd));
    }

    /** Records a prescriber's change of session frequency (SCH-5), or a decision to keep it. */
    public Outcome<TreatmentCourse> changeFrequency(FrequencyChange change) {
        Optional<Refusal> refused = refusedIfEnded("SCH-5")
                .or(() -> regimen.singleDose() ? Optional.of(Refusal.of("SCH-4", "schedule.singleDose.noChange")) : Optional.empty())
                .or(() -> change.frequency() == SessionFrequency.ONCE
                        ? Optional.of(Refusal.of("SCH-5", "schedule.change.onceNotAllowed")) : Optional.empty())
                .or(() -> change.by().check("SCH-5"));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        List<FrequencyChange> changes = new ArrayList<>(frequencyChanges);
        changes.add(change);
        return Outcome.done(new TreatmentCourse(regimen, otherIndication, plannedStart, review, changes, end));
    }

    /**
     * Ends the course. "Other" needs the decision's reason; a course cannot end before a session
     * that was given in it.
     *
     * @param lastSession the last session given, if any
     */
    public Outcome<TreatmentCourse> endCourse(CourseEnd courseEnd, Optional<LocalDate> lastSession) {
        Optional<Refusal> refused = refusedIfEnded("SCH-6")
                .or(() -> lastSession.filter(courseEnd.endedOn()::isBefore)
                        .map(last -> Refusal.of("SCH-6", "course.end.beforeLastSession", last)))
                .or(() -> courseEnd.reason() == EndReason.OTHER ? courseEnd.by().check("SCH-6") : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        return Outcome.done(new TreatmentCourse(regimen, otherIndication, plannedStart, review, frequencyChanges, Optional.of(courseEnd)));
    }

    private Optional<Refusal> refusedIfEnded(String rule) {
        return end.map(e -> Refusal.of(rule, "course.ended", e.endedOn()));
    }
}
