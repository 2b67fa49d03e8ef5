package org.vigil.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleProgress;
import org.vigil.domain.scale.ScaleScore;
import org.vigil.domain.scale.ScaleThresholds;
import org.vigil.store.CourseStore.StoredCourse;
import org.vigil.store.FollowUpStore;

/**
 * What is recorded around a course over time: outcome scales (PHQ-9, MADRS) from their item
 * answers, and long-term monitoring tasks done with their result (SCH-7).
 */
public final class FollowUp {

    /** A scale saved, or the items still to answer. */
    public sealed interface ScaleEntry {
        record Saved(ScaleScore score, CourseView course) implements ScaleEntry {}

        /** By item number (1-based), what is wrong. */
        record Invalid(List<FieldProblem<Integer>> problems) implements ScaleEntry {}
    }

    private final ClinicalContext ctx;
    private final Courses courses;
    private final FollowUpStore store;

    FollowUp(ClinicalContext ctx, Courses courses, FollowUpStore store) {
        this.ctx = ctx;
        this.courses = courses;
        this.store = store;
    }

    /** Scores are computed here from the answers; a total is never typed. */
    public Outcome<ScaleEntry> recordScale(Actor actor, long courseId, ScaleKind kind, LocalDate takenOn, List<Integer> answers) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.RECORD_CLINICAL, "scales.record");
            if (refused != null) {
                return Outcome.<ScaleEntry>refused(refused);
            }
            Optional<StoredCourse> course = courses.stored(tx, courseId);
            if (course.isEmpty()) {
                return Outcome.<ScaleEntry>refused(Refusal.of("SCH-6", "course.notFound"));
            }
            if (takenOn == null || takenOn.isAfter(ctx.today())) {
                return Outcome.<ScaleEntry>refused(Refusal.of("SCALE", "scale.date.future"));
            }
            List<FieldProblem<Integer>> problems = kind.problems(answers);
            if (!problems.isEmpty()) {
                return Outcome.<ScaleEntry>done(new ScaleEntry.Invalid(problems));
            }
            ScaleScore score = kind.score(answers);
            long id = store.addScale(tx, course.get().patientId(), courseId, kind, takenOn, answers, score.total(), actor.userId(),
                    ctx.clock.instant());
            ctx.audit.record(tx, actor, "SCALE_RECORDED", "scale", id, null,
                    "course=" + courseId + "; " + kind + "=" + score.total() + "; items=" + answers + "; on=" + takenOn, null);
            return Outcome.<ScaleEntry>done(new ScaleEntry.Saved(score, courses.view(tx, course.get())));
        });
    }

    /** Baseline, latest, response and remission of a course on one scale. */
    public Outcome<ScaleProgress> progress(Actor actor, long courseId, ScaleKind kind) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "scales.progress");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return ctx.database.read(tx -> {
            Optional<StoredCourse> course = courses.stored(tx, courseId);
            if (course.isEmpty()) {
                return Outcome.<ScaleProgress>refused(Refusal.of("SCH-6", "course.notFound"));
            }
            CourseView view = courses.view(tx, course.get());
            // The baseline is the last assessment on or before the first dose (or the planned start).
            LocalDate baselineBy = view.dosesGiven().stream().findFirst().orElse(course.get().course().plannedStart());
            return Outcome.done(ScaleProgress.of(kind, view.scales(), baselineBy, ScaleThresholds.from(ctx.settings(tx))));
        });
    }

    public Outcome<CourseView> recordMonitoring(Actor actor, long courseId, MonitoringResult result) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.RECORD_CLINICAL, "monitoring.record");
            if (refused != null) {
                return Outcome.<CourseView>refused(refused);
            }
            Optional<StoredCourse> course = courses.stored(tx, courseId);
            if (course.isEmpty()) {
                return Outcome.<CourseView>refused(Refusal.of("SCH-6", "course.notFound"));
            }
            if (result.doneOn() == null || result.doneOn().isAfter(ctx.today())) {
                return Outcome.<CourseView>refused(Refusal.of("SCH-7", "monitoring.date.future"));
            }
            if (result.result().isEmpty() && result.kind() != MonitoringKind.SUBSTANCE_USE_QUESTION) {
                return Outcome.<CourseView>refused(Refusal.of("SCH-7", "monitoring.result.required"));
            }
            store.addMonitoring(tx, course.get().patientId(), courseId, result, actor.userId(), ctx.clock.instant());
            ctx.audit.record(tx, actor, "MONITORING_RECORDED", "course", courseId, null,
                    result.kind() + " on " + result.doneOn() + ": " + result.result(), null);
            return Outcome.<CourseView>done(courses.view(tx, course.get()));
        });
    }
}
