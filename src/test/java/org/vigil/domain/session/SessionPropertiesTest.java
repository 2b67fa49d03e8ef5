package org.vigil.domain.session;

import org.vigil.domain.Route;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.session.ActionScript.Attempt;
import org.vigil.domain.session.ActionScript.Quiet;
import org.vigil.domain.session.ActionScript.Run;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.patient.ProtocolDefaults;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.vitals.AssessmentRules;
import org.vigil.domain.alarm.SessionAlarms;
import org.vigil.testing.ForAll;

/**
 * What the session rules promise for any sequence of button presses, not just the ones we
 * thought of (issue 4, "tests that must exist"). Each case is a random {@link ActionScript}:
 * the clock moves on, someone presses a button, and the event is stored only if
 * {@link SessionTransitions} agrees, as the session service does. A failure is shrunk to a short
 * script and reported with the seed that reproduces it.
 *
 * <p>The oracles below work from the stored events themselves (when the first device went in,
 * whether the patient was checked in for hepatic monitoring), not from the snapshot fields the
 * code under test computes, so a bug in those fields cannot hide itself.
 */
@DisplayName("Session rules hold for any script of actions")
class SessionPropertiesTest {

    private static ForAll<ActionScript> scripts(int tries) {
        return ForAll.cases(ActionScripts::random).tries(tries).shrinkWith(ActionScripts::shrink).describedBy(ActionScript::describe);
    }

    @Test
    @DisplayName("OBS-1 DIS-1: discharge and the ready-to-leave signature are never accepted before the observation time has passed")
    void noDischargeBeforeObservationEnds() {
        scripts(1_000).check("OBS-1 DIS-1 no discharge before observation ends", script -> {
            Run run = script.play();
            for (Attempt a : run.accepted()) {
                if (a.event() instanceof Discharged || a.event() instanceof ReadyToLeaveSigned) {
                    List<SessionEvent> before = a.before().events();
                    Instant start = doseStart(before).orElseThrow(() -> new AssertionError(name(a) + " accepted with no dose given"));
                    Instant earliest = start.plus(observation(before, script.protocol()));
                    assertThat(a.at()).as("%s: dose started %s, observation ends %s", name(a), start, earliest)
                            .isAfterOrEqualTo(earliest);
                }
            }
        });
    }

    @Test
    @DisplayName("ADM-2: a device without the prescriber's override is never given before the rest after the previous one has ended")
    void devicesRespectTheRest() {
        scripts(1_000).check("ADM-2 device rest", script -> {
            Run run = script.play();
            Instant previous = null;
            for (Attempt a : run.accepted()) {
                if (a.event() instanceof DeviceGiven d) {
                    if (previous != null && d.restOverrideReason().isEmpty()) {
                        assertThat(d.at()).as("device %d: previous at %s, rest %s", d.number(), previous, script.protocol().deviceRest())
                                .isAfterOrEqualTo(previous.plus(script.protocol().deviceRest()));
                    }
                    previous = d.at();
                }
            }
        });
    }

    /**
     * Every due item is a pure function of stored instants, so between two stored events the list
     * may only grow, and an item changes only in its lateness. The one item that time alone can
     * add is the BP-7 discharge reading: the latest reading stops counting 15 minutes after it was
     * taken. Once listed it stays, with the same due time, until a new reading is stored.
     */
    @Test
    @DisplayName("ALM-4: time passing alone never removes or moves a due item, and lateness grows by exactly the time passed")
    void timeAloneNeverLosesADueItem() {
        scripts(800).check("ALM-4 due items are stable in time", script -> {
            Run run = script.play();
            for (int q = 0; q < run.quiet().size(); q++) {
                Quiet quiet = run.quiet().get(q);
                List<Instant> instants = new ArrayList<>(quiet.instants());
                if (q == run.quiet().size() - 1) {
                    // Long after the script ends, as after a crash or a weekend (ALM-4).
                    instants.add(run.end().plus(Duration.ofHours(3)));
                    instants.add(run.end().plus(Duration.ofHours(30)));
                }
                for (int i = 0; i + 1 < instants.size(); i++) {
                    Instant t1 = instants.get(i);
                    Instant t2 = instants.get(i + 1);
                    stillDue(DueItems.due(quiet.session(), script.protocol(), t1), t1,
                            DueItems.due(quiet.session(), script.protocol(), t2), t2);
                }
            }
        });
    }

