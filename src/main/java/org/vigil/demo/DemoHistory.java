package org.vigil.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.demo.DemoStory.Plan;
import org.vigil.domain.Settings;
import org.vigil.domain.course.CourseCalendar;
import org.vigil.domain.course.CourseEnd;
import org.vigil.domain.course.FrequencyChange;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.MonitoringRules;
import org.vigil.domain.course.NextSession;
import org.vigil.domain.course.Phase;
import org.vigil.domain.course.PhasePlan;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.course.Schedule;
import org.vigil.domain.course.ScheduleRules;
import org.vigil.domain.course.ScheduleStatus;
import org.vigil.domain.course.TreatmentCourse;
import org.vigil.domain.course.WeekFourReview;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.scale.ScaleKind;

/**
 * Makes a demo story concrete for today: finds the first-dose day that gives the story's
 * situation, then walks the course's own schedule ({@link Schedule#status}) session by session,
 * so what the clinic sees today is what the protocol settings compute. Pure: no database.
 */
final class DemoHistory {

    /** How far from the story's rough start day the first dose may move to fit the situation. */
    private static final int SEARCH_DAYS = 21;
    /** "Due soon": within this many days after today. */
    private static final int SOON_DAYS = 4;
    /** A walk never needs more sessions than this; more means the schedule never moved on. */
    private static final int MOST_SESSIONS = 400;

    private DemoHistory() {}

    /** Signs a prescriber's decision as made on a clinic day. */
    interface Signer {
        PrescriberDecision sign(String prescriber, LocalDate day, String reason);
    }

    /** The protocol settings the demo's past is walked under. */
    record Rules(ScheduleRules schedule, MonitoringRules monitoring) {
        static Rules from(Settings settings) {
            return new Rules(ScheduleRules.from(settings), MonitoringRules.from(settings));
        }
    }

    record Scale(ScaleKind kind, LocalDate takenOn, List<Integer> answers) {}

    /** A session to book through the services: on the day the course is next due. */
    record Booking(LocalDate day, int chair) {}

    /**
     * A course as it stands today, with everything that happened in it. {@code course} holds the
     * decisions; {@code end} is set only for an end that was not the review's answer.
     */
    record History(LocalDate start, LocalDate screenedOn, TreatmentCourse course, List<LocalDate> doses,
                   Optional<CourseEnd> end, List<Scale> scales, List<MonitoringResult> monitoring, Optional<Booking> booking) {}

    /** The day the patient was screened when no course was started. */
    static LocalDate screenedOn(DemoStory.Screen screen, LocalDate today) {
        return today.minusDays(screen.daysBeforeStart());
    }

    static History of(Plan plan, DemoStory.Screen screen, int variant, Rules rules, LocalDate today, Signer signer) {
        if (!plan.started()) {
            LocalDate start = today.minusDays(plan.daysSinceStart());
            LocalDate screened = (start.isBefore(today) ? start : today).minusDays(screen.daysBeforeStart());
            TreatmentCourse course = TreatmentCourse.planned(plan.regimen(), "", start);
            return new History(start, screened, course, List.of(), Optional.empty(),
                    DemoScales.baseline(plan, screened), DemoMonitoring.baseline(plan.regimen(), screened, variant),
                    plan.chair().map(c -> new Booking(start, c)));
        }
        for (int shift = 0; shift <= SEARCH_DAYS; shift++) {
            for (int days : shift == 0 ? new int[] {plan.daysSinceStart()}
                    : new int[] {plan.daysSinceStart() + shift, plan.daysSinceStart() - shift}) {
                if (days < 1) {
                    continue;
                }
                Optional<History> fits = attempt(plan, screen, variant, today.minusDays(days), rules, today, signer);
                if (fits.isPresent()) {
                    return fits.get();
                }
            }
        }
        throw new IllegalStateException("no first-dose day gives " + plan.situation() + " for a " + plan.regimen() + " course");
    }

