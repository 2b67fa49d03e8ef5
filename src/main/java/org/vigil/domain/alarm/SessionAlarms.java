package org.vigil.domain.alarm;

import org.vigil.domain.vitals.VitalConcern;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.vitals.AssessmentRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.DueItems;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;

/**
 * A session's alarms (ALM-1 … ALM-4), derived and never stored as "on": an overdue item of
 * {@link DueItems#due} is an alarm from its overdue moment, and the latest readings or scores
 * raise the BP-5 and OBS-2 alarms to the prescriber, and the medium BP-6 rise alarm to the nurse,
 * from the first reading of the episode. Only acknowledgements and resolutions are stored, as
 * session events. Because raising is a function
 * of stored instants and the clock, a restart raises exactly the same alarms, already late.
 */
public final class SessionAlarms {

    private SessionAlarms() {}

    /** Alarms whose cause holds at {@code now}, each with its latest acknowledgement. */
    public static List<Alarm> active(SessionSnapshot s, SessionProtocol p, AssessmentRules rules, Instant now) {
        if (s.state() == SessionState.DISCHARGED || s.state() == SessionState.ABANDONED) {
            return List.of();
        }
        List<AlarmCause> causes = new ArrayList<>();
        List<AlarmPriority> priorities = new ArrayList<>();
        for (DueItem item : DueItems.due(s, p, now)) {
            if (item.isOverdue()) {
                causes.add(new AlarmCause(item.ruleId(), item.kind().name(), item.overdueAt()));
                priorities.add(item.priority());
            }
        }
        for (AlarmCause cause : vitalCauses(s, rules)) {
            causes.add(cause);
            priorities.add(AlarmPriority.HIGH);
        }
        // BP-6 is medium: the nurse rechecks (the BP-4/BP-6 recheck item); it is not a call to the prescriber.
        riseFromBaseline(s, p).ifPresent(cause -> {
            causes.add(cause);
            priorities.add(AlarmPriority.MEDIUM);
        });
        List<Alarm> alarms = new ArrayList<>();
        for (int i = 0; i < causes.size(); i++) {
            Alarm raised = Alarm.raised(causes.get(i).key(), priorities.get(i), causes.get(i).raisedAt());
            alarms.add(acknowledged(raised, s));
        }
        return List.copyOf(alarms);
    }

    /** Every alarm of the session: those active now and those whose cause has been resolved. */
    public static List<Alarm> all(SessionSnapshot s, SessionProtocol p, AssessmentRules rules, Instant now) {
        List<Alarm> alarms = new ArrayList<>();
        for (AlarmResolved r : s.resolvedAlarms()) {
            Alarm raised = Alarm.raised(r.cause(), r.priority(), r.raisedAt());
            alarms.add(acknowledged(raised, s).resolved(r.userId(), r.at()));
        }
        alarms.addAll(active(s, p, rules, now));
        alarms.sort(Comparator.comparing(Alarm::raisedAt));
        return List.copyOf(alarms);
    }

    private static Alarm acknowledged(Alarm alarm, SessionSnapshot s) {
        Optional<AlarmAcknowledged> latest = s.acknowledgements().stream().filter(a -> a.cause().equals(alarm.cause()))
                .reduce((first, second) -> second);
        return latest.map(a -> alarm.acknowledged(a.userId(), a.at())).orElse(alarm);
    }

    /** BP-5 and OBS-2 episodes still going on in the latest readings and scores. */
    private static List<AlarmCause> vitalCauses(SessionSnapshot s, AssessmentRules r) {
        List<AlarmCause> causes = new ArrayList<>();
        List<VitalsRecorded> readings = s.readings();
        Predicate<VitalsRecorded> sustainedHigh = v -> v.sbp() >= r.sustainedSystolicAtLeast() || v.dbp() >= r.sustainedDiastolicAtLeast();
        episode(readings, sustainedHigh, r.sustainedApart())
                .ifPresent(at -> causes.add(new AlarmCause("BP-5", VitalConcern.BLOOD_PRESSURE_SUSTAINED_HIGH.name(), at)));
        Predicate<VitalsRecorded> veryHigh = v -> v.sbp() >= r.singleSystolicAtLeast() || v.dbp() >= r.singleDiastolicAtLeast();
        episode(readings, veryHigh, Duration.ZERO)
                .ifPresent(at -> causes.add(new AlarmCause("BP-5", VitalConcern.BLOOD_PRESSURE_VERY_HIGH.name(), at)));
        episode(readings, v -> v.spo2() < r.spo2Below(), Duration.ZERO)
                .ifPresent(at -> causes.add(new AlarmCause("BP-5", VitalConcern.LOW_SPO2.name(), at)));
        episode(readings, v -> v.heartRate() > r.heartRateAbove(), r.heartRateSustainedFor())
                .ifPresent(at -> causes.add(new AlarmCause("BP-5", VitalConcern.HEART_RATE_SUSTAINED_HIGH.name(), at)));
        List<SedationScored> scores = s.scores();
        int firstDeep = scores.size();
        while (firstDeep > 0 && scores.get(firstDeep - 1).moaas() <= r.sedationAlarmAtOrBelow()) {
            firstDeep--;
        }
        if (firstDeep < scores.size()) {
            causes.add(new AlarmCause("OBS-2", VitalConcern.DEEP_SEDATION.name(), scores.get(firstDeep).observedAt()));
        }
        return causes;
    }

    /**
     * BP-6: while the latest post-dose reading has risen from the session's baseline by the rise
     * limits, raised at the first reading of that run; a reading back under the limits ends it.
     */
    private static Optional<AlarmCause> riseFromBaseline(SessionSnapshot s, SessionProtocol p) {
        return episode(s.postDoseReadings(), r -> p.risesFromBaseline(s, r), Duration.ZERO)
                .map(at -> new AlarmCause(VitalConcern.RISE_FROM_BASELINE.ruleId(), VitalConcern.RISE_FROM_BASELINE.name(), at));
    }

    /**
     * When the episode the latest readings belong to started alarming: the latest readings meet
     * the condition without a break, and the alarm is raised at the first of them observed at
     * least {@code span} after the run began (BP-5 "two readings 5 min apart"; zero for a single
     * reading). Empty when the latest reading does not meet it or the run is not long enough.
     */
    static Optional<Instant> episode(List<VitalsRecorded> readings, Predicate<VitalsRecorded> condition, Duration span) {
        int first = readings.size();
        while (first > 0 && condition.test(readings.get(first - 1))) {
            first--;
        }
        if (first == readings.size()) {
            return Optional.empty();
        }
        Instant runStart = readings.get(first).observedAt();
        for (int i = first; i < readings.size(); i++) {
            Instant at = readings.get(i).observedAt();
            if (!at.isBefore(runStart.plus(span)) && (span.isZero() || i > first)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