    @Test
    @DisplayName("BP-6: while the latest post-dose reading has risen from the baseline by the rise limits, a recheck is due and a medium BP-6 alarm is on; a reading back under clears both")
    void riseFromBaselineIsFlaggedUntilBackUnder() {
        AssessmentRules rules = AssessmentRules.from(ProtocolDefaults.settings());
        scripts(800).check("BP-6 a rise from baseline is flagged until back under", script -> {
            SessionProtocol p = script.protocol();
            for (Quiet quiet : script.play().quiet()) {
                SessionSnapshot session = quiet.session();
                List<SessionEvent> events = session.events();
                Optional<SessionEvent.VitalsRecorded> latest = latestPostDose(events);
                if (!session.state().isDosed() || latest.isEmpty()) {
                    continue;
                }
                SessionEvent.BaselineRecorded base = events.stream().filter(e -> e instanceof SessionEvent.BaselineRecorded)
                        .map(e -> (SessionEvent.BaselineRecorded) e).reduce((a, b) -> b).orElseThrow();
                SessionEvent.VitalsRecorded r = latest.get();
                boolean rise = r.sbp() - base.sbp() >= p.riseSbpAtLeast() || r.dbp() - base.dbp() >= p.riseDbpAtLeast();
                boolean aboveBp4 = r.sbp() > p.recheckSbpAbove() || r.dbp() > p.recheckDbpAbove();
                for (Instant t : quiet.instants()) {
                    List<DueItem> due = DueItems.due(session, p, t);
                    List<DueItem> rechecks = due.stream().filter(d -> d.kind() == DueItem.Kind.BP_RECHECK).toList();
                    List<Alarm> riseAlarms = SessionAlarms.active(session, p, rules, t).stream()
                            .filter(a -> a.cause().startsWith("BP-6 RISE_FROM_BASELINE ")).toList();
                    String what = "reading %d/%d after baseline %d/%d, at %s".formatted(r.sbp(), r.dbp(), base.sbp(), base.dbp(), t);
                    if (rise) {
                        assertThat(rechecks).as("one recheck prompt, " + what).singleElement().satisfies(d -> {
                            assertThat(d.ruleId()).isEqualTo(aboveBp4 ? "BP-4" : "BP-6");
                            assertThat(d.target()).isEqualTo(r.observedAt().plus(p.recheckInterval()));
                        });
                        assertThat(riseAlarms).as("BP-6 alarm, " + what).singleElement()
                                .satisfies(a -> assertThat(a.priority()).isEqualTo(AlarmPriority.MEDIUM));
                    } else {
                        assertThat(rechecks).as("no BP-6 recheck, " + what).noneMatch(d -> d.ruleId().equals("BP-6"));
                        assertThat(riseAlarms).as("no BP-6 alarm, " + what).isEmpty();
                    }
                }
            }
        });
    }

