package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.session.DueItem.Kind;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * The one function for session timers ("time is data"): every prompt is computed from the
 * stored instants, the protocol and the moment of asking. Nothing counts down in memory, so a
 * restart gives the same list, with whatever fell due meanwhile marked late (ALM-4). A normal
 * session yields only these expected prompts (ALM-5); alarms on abnormal values are not here.
 */
public final class DueItems {

    private DueItems() {}

    public static List<DueItem> due(SessionSnapshot session, SessionProtocol protocol, Instant now) {
        Optional<Instant> start = session.doseStart();
        // Routine timers run only while the patient is dosed and here; after referral the
        // emergency pathway takes over, after discharge there is nothing left to prompt.
        if (!session.state().isDosed() || start.isEmpty()) {
            return List.of();
        }
        List<DueItem> items = new ArrayList<>();
        nextDevice(session, protocol, now).ifPresent(items::add);
        bpCheck(session, protocol, now).ifPresent(items::add);
        bpRecheck(session, protocol, now).ifPresent(items::add);
        items.addAll(sedationChecks(session, protocol, start.get(), now));
        Instant observationEnds = protocol.observationEndsAt(session).orElseThrow();
        if (session.state() != SessionState.READY_FOR_DISCHARGE) {
            // OBS-1: the end of observation prompts the discharge review; the sign-off is that review.
            items.add(DueItem.at(Kind.END_OF_OBSERVATION, observationEnds, observationEnds.plus(protocol.endReviewOverdue()),
                    AlarmPriority.LOW, "OBS-1", now));
        }
        dischargeBp(session, protocol, observationEnds, now).ifPresent(items::add);
        items.sort(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::kind));
        return List.copyOf(items);
    }

    /** ADM-2: the next device unlocks when the rest after the previous one ends. */
    private static Optional<DueItem> nextDevice(SessionSnapshot s, SessionProtocol p, Instant now) {
        if (s.route().orElse(null) != Route.NASAL || s.devicesGiven() == 0 || s.devicesGiven() >= s.devicesAuthorised()) {
            return Optional.empty();
        }
        Instant unlocks = p.restEndsAt(s).orElseThrow();
        return Optional.of(DueItem.at(Kind.NEXT_DEVICE, unlocks, unlocks.plus(p.nextDeviceOverdue()), AlarmPriority.LOW, "ADM-2", now));
    }

    /** BP-3: due from (anchor + check − window) to (anchor + check + window); any reading from then on is the check. */
    private static Optional<DueItem> bpCheck(SessionSnapshot s, SessionProtocol p, Instant now) {
        Instant target = bpCheckAnchor(s, p).plus(p.bpCheckAfter());
        Instant opens = target.minus(p.bpCheckWindow());
        boolean done = s.readings().stream().anyMatch(r -> !r.observedAt().isBefore(opens));
        return done ? Optional.empty()
                : Optional.of(DueItem.at(Kind.BP_CHECK, target, opens, target.plus(p.bpCheckWindow()), AlarmPriority.MEDIUM, "BP-3", now));
    }

    /**
     * BP-3: the reading that stands as the check (the "BP at 40 minutes" of the monitoring form,
     * PAT-6): the first observed once the check's window opened; empty before the dose or while due.
     */
    public static Optional<SessionEvent.VitalsRecorded> bpCheckReading(SessionSnapshot s, SessionProtocol p) {
        if (s.doseStart().isEmpty()) {
            return Optional.empty();
        }
        Instant opens = bpCheckAnchor(s, p).plus(p.bpCheckAfter()).minus(p.bpCheckWindow());
        return s.readings().stream().filter(r -> !r.observedAt().isBefore(opens)).findFirst();
    }

    /** BP-3: the device (or infusion start) the check is counted from; the printed report names the same check. */
    static Instant bpCheckAnchor(SessionSnapshot s, SessionProtocol p) {
        if (s.route().orElseThrow() == Route.IV) {
            return s.doseStart().orElseThrow(); // an infusion has no "last device": count from its start
        }
        return switch (p.bpCheckAnchor()) {
            case FIRST_DEVICE -> s.firstDevice().orElseThrow();
            case LAST_DEVICE -> s.lastDevice().orElseThrow();
        };
    }

    /**
     * BP-4: while the latest post-dose reading is above threshold, the next is due one interval
     * after it. BP-6: the same while it has risen from the baseline by the rise limits, even under
     * the thresholds. One recheck prompt when both hold, under BP-4; the BP-6 alarm still names the rise.
     */
    private static Optional<DueItem> bpRecheck(SessionSnapshot s, SessionProtocol p, Instant now) {
        Optional<VitalsRecorded> latest = s.latestPostDoseReading();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        String rule = p.isElevated(latest.get().sbp(), latest.get().dbp()) ? "BP-4"
                : p.risesFromBaseline(s, latest.get()) ? "BP-6" : null;
        if (rule == null) {
            return Optional.empty();
        }
        Instant dueAt = latest.get().observedAt().plus(p.recheckInterval());
        return Optional.of(DueItem.at(Kind.BP_RECHECK, dueAt, dueAt.plus(p.bpCheckWindow()), AlarmPriority.MEDIUM, rule, now));
    }

    /**
     * OBS-2: one check per configured minute. A score counts for a check from one window before
     * it until the next check's window opens, so an on-time score satisfies its own check and a
     * late one still closes the check it was late for rather than leaving it late forever.
     */
    private static List<DueItem> sedationChecks(SessionSnapshot s, SessionProtocol p, Instant start, Instant now) {
        List<DueItem> items = new ArrayList<>();
        List<Duration> checks = p.sedationChecks();
        for (int i = 0; i < checks.size(); i++) {
            Instant dueAt = start.plus(checks.get(i));
            Instant from = dueAt.minus(p.sedationCheckWindow());
            Instant until = i + 1 < checks.size() ? start.plus(checks.get(i + 1)).minus(p.sedationCheckWindow()) : Instant.MAX;
            boolean done = s.scores().stream().map(SedationScored::observedAt)
                    .anyMatch(t -> !t.isBefore(from) && t.isBefore(until));
            if (!done) {
                items.add(DueItem.at(Kind.SEDATION_CHECK, dueAt, dueAt.plus(p.sedationCheckWindow()), AlarmPriority.MEDIUM, "OBS-2", now));
            }
        }
        return items;
    }

    /**
     * BP-7: discharge needs a reading from the last few minutes. Listed while the latest reading
     * will not (or no longer does) cover the moment of discharge: due when observation ends, or
     * when the latest reading stops counting, whichever is later.
     */
    private static Optional<DueItem> dischargeBp(SessionSnapshot s, SessionProtocol p, Instant observationEnds, Instant now) {
        Instant needed = observationEnds.isAfter(now) ? observationEnds : now;
        Optional<Instant> coveredUntil = s.latestReading().map(r -> r.observedAt().plus(p.dischargeReadingWithin()));
        if (coveredUntil.isPresent() && !coveredUntil.get().isBefore(needed)) {
            return Optional.empty();
        }
        Instant dueAt = coveredUntil.filter(c -> c.isAfter(observationEnds)).orElse(observationEnds);
        return Optional.of(DueItem.at(Kind.DISCHARGE_BP, dueAt, dueAt.plus(p.endReviewOverdue()), AlarmPriority.LOW, "BP-7", now));
    }
}
