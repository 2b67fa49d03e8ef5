package org.vigil.domain.course;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Refusal;

/**
 * The schedule of a course as a pure function of its regimen, the prescriber's decisions, the
 * days sessions were given and today (SCH-1 to SCH-6).
 *
 * <p>How it counts: week 1 starts on the day of the first session. Each phase is cut into
 * blocks of whole weeks at its frequency (one week for weekly and more often, two weeks for
 * every two weeks), and each block needs that frequency's number of sessions. A block that has
 * passed short of sessions is a {@link MissedSession}; the schedule then simply continues
 * (SCH-5) rather than making the session up. The next session is due in the first block, from
 * today's on, that still needs one: on the later of the block's first day and the last session
 * plus the frequency's even spacing (3 days for twice weekly, 7 for weekly).
 */
public final class Schedule {

    private Schedule() {}

    /**
     * @param sessionsGiven days on which a dose was given in this course (any order; days after
     *     today are ignored)
     * @param today the clinic's date
     */
    public static ScheduleStatus status(TreatmentCourse course, List<LocalDate> sessionsGiven, ScheduleRules rules, LocalDate today) {
        List<LocalDate> given = sessionsGiven.stream().filter(d -> !d.isAfter(today)).sorted().toList();
        RegimenPlan plan = rules.plan(course.regimen());
        if (given.isEmpty()) {
            return notStarted(course, plan, today);
        }
        CourseCalendar calendar = new CourseCalendar(given.getFirst());
        if (course.end().isPresent()) {
            int week = calendar.weekOf(course.end().get().endedOn());
            return new ScheduleStatus(week, plan.at(week).phase(), new NextSession.CourseEnded(course.end().get()),
                    List.of(), Optional.empty(), Optional.empty());
        }
        int weekToday = calendar.weekOf(today);
        Phase phaseToday = plan.at(weekToday).phase();
        if (course.regimen().singleDose()) {
            // SCH-4: no follow-on schedule.
            return new ScheduleStatus(weekToday, phaseToday, new NextSession.SingleDoseGiven(given.getFirst()),
                    List.of(), Optional.empty(), Optional.empty());
        }
        Timeline timeline = timeline(course, calendar, rules, plan);
        Walked walked = walk(course, given, calendar, rules, timeline, today);
        return new ScheduleStatus(weekToday, phaseToday, walked.next(), walked.missed(),
                prescriberPrompt(course, walked.missed()), reviewTask(course, calendar, rules, today));
    }

    /** The course week of a day, counting from the first session given (week 1 before any). */
    public static int weekOf(List<LocalDate> sessionsGiven, LocalDate day) {
        return sessionsGiven.stream().min(LocalDate::compareTo).map(first -> new CourseCalendar(first).weekOf(day)).orElse(1);
    }

    private static ScheduleStatus notStarted(TreatmentCourse course, RegimenPlan plan, LocalDate today) {
        PhasePlan first = plan.at(1);
        NextSession next = course.end().<NextSession>map(NextSession.CourseEnded::new).orElseGet(() ->
                new NextSession.Due(course.plannedStart(), 1, first.phase(), first.frequency(),
                        daysLate(course.plannedStart(), today), List.of()));
        return new ScheduleStatus(0, first.phase(), next, List.of(), Optional.empty(), Optional.empty());
    }

    static Timeline timeline(TreatmentCourse course, CourseCalendar calendar, ScheduleRules rules, RegimenPlan plan) {
        List<Timeline.Change> changes = new ArrayList<>();
        List<Integer> boundaries = new ArrayList<>();
        if (course.regimen().hasWeekFourReview()) {
            int afterReview = rules.reviewAfterWeek() + 1;
            boundaries.add(afterReview);
            course.review().ifPresent(r -> {
                if (r.decision() instanceof ReviewDecision.Change change) {
                    changes.add(new Timeline.Change(afterReview, change.frequency()));
                }
            });
        }
        for (FrequencyChange c : course.frequencyChanges()) {
            changes.add(new Timeline.Change(Math.max(1, calendar.weekOf(c.effectiveFrom())), c.frequency()));
        }
        return new Timeline(plan, changes, boundaries);
    }