    /** The reading observed last since the dose started, from the stored events (a tie goes to the one stored later). */
    private static Optional<SessionEvent.VitalsRecorded> latestPostDose(List<SessionEvent> events) {
        Optional<Instant> start = doseStart(events);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        SessionEvent.VitalsRecorded latest = null;
        for (SessionEvent e : events) {
            if (e instanceof SessionEvent.VitalsRecorded v && !v.observedAt().isBefore(start.get())
                    && (latest == null || !v.observedAt().isBefore(latest.observedAt()))) {
                latest = v;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static void stillDue(List<DueItem> earlier, Instant t1, List<DueItem> later, Instant t2) {
        Duration passed = Duration.between(t1, t2);
        for (DueItem item : earlier) {
            Optional<DueItem> same = later.stream().filter(x -> sameTask(x, item)).findFirst();
            assertThat(same).as("%s due at %s was listed at %s and is gone at %s; listed then: %s", item.kind(), item.dueAt(), t1, t2, later)
                    .isPresent();
            Duration expected = item.isOverdue() ? item.lateness().plus(passed)
                    : t2.isAfter(item.overdueAt()) ? Duration.between(item.overdueAt(), t2) : Duration.ZERO;
            assertThat(same.get().lateness()).as("lateness of %s due at %s, from %s to %s", item.kind(), item.dueAt(), t1, t2)
                    .isEqualTo(expected);
        }
        for (DueItem item : later) {
            if (earlier.stream().noneMatch(x -> sameTask(x, item))) {
                assertThat(item.kind()).as("%s due at %s appeared between %s and %s with nothing stored", item.kind(), item.dueAt(), t1, t2)
                        .isEqualTo(DueItem.Kind.DISCHARGE_BP);
            }
        }
    }

    /** The same task: everything but the lateness, which is the only thing time may change. */
    private static boolean sameTask(DueItem a, DueItem b) {
        return a.kind() == b.kind() && a.dueAt().equals(b.dueAt()) && a.overdueAt().equals(b.overdueAt()) && a.priority() == b.priority()
                && a.ruleId().equals(b.ruleId());
    }

    /** Two sessions at two chairs, as the board replays them side by side. */
    record TwoChairs(ActionScript first, ActionScript second) {

        static TwoChairs random(SplittableRandom r) {
            return new TwoChairs(ActionScripts.random(r), ActionScripts.random(r));
        }

        List<TwoChairs> smaller() {
            List<TwoChairs> out = new ArrayList<>();
            ActionScripts.shrink(first).forEach(f -> out.add(new TwoChairs(f, second)));
            ActionScripts.shrink(second).forEach(s -> out.add(new TwoChairs(first, s)));
            return out;
        }

        String describe() {
            return "first chair, " + first.describe() + "second chair, " + second.describe();
        }
    }

    @Test
    @DisplayName("ALM-4: replaying the stored events rebuilds exactly the session, due list and discharge gate the nurse saw")
    void replayRebuildsWhatTheNurseSaw() {
        ForAll.cases(TwoChairs::random).tries(500).shrinkWith(TwoChairs::smaller).describedBy(TwoChairs::describe)
                .check("ALM-4 replay is deterministic", chairs -> {
                    Run first = chairs.first().play();
                    Run second = chairs.second().play();
                    List<SessionEvent> stored = first.events();
                    SessionSnapshot once = SessionReplay.replay(stored);
                    assertThat(once).as("replay of the stored events").isEqualTo(first.live().getLast());
                    assertThat(SessionReplay.replay(List.copyOf(stored))).as("replay of a copy").isEqualTo(once);
                    assertThat(SessionReplay.replay(new LinkedList<>(stored))).as("replay of another kind of list").isEqualTo(once);
                    // The service replays after each stored event; a restart replays each stored prefix at once, and
                    // the board does so for every chair in turn, so nothing may carry over from one session to the next.
                    int shared = Math.min(stored.size(), second.events().size());
                    for (int k = 0; k <= stored.size(); k++) {
                        SessionSnapshot restarted = SessionReplay.replay(new ArrayList<>(stored.subList(0, k)));
                        if (k <= shared) {
                            assertThat(SessionReplay.replay(new ArrayList<>(second.events().subList(0, k))))
                                    .as("second chair after %d events", k).isEqualTo(second.live().get(k));
                        }
                        SessionSnapshot live = first.live().get(k);
                        assertThat(restarted).as("after %d events", k).isEqualTo(live);
                        Instant last = k == 0 ? ActionScript.START : stored.get(k - 1).at();
                        for (Instant at : List.of(last, first.end(), first.end().plus(Duration.ofHours(2)))) {
                            assertThat(DueItems.due(restarted, chairs.first().protocol(), at)).as("due after %d events at %s", k, at)
                                    .isEqualTo(DueItems.due(live, chairs.first().protocol(), at));
                            assertThat(DischargeGate.evaluate(restarted, chairs.first().protocol(), at)).as("gate after %d events at %s", k, at)
                                    .isEqualTo(DischargeGate.evaluate(live, chairs.first().protocol(), at));
                        }
                    }
                });
    }

    @Test
    @DisplayName("OBS-1 OBS-4: a finished session takes no further clinical event, a dosed one is never abandoned, a referred one is never dosed or discharged")
    void finishedSessionsStayFinished() {
        scripts(1_000).check("OBS-1 OBS-4 finished stays finished", script -> {
            Run run = script.play();
            for (Attempt a : run.accepted()) {
                SessionState state = a.before().state();
                if (state == SessionState.DISCHARGED || state == SessionState.ABANDONED) {
                    // ALM-2: the service may still store that an alarm's cause went away.
                    assertThat(a.event()).as("accepted after %s", state).isInstanceOf(AlarmResolved.class);
                }
                if (a.event() instanceof Abandoned) {
                    assertThat(doseStarted(a.before().events())).as("abandoned after esketamine was given").isFalse();
                }
                if (state == SessionState.REFERRED) {
                    assertThat(a.event()).as("accepted after referral to emergency care").isNotInstanceOfAny(DoseAuthorised.class,
                            DeviceGiven.class, InfusionStarted.class, ReadyToLeaveSigned.class, Discharged.class, Abandoned.class);
                }
            }
        });
    }

    /**
     * These scripts once found that on an IV session, after the infusion ended and a problem was
     * recorded, the ADM-5 re-dose path accepted a nasal device with a prescriber's reason without
     * asking which route was authorised. Kept so it cannot come back.
     */
    @Test
    @DisplayName("PRE-2 ADM-3: a nasal device is only ever recorded against a nasal authorisation")
    void devicesOnlyOnANasalAuthorisation() {
        scripts(1_000).check("PRE-2 ADM-3 devices only for nasal", script -> {
            Run run = script.play();
            for (Attempt a : run.accepted()) {
                if (a.event() instanceof DeviceGiven d) {
                    assertThat(a.before().authorisation().map(DoseAuthorised::route)).as("route authorised when device %d was given", d.number())
                            .contains(Route.NASAL);
                }
            }
        });
    }

    /**
     * A property that never meets the case it is about proves nothing: the generator must
     * reach discharges (on both routes, with and without the hepatic extension), refused early
     * discharges, rest overrides, abandonment and referral, and overdue items.
     */
    @Test
    @DisplayName("The random scripts reach the situations the properties are about")
    void scriptsReachTheInterestingCases() {
        SplittableRandom random = new SplittableRandom(20260302L);
        // 1 500: with low baselines in the mix (BP-6) IV discharges came out at 8 to 15 per 1 000 over several seeds.
        int tries = 1_500;
        int discharged = 0;
        int dischargedIv = 0;
        int dischargedHepatic = 0;
        int earlyDischargeRefused = 0;
        int restRefused = 0;
        int restOverridden = 0;
        int abandoned = 0;
        int abandonAfterDoseRefused = 0;
        int referred = 0;
        int overdue = 0;
        int riseUnderBp4 = 0;
        for (int i = 0; i < tries; i++) {
            ActionScript script = ActionScripts.random(random.split());
            Run run = script.play();
            SessionSnapshot end = run.live().getLast();
            if (end.state() == SessionState.DISCHARGED) {
                discharged++;
                dischargedIv += end.route().orElseThrow() == Route.IV ? 1 : 0;
                dischargedHepatic += end.hepaticMonitoring() ? 1 : 0;
            }
            abandoned += end.state() == SessionState.ABANDONED ? 1 : 0;
            referred += end.state() == SessionState.REFERRED ? 1 : 0;
            for (Attempt a : run.attempts()) {
                String rule = a.refusal().map(r -> r.ruleId()).orElse("");
                earlyDischargeRefused += (a.event() instanceof Discharged || a.event() instanceof ReadyToLeaveSigned) && rule.equals("OBS-1") ? 1 : 0;
                restRefused += a.event() instanceof DeviceGiven && rule.equals("ADM-2") ? 1 : 0;
                restOverridden += a.accepted() && a.event() instanceof DeviceGiven d && !d.restOverrideReason().isEmpty() ? 1 : 0;
                abandonAfterDoseRefused += a.event() instanceof Abandoned && rule.equals("OBS-1") ? 1 : 0;
            }
            overdue += DueItems.due(end, script.protocol(), run.end()).stream().anyMatch(DueItem::isOverdue) ? 1 : 0;
            riseUnderBp4 += run.quiet().stream().anyMatch(q -> DueItems.due(q.session(), script.protocol(), q.instants().getFirst())
                    .stream().anyMatch(d -> d.ruleId().equals("BP-6"))) ? 1 : 0;
        }
        assertThat(riseUnderBp4).as("a BP-6 rise under 160/100 prompting its own recheck").isGreaterThan(tries / 10);
        assertThat(discharged).as("discharged").isGreaterThan(tries / 10);
        assertThat(dischargedIv).as("discharged after IV").isGreaterThan(10);
        assertThat(dischargedHepatic).as("discharged after hepatic observation").isGreaterThan(10);
        assertThat(earlyDischargeRefused).as("sign-off or discharge refused as too early (OBS-1)").isGreaterThan(tries / 10);
        assertThat(restRefused).as("device refused during rest (ADM-2)").isGreaterThan(tries / 20);
        assertThat(restOverridden).as("device given during rest on override").isGreaterThan(tries / 20);
        assertThat(abandoned).as("abandoned").isGreaterThan(10);
        assertThat(abandonAfterDoseRefused).as("abandon after dose refused").isGreaterThan(10);
        assertThat(referred).as("referred").isGreaterThan(10);
        assertThat(overdue).as("overdue items at the end").isGreaterThan(tries / 10);
    }

    private static String name(Attempt a) {
        return a.event().getClass().getSimpleName() + " at " + a.at();
    }

    /** OBS-1: from the first device, or for IV from the infusion start, as stored. */
    private static Optional<Instant> doseStart(List<SessionEvent> events) {
        Optional<Route> route = events.stream().filter(e -> e instanceof DoseAuthorised).map(e -> ((DoseAuthorised) e).route()).findFirst();
        Class<? extends SessionEvent> start = route.orElse(null) == Route.IV ? InfusionStarted.class : DeviceGiven.class;
        return route.isEmpty() ? Optional.empty() : events.stream().filter(start::isInstance).map(SessionEvent::at).findFirst();
    }

    private static boolean doseStarted(List<SessionEvent> events) {
        return events.stream().anyMatch(e -> e instanceof DeviceGiven || e instanceof InfusionStarted);
    }

    /** OBS-1: the minimum, extended for PAT-2 moderate hepatic impairment. */
    private static Duration observation(List<SessionEvent> events, SessionProtocol p) {
        boolean hepatic = events.stream().anyMatch(e -> e instanceof CheckedIn c && c.hepaticMonitoring());
        return hepatic ? p.observation().plus(p.hepaticExtra()) : p.observation();
    }
}
