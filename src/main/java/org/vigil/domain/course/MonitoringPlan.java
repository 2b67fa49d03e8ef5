package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SCH-7 monitoring tasks of a course with their due dates. While the course runs: the
 * substance-use question with every session, and drug screen, liver function tests, cognitive
 * assessment and urinary symptom questions at their intervals (first due when the course
 * starts, then that many days after the last one done). After the course stops: withdrawal
 * follow-up at the check interval until the follow-up period is over, the last check on its
 * last day. A single PPD dose has no long-term monitoring.
 */
public final class MonitoringPlan {

    private static final List<MonitoringKind> PERIODIC = List.of(MonitoringKind.DRUG_SCREEN,
            MonitoringKind.LIVER_FUNCTION_TESTS, MonitoringKind.COGNITIVE_ASSESSMENT, MonitoringKind.URINARY_SYMPTOMS);

    private MonitoringPlan() {}

    /**
     * @param status the course's schedule today ({@link Schedule#status})
     * @param firstSession the first session given, if any
     * @param lastDone the day each kind was last done for this patient
     * @return open tasks, soonest due first
     */
    public static List<MonitoringTask> tasks(TreatmentCourse course, ScheduleStatus status, Optional<LocalDate> firstSession,
            Map<MonitoringKind, LocalDate> lastDone, MonitoringRules rules, LocalDate today) {
        if (!course.regimen().longTermMonitoring()) {
            return List.of();
        }
        List<MonitoringTask> tasks = new ArrayList<>();
        if (course.end().isPresent()) {
            withdrawal(course.end().get().endedOn(), lastDone.get(MonitoringKind.WITHDRAWAL_FOLLOW_UP), rules, today)
                    .ifPresent(tasks::add);
            return tasks;
        }
        if (status.next() instanceof NextSession.Due due) {
            tasks.add(new MonitoringTask(MonitoringKind.SUBSTANCE_USE_QUESTION, due.date(), due.daysOverdue()));
        }
        LocalDate start = firstSession.orElse(course.plannedStart());
        for (MonitoringKind kind : PERIODIC) {
            LocalDate done = lastDone.get(kind);
            LocalDate dueOn = done == null ? start : done.plusDays(rules.intervalDays(kind));
            tasks.add(new MonitoringTask(kind, dueOn, Schedule.daysLate(dueOn, today)));
        }
        tasks.sort(Comparator.comparing(MonitoringTask::dueOn).thenComparing(MonitoringTask::kind));
        return List.copyOf(tasks);
    }

    // SCH-7: withdrawal follow-up for the follow-up period after the course stops.
    private static Optional<MonitoringTask> withdrawal(LocalDate endedOn, LocalDate lastDone, MonitoringRules rules, LocalDate today) {
        LocalDate periodEnds = endedOn.plusDays(rules.withdrawalFollowUpDays());
        LocalDate from = lastDone != null && !lastDone.isBefore(endedOn) ? lastDone : endedOn;
        if (!from.isBefore(periodEnds)) {
            return Optional.empty();
        }
        LocalDate next = from.plusDays(rules.withdrawalCheckEveryDays());
        LocalDate dueOn = next.isAfter(periodEnds) ? periodEnds : next;
        return Optional.of(new MonitoringTask(MonitoringKind.WITHDRAWAL_FOLLOW_UP, dueOn, Schedule.daysLate(dueOn, today)));
    }
}