    private static Optional<History> attempt(Plan plan, DemoStory.Screen screen, int variant, LocalDate start, Rules rules,
                                             LocalDate today, Signer signer) {
        CourseCalendar calendar = new CourseCalendar(start);
        Optional<WeekFourReview> review = plan.review().map(r -> {
            LocalDate on = calendar.lastDayOf(rules.schedule().reviewAfterWeek()).plusDays(r.daysLate());
            return new WeekFourReview(on, r.decision(), signer.sign(plan.prescriber(), on, r.reason()));
        });
        List<FrequencyChange> changes = new ArrayList<>();
        plan.maintenance().ifPresent(f -> {
            LocalDate from = calendar.firstDayOf(firstWeekOf(Phase.MAINTENANCE, plan.regimen(), rules.schedule()));
            changes.add(new FrequencyChange(from, f, signer.sign(plan.prescriber(), from.minusDays(1), plan.maintenanceReason())));
        });
        Optional<ReviewDecision.Stop> stop = review.map(WeekFourReview::decision)
                .filter(ReviewDecision.Stop.class::isInstance).map(ReviewDecision.Stop.class::cast);
        // The sessions were given while the course ran: walk it without its end.
        TreatmentCourse running = new TreatmentCourse(plan.regimen(), "", start, stop.isPresent() ? Optional.empty() : review, changes,
                Optional.empty());
        List<LocalDate> doses = walk(running, start, rules.schedule(), today.minusDays(plan.absentDays()));
        Optional<CourseEnd> end = plan.ending().map(e -> {
            LocalDate on = doses.getLast().plusDays(e.daysAfterLastDose());
            return new CourseEnd(on, e.reason(), signer.sign(plan.prescriber(), on, e.explanation()));
        });
        Optional<CourseEnd> ended = stop.map(s -> new CourseEnd(review.get().answeredOn(), s.reason(), review.get().by())).or(() -> end);
        TreatmentCourse course = new TreatmentCourse(plan.regimen(), "", start, review, changes, ended);
        ScheduleStatus status = Schedule.status(course, doses, rules.schedule(), today);
        List<LocalDate> decided = new ArrayList<>();
        review.ifPresent(r -> decided.add(r.answeredOn()));
        changes.forEach(c -> decided.add(c.effectiveFrom()));
        ended.ifPresent(e -> decided.add(e.endedOn()));
        if (decided.stream().anyMatch(d -> !d.isBefore(today)) || !fits(plan, status, today)) {
            return Optional.empty();
        }
        LocalDate screened = start.minusDays(screen.daysBeforeStart());
        LocalDate lastSeen = ended.map(CourseEnd::endedOn)
                .orElse(plan.regimen().singleDose() ? today.minusDays(1) : doses.getLast());
        Optional<Booking> booking = plan.chair().flatMap(c -> status.next() instanceof NextSession.Due due
                ? Optional.of(new Booking(due.date(), c)) : Optional.empty());
        return Optional.of(new History(start, screened, course, doses, end, DemoScales.over(plan, doses, lastSeen),
                DemoMonitoring.over(plan, screened, ended.map(CourseEnd::endedOn), variant, rules.monitoring(), today), booking));
    }

    /**
     * The sessions of a course given as the schedule asks, from its first dose until the day
     * the patient stops coming (exclusive): each next session on the day it falls due.
     */
    static List<LocalDate> walk(TreatmentCourse course, LocalDate first, ScheduleRules rules, LocalDate until) {
        List<LocalDate> given = new ArrayList<>(List.of(first));
        while (given.size() < MOST_SESSIONS) {
            ScheduleStatus status = Schedule.status(course, given, rules, given.getLast());
            if (!(status.next() instanceof NextSession.Due due) || !due.date().isBefore(until)) {
                return List.copyOf(given);
            }
            given.add(due.date());
        }
        throw new IllegalStateException("the schedule of a " + course.regimen() + " course never moved on");
    }

    private static int firstWeekOf(Phase phase, Regimen regimen, ScheduleRules rules) {
        return rules.plan(regimen).phases().stream().filter(p -> p.phase() == phase).mapToInt(PhasePlan::firstWeek).findFirst()
                .orElseThrow(() -> new IllegalStateException(regimen + " has no " + phase));
    }

    private static boolean fits(Plan plan, ScheduleStatus status, LocalDate today) {
        if (plan.phase().isPresent() && status.phaseToday() != plan.phase().get()) {
            return false;
        }
        NextSession next = status.next();
        return switch (plan.situation()) {
            case DUE_TODAY -> next instanceof NextSession.Due d && d.date().equals(today);
            case DUE_SOON -> next instanceof NextSession.Due d && d.date().isAfter(today)
                    && ChronoUnit.DAYS.between(today, d.date()) <= SOON_DAYS;
            case ON_SCHEDULE -> next instanceof NextSession.Due d && !d.overdue() && status.missed().isEmpty();
            case OVERDUE -> next instanceof NextSession.Due d && d.daysOverdue() > 1;
            case AWAITING_REVIEW -> next instanceof NextSession.AwaitingReview r && r.daysOverdue() > 0;
            case MISSED_IN_MAINTENANCE -> status.prescriberPrompt().isPresent();
            case ENDED -> next instanceof NextSession.CourseEnded;
            case SINGLE_DOSE_GIVEN -> next instanceof NextSession.SingleDoseGiven;
            case NOT_STARTED, REFUSED -> throw new IllegalArgumentException(plan.situation() + " has no doses to walk");
        };
    }
}