    private record Walked(NextSession next, List<MissedSession> missed) {}

    private static Walked walk(TreatmentCourse course, List<LocalDate> given, CourseCalendar calendar, ScheduleRules rules,
            Timeline timeline, LocalDate today) {
        int reviewWeek = rules.reviewAfterWeek();
        boolean hasReview = course.regimen().hasWeekFourReview();
        Optional<LocalDate> answeredOn = course.review().map(WeekFourReview::answeredOn);
        LocalDate last = given.getLast();
        List<MissedSession> missed = new ArrayList<>();
        int week = 1;
        while (true) {
            if (hasReview && week > reviewWeek && answeredOn.isEmpty()) {
                // SCH-1/SCH-2: nothing after the review week until the review is answered.
                LocalDate reviewDue = calendar.lastDayOf(reviewWeek);
                return new Walked(new NextSession.AwaitingReview(reviewDue, daysLate(reviewDue, today)), missed);
            }
            Timeline.Segment segment = timeline.segmentAt(week);
            SessionFrequency frequency = segment.frequency();
            int lastWeek = Math.min(week + frequency.weeks() - 1, segment.lastWeek());
            LocalDate from = calendar.firstDayOf(week);
            LocalDate to = calendar.lastDayOf(lastWeek);
            // A block cut short by a phase or decision needs only its share of sessions.
            int required = frequency.sessions() * (lastWeek - week + 1) / frequency.weeks();
            int done = (int) given.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
            // After the review week, blocks that ended before the answer were held, not missed.
            LocalDate notBefore = hasReview && week > reviewWeek ? answeredOn.orElseThrow() : from;
            boolean held = to.isBefore(notBefore);
            if (!held && done < required) {
                if (to.isBefore(today)) {
                    missed.add(MissedSession.of(segment, week, lastWeek, from, to, required - done)); // SCH-5
                } else {
                    LocalDate due = latest(from, last.plusDays(frequency.spacingDays()), notBefore);
                    if (!due.isAfter(to)) {
                        int dueWeek = calendar.weekOf(due);
                        return new Walked(new NextSession.Due(due, dueWeek, segment.phase(), frequency,
                                daysLate(due, today), warnings(course, dueWeek, rules)), missed);
                    }
                }
            }
            week = lastWeek + 1;
        }
    }

    /** Warnings for a session in a course week (SCH-2: MDSI beyond its labelled weeks). */
    static List<Refusal> warnings(TreatmentCourse course, int week, ScheduleRules rules) {
        if (course.regimen() == Regimen.MDSI_NASAL && week > rules.mdsiWeeks()) {
            return List.of(Refusal.of("SCH-2", "schedule.mdsi.beyondWeeks", rules.mdsiWeeks()));
        }
        return List.of();
    }

    // SCH-5: the latest missed maintenance block, unless a frequency decision followed it.
    private static Optional<MissedSession> prescriberPrompt(TreatmentCourse course, List<MissedSession> missed) {
        return missed.stream()
                .filter(m -> m.phase() == Phase.MAINTENANCE)
                .reduce((earlier, later) -> later)
                .filter(m -> course.frequencyChanges().stream().noneMatch(c -> c.effectiveFrom().isAfter(m.to())));
    }

    private static Optional<ReviewTask> reviewTask(TreatmentCourse course, CourseCalendar calendar, ScheduleRules rules,
            LocalDate today) {
        if (!course.regimen().hasWeekFourReview() || course.review().isPresent()
                || today.isBefore(calendar.firstDayOf(rules.reviewAfterWeek()))) {
            return Optional.empty();
        }
        LocalDate due = calendar.lastDayOf(rules.reviewAfterWeek());
        return Optional.of(new ReviewTask(due, daysLate(due, today), course.reviewRule()));
    }

    static long daysLate(LocalDate due, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(due, today));
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate ab = a.isAfter(b) ? a : b;
        return ab.isAfter(c) ? ab : c;
    }
}
