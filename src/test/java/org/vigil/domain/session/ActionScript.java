package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;

/**
 * A session as a nurse at the chair might drive it, good or bad: the clock moves on, and now and
 * then someone presses a button. Each press makes its event at the simulated moment and the
 * event is stored only if {@link SessionTransitions} agrees, exactly as the session service
 * does. Scripts are random ({@link ActionScripts}); what the rules promise must hold for any.
 *
 * @param steps in order
 * @param protocol the protocol the session runs under
 */
record ActionScript(List<Step> steps, SessionProtocol protocol) {

    /** Check-in happens here; every instant is shown relative to it. */
    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    ActionScript {
        steps = List.copyOf(steps);
    }

    /** One thing that happens: the clock moves on, or someone attempts an action. */
    sealed interface Step {}

    /** The clock moves on by this many seconds; nobody touches the session meanwhile. */
    record Wait(int seconds) implements Step {}

    /** A button pressed now; what it would store depends on the session as it stands. */
    sealed interface Act extends Step {
        SessionEvent event(SessionSnapshot s, Instant now);
    }

    record CheckIn(boolean hepatic) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.CheckedIn(now, hepatic);
        }
    }

    record Answer(ChecklistItem item, boolean safe) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            ChecklistAnswer answer;
            if (safe) {
                answer = SessionScript.safeAnswer(item, now);
            } else if (item.answer() == ChecklistItem.Answer.TIME) {
                answer = ChecklistAnswer.at(item, now.minus(Duration.ofMinutes(10)), "could not wait");
            } else {
                answer = ChecklistAnswer.no(item, "named", "prescriber accepts");
            }
            return new SessionEvent.ChecklistAnswered(answer, now);
        }
    }

    record CompleteChecklist() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.ChecklistCompleted(now);
        }
    }

    record Baseline(int sbp, int dbp) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.BaselineRecorded(now, sbp, dbp, 74, 98);
        }
    }

    record OverrideBaseline() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.BaselineOverridden("prescriber accepts the raised baseline", now);
        }
    }

    /** Nasal 28/56/84 mg with the matching devices, or IV over 40 minutes. */
    record Authorise(Route route, int devices) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return route == Route.NASAL ? new SessionEvent.DoseAuthorised(now, 28 * devices, Route.NASAL, devices)
                    : new SessionEvent.DoseAuthorised(now, new java.math.BigDecimal("24.8"), 40);
        }
    }

    /** The next device; {@code withReason} is the prescriber's ADM-2/ADM-5 override. */
    record GiveDevice(boolean withReason) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.DeviceGiven(s.devicesGiven() + 1, now, withReason ? "prescriber: give now" : "", "LOT-T1", true);
        }
    }

    record StartInfusion() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.InfusionStarted(now, new BigDecimal("60"), "LOT-IV1");
        }
    }

    record EndInfusion() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.InfusionEnded(now, new BigDecimal("40"), BigDecimal.ZERO, 9, "Discarded");
        }
    }

    /** BP-9: a reading may be entered a little after it was taken. */
    record Vitals(int sbp, int dbp, int heartRate, int spo2, int lateSeconds) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.VitalsRecorded(now.minusSeconds(lateSeconds), sbp, dbp, heartRate, spo2);
        }
    }

    record Sedation(int moaas, int lateSeconds) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.SedationScored(now.minusSeconds(lateSeconds), moaas);
        }
    }

    record Dissociation(boolean present) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.DissociationNoted(present, now);
        }
    }

    record OpenAdverseEvent(AdverseEventKind kind) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.AdverseEventOpened("AE-" + (s.adverseEvents().size() + 1), kind,
                    SessionEvent.AdverseEventOpened.Severity.MILD, "seen at the chair", "observed", now);
        }
    }

    /** Resolves one of the open events, picked by {@code pick}; an unknown ID when none is open. */
    record ResolveAdverseEvent(int pick) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            List<String> open = s.openAdverseEvents();
            String id = open.isEmpty() ? "AE-0" : open.get(pick % open.size());
            return new SessionEvent.AdverseEventResolved(id, "settled", now);
        }
    }

    record Problem(AdministrationProblem.Problem problem) implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new AdministrationProblem(problem, "at the chair", now);
        }
    }

    record AcknowledgeAlarm() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.AlarmAcknowledged("BP_HIGH", 1, now);
        }
    }

    /** The service stores these itself when an action removes an alarm's cause. */
    record ResolveAlarm() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.AlarmResolved("BP_HIGH", AlarmPriority.MEDIUM, now, 1, now);
        }
    }

    record TransportArrives() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.TransportArrived(now);
        }
    }

    record SignReadyToLeave() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.ReadyToLeaveSigned(now);
        }
    }

    record Discharge() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.Discharged(now);
        }
    }

    record Abandon() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.Abandoned("patient left", now);
        }
    }

    record Refer() implements Act {
        public SessionEvent event(SessionSnapshot s, Instant now) {
            return new SessionEvent.ReferredToEmergency("handed to the ambulance crew", now);
        }
    }

    /**
     * What happened at one attempt.
     *
     * @param before the session as it stood when the button was pressed
     * @param refusal empty when the event was stored
     */
    record Attempt(Act act, Instant at, SessionSnapshot before, SessionEvent event, Optional<Refusal> refusal) {
        boolean accepted() {
            return refusal.isEmpty();
        }
    }

    /**
     * A stretch of time in which nothing was stored: the session stays {@code session} and the
     * clock only moves through {@code instants} (ascending, the first when the stretch began).
     */
    record Quiet(SessionSnapshot session, List<Instant> instants) {}

    /**
     * The script played out.
     *
     * @param events what the store holds at the end
     * @param attempts every button press, stored or refused
     * @param live the session as the service saw it after each stored event; index 0 is before any
     * @param quiet the stretches between stored events
     * @param end the clock when the script ends
     */
    record Run(List<SessionEvent> events, List<Attempt> attempts, List<SessionSnapshot> live, List<Quiet> quiet, Instant end) {
        List<Attempt> accepted() {
            return attempts.stream().filter(Attempt::accepted).toList();
        }
    }

    Run play() {
        Instant now = START;
        List<SessionEvent> events = new ArrayList<>();
        List<Attempt> attempts = new ArrayList<>();
        List<SessionSnapshot> live = new ArrayList<>();
        List<Quiet> quiet = new ArrayList<>();
        SessionSnapshot session = SessionReplay.replay(events);
        live.add(session);
        List<Instant> stretch = new ArrayList<>(List.of(now));
        for (Step step : steps) {
            switch (step) {
                case Wait w -> {
                    now = now.plusSeconds(w.seconds());
                    stretch.add(now);
                }
                case Act act -> {
                    SessionEvent event = act.event(session, now);
                    Optional<Refusal> refusal = SessionTransitions.check(session, event, protocol);
                    attempts.add(new Attempt(act, now, session, event, refusal));
                    if (refusal.isEmpty()) {
                        quiet.add(new Quiet(session, stretch));
                        events.add(event);
                        session = SessionReplay.replay(events);
                        live.add(session);
                        stretch = new ArrayList<>(List.of(now));
                    }
                }
            }
        }
        quiet.add(new Quiet(session, stretch));
        return new Run(List.copyOf(events), attempts, live, quiet, now);
    }

    /** The script as a nurse's log: each press with its minute and what the engine said. */
    String describe() {
        StringBuilder text = new StringBuilder("protocol: BP-3 anchor " + protocol.bpCheckAnchor() + "\n");
        Instant now = START;
        Run run = play();
        int attempt = 0;
        for (Step step : steps) {
            switch (step) {
                case Wait w -> {
                    now = now.plusSeconds(w.seconds());
                    text.append("  wait ").append(clock(Duration.ofSeconds(w.seconds()))).append(" -> ")
                            .append(clock(Duration.between(START, now))).append('\n');
                }
                case Act act -> {
                    Attempt a = run.attempts().get(attempt++);
                    text.append("  ").append(clock(Duration.between(START, a.at()))).append(' ').append(act).append(": ");
                    if (a.accepted()) {
                        text.append("stored");
                        if (!a.event().at().equals(a.at())) {
                            text.append(", observed at ").append(clock(Duration.between(START, a.event().at())));
                        }
                    } else {
                        text.append("refused ").append(a.refusal().get().ruleId()).append(' ').append(a.refusal().get().messageKey());
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    static String clock(Duration d) {
        return "%dm%02ds".formatted(d.toMinutes(), d.toSecondsPart());
    }
}
