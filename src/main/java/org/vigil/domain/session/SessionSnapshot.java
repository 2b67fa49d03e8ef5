package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * Everything the rules need to know about one session, as derived from its events by
 * {@link SessionReplay}. Immutable; a new event means a new replay.
 *
 * @param events the events in the order they were appended (kept for DIS-2, which replays them)
 * @param baseline BP-1 baseline as a reading
 * @param route empty until the dose is authorised
 * @param devicesAuthorised ADM-3: devices the authorised dose needs (0 for IV)
 * @param deviceTimes when each nasal device was given, in order
 * @param readings post-check-in vital signs, ordered by when they were observed
 * @param scores MOAA/S scores, ordered by when they were observed
 * @param dissociationPresent OBS-3: the last note said dissociation is present
 * @param openAdverseEvents OBS-4: IDs of adverse events not yet resolved
 * @param checklist PRE-1: the latest answer to each item
 * @param baselineOverride BP-2: the prescriber's reason, while it covers the current baseline
 * @param authorisation PRE-2: the authorised dose
 * @param infusion IV: the start with its rate
 * @param infusionStop IV: the end with volume given and residual
 * @param problems ADM-5: vomiting or incomplete administration, in order
 * @param adverseEvents OBS-4: every event opened, in order
 * @param adverseResolutions OBS-4: how each resolved event ended
 * @param acknowledgements ALM-2: every acknowledgement, in order
 * @param resolvedAlarms ALM-2: every alarm whose cause went away, in order
 * @param dischargeBpOverriddenAt DIS-1: when the prescriber last accepted a high BP for discharge
 */
public record SessionSnapshot(
        List<SessionEvent> events,
        SessionState state,
        boolean hepaticMonitoring,
        boolean checklistDone,
        Optional<VitalsRecorded> baseline,
        Optional<Route> route,
        BigDecimal doseMg,
        int devicesAuthorised,
        List<Instant> deviceTimes,
        Optional<Instant> infusionStart,
        Optional<Instant> infusionEnd,
        List<VitalsRecorded> readings,
        List<SedationScored> scores,
        boolean dissociationPresent,
        List<String> openAdverseEvents,
        Optional<Instant> transportArrivedAt,
        Optional<Instant> readyToLeaveSignedAt,
        Optional<Instant> dischargedAt,
        Map<ChecklistItem, ChecklistAnswered> checklist,
        Optional<String> baselineOverride,
        Optional<DoseAuthorised> authorisation,
        Optional<InfusionStarted> infusion,
        Optional<InfusionEnded> infusionStop,
        List<AdministrationProblem> problems,
        List<AdverseEventOpened> adverseEvents,
        List<AdverseEventResolved> adverseResolutions,
        List<AlarmAcknowledged> acknowledgements,
        List<AlarmResolved> resolvedAlarms,
        Optional<Instant> dischargeBpOverriddenAt) {

    public SessionSnapshot {
        events = List.copyOf(events);
        deviceTimes = List.copyOf(deviceTimes);
        readings = List.copyOf(readings);
        scores = List.copyOf(scores);
        openAdverseEvents = List.copyOf(openAdverseEvents);
        checklist = Map.copyOf(checklist);
        problems = List.copyOf(problems);
        adverseEvents = List.copyOf(adverseEvents);
        adverseResolutions = List.copyOf(adverseResolutions);
        acknowledgements = List.copyOf(acknowledgements);
        resolvedAlarms = List.copyOf(resolvedAlarms);
    }

    /**
     * SCH-4: a PPD single dose after delivery, as decided at check-in. Read from the events rather
     * than kept as a component so that sessions stored before it replay unchanged.
     */
    public boolean postpartum() {
        return events.stream().filter(e -> e instanceof SessionEvent.CheckedIn).map(e -> ((SessionEvent.CheckedIn) e).postpartum())
                .findFirst().orElse(false);
    }

    /**
     * DIS-3: the last record of the discharge advice handed over, if any. Read from the events, as
     * {@link #postpartum()} is, so sessions stored before it replay unchanged (as "not given").
     */
    public Optional<SessionEvent.DischargeAdviceGiven> dischargeAdvice() {
        SessionEvent.DischargeAdviceGiven last = null;
        for (SessionEvent e : events) {
            if (e instanceof SessionEvent.DischargeAdviceGiven given) {
                last = given;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * PAT-2/PAT-4: the prescriber's overrides that still cover the item's current answer. An
     * override is for the answer it was signed against: a later answer to the same item voids it,
     * as a new baseline voids a BP-2 override.
     */
    public Map<ChecklistItem, SessionEvent.ChecklistOverridden> checklistOverrides() {
        Map<ChecklistItem, SessionEvent.ChecklistOverridden> covering = new EnumMap<>(ChecklistItem.class);
        for (SessionEvent e : events) {
            if (e instanceof ChecklistAnswered answered) {
                covering.remove(answered.answer().item());
            } else if (e instanceof SessionEvent.ChecklistOverridden overridden) {
                covering.put(overridden.item(), overridden);
            }
        }
        return covering;
    }

    /** ADM-5: a re-dose needs a recorded problem (and a prescriber's reason, checked elsewhere). */
    public boolean redoseConsidered() {
        return !problems.isEmpty();
    }

    public int devicesGiven() {
        return deviceTimes.size();
    }

    public Optional<Instant> firstDevice() {
        return deviceTimes.isEmpty() ? Optional.empty() : Optional.of(deviceTimes.getFirst());
    }

    public Optional<Instant> lastDevice() {
        return deviceTimes.isEmpty() ? Optional.empty() : Optional.of(deviceTimes.getLast());
    }

    /** OBS-1: observation runs from the first device, or for IV from the infusion start. */
    public Optional<Instant> doseStart() {
        return route.flatMap(r -> r == Route.IV ? infusionStart : firstDevice());
    }

    /** Readings observed at or after the dose started: the ones that say how the patient responds. */
    public List<VitalsRecorded> postDoseReadings() {
        return doseStart().map(start -> readings.stream().filter(r -> !r.observedAt().isBefore(start)).toList())
                .orElse(List.of());
    }

    public Optional<VitalsRecorded> latestPostDoseReading() {
        List<VitalsRecorded> post = postDoseReadings();
        return post.isEmpty() ? Optional.empty() : Optional.of(post.getLast());
    }

    public Optional<VitalsRecorded> latestReading() {
        return readings.isEmpty() ? Optional.empty() : Optional.of(readings.getLast());
    }

    public Optional<SedationScored> latestScore() {
        return scores.isEmpty() ? Optional.empty() : Optional.of(scores.getLast());
    }
}
