package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionState;
import org.vigil.testing.ForAll;

/**
 * Issue 10 through the service, for any script rather than the ones we thought of: a patient is
 * walked towards and through a dose while the clock moves, readings come in (some a rise from
 * baseline), the patient is re-screened (sometimes with an absolute contraindication, sometimes
 * clear again), and earlier request ids are sent again with the same or other content. After
 * every step: PAT-1 let no check-in, authorisation or device through while the latest screening
 * had an absolute contraindication; a request id sent again with the same content stored nothing
 * new and answered as before; with other content it was refused, and a refusal changed nothing.
 *
 * <p>One clinic serves every case (a new patient and chair booking each); each case ends by
 * referring the patient on, which frees the chair for the next.
 */
@DisplayName("Session rules hold through the service for any script (issue 10)")
class SessionServicePropertiesTest {

    @TempDir
    static Path dir;
    private static SessionFloor floor;
    private static int patients;
    private static Instant morning;

    @BeforeAll
    static void open() {
        floor = SessionFloor.open(dir);
        morning = floor.now();
    }

    @AfterAll
    static void close() {
        floor.close();
    }

    /** One thing that happens at the chair. */
    sealed interface Step {
        /** The next step on the way through the dose: check-in, checklist and baseline, authorisation, a device, a reading. */
        record Advance(int minutesLater) implements Step {}

        record Reading(int sbp, int dbp, int minutesLater) implements Step {}

        record Rescreen(boolean absolute) implements Step {}

        /** An earlier reading's request id sent again: the same content, other values, or as another action. */
        record Resend(int which, Variant variant) implements Step {}
    }

    enum Variant {
        SAME,
        OTHER_VALUES,
        OTHER_ACTION
    }

    private static List<Step> script(SplittableRandom r) {
        List<Step> steps = new ArrayList<>();
        int length = 6 + r.nextInt(14);
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(10);
            steps.add(switch (kind) {
                case 0, 1, 2, 3 -> new Step.Advance(r.nextInt(7));
                // Around a 110/70 baseline: normal, a BP-6 rise under 160/100, and above the BP-4 thresholds.
                case 4, 5 -> new Step.Reading(100 + r.nextInt(60), 60 + r.nextInt(39), r.nextInt(10));
                case 6 -> new Step.Reading(150 + r.nextInt(10), 95 + r.nextInt(5), r.nextInt(10));
                case 7 -> new Step.Rescreen(r.nextInt(3) > 0);
                default -> new Step.Resend(r.nextInt(100), Variant.values()[r.nextInt(Variant.values().length)]);
            });
        }
        return steps;
    }

    private static List<List<Step>> shrink(List<Step> steps) {
        List<List<Step>> smaller = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            List<Step> without = new ArrayList<>(steps);
            without.remove(i);
            smaller.add(without);
        }
        return smaller;
    }

    private static String describe(List<Step> steps) {
        return steps.stream().map(Step::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** A reading's request as sent, so it can be sent again. */
    private record Sent(String requestId, int sbp, int dbp) {}

    @Test
    @DisplayName("PAT-1, request ids and refusals: what is stored follows the rules for any script of actions")
    void anyScript() {
        ForAll.cases(SessionServicePropertiesTest::script).tries(25).shrinkWith(SessionServicePropertiesTest::shrink)
                .describedBy(SessionServicePropertiesTest::describe)
                .check("PAT-1 request ids: nothing dosed while suspended, nothing dropped silently", SessionServicePropertiesTest::play);
    }

    private static void play(List<Step> steps) {
        SessionEngine engine = floor.engine();
        // Every case is a morning of the same clinic day, so that each can book today.
        floor.clinic.clock.set(morning);
        int n = ++patients;
        PatientForm form = PatientForm.david().mrn("PROP-" + n).idNumber("PROP-ID-" + n).name("Script", "Case " + n)
                .weight(new Weight(new BigDecimal("70"), SessionFloor.TODAY));
        long session = floor.booked(form, Route.NASAL, 1);
        long patient = engine.view(floor.nurse, session).value().patient().id();
        boolean suspended = false;
        List<Sent> sent = new ArrayList<>();
        try {
            for (Step step : steps) {
                List<SessionEvent> before = events(session);
                Outcome<?> outcome = switch (step) {
                    case Step.Advance a -> {
                        floor.minutes(a.minutesLater());
                        yield advance(session, before);
                    }
                    case Step.Reading reading -> {
                        floor.minutes(reading.minutesLater());
                        String id = floor.request();
                        Outcome<SessionView> recorded = engine.recordVitals(floor.nurse, session, reading.sbp(), reading.dbp(), 80, 97, null, id);
                        if (recorded.isDone()) {
                            sent.add(new Sent(id, reading.sbp(), reading.dbp()));
                        }
                        yield recorded;
                    }
                    case Step.Rescreen rescreen -> {
                        Set<Contraindication> findings = rescreen.absolute() ? Set.of(Contraindication.RECENT_CARDIOVASCULAR_EVENT) : Set.of();
                        Outcome<Screenings.Recorded> recorded = floor.clinic.services().screenings().record(floor.nurse, patient,
                                new Screening(SessionFloor.TODAY, findings, PregnancyStatus.NOT_PREGNANT, false, Map.of(), Optional.empty(),
                                        Optional.empty()));
                        assertThat(recorded.isDone()).as("the screening is recorded").isTrue();
                        suspended = rescreen.absolute();
                        yield recorded;
                    }
                    case Step.Resend resend -> {
                        if (sent.isEmpty()) {
                            yield null;
                        }
                        Sent first = sent.get(resend.which() % sent.size());
                        Outcome<SessionView> again = switch (resend.variant()) {
                            case SAME -> engine.recordVitals(floor.nurse, session, first.sbp(), first.dbp(), 80, 97, null, first.requestId());
                            case OTHER_VALUES -> engine.recordVitals(floor.nurse, session, first.sbp() + 1, first.dbp(), 80, 97, null,
                                    first.requestId());
                            case OTHER_ACTION -> engine.scoreSedation(floor.nurse, session, 5, null, first.requestId());
                        };
                        if (resend.variant() == Variant.SAME) {
                            assertThat(again.isDone()).as("%s: a retry of the same content is answered as before", step).isTrue();
                        } else {
                            Refusal refusal = again.refusalOrNull();
                            assertThat(refusal).as("%s: never answered 'done' with nothing stored", step).isNotNull();
                            assertThat(refusal.messageKey()).isEqualTo("session.refused.requestReused");
                        }
                        assertThat(events(session)).as("%s: a request id sent again stores nothing", step).isEqualTo(before);
                        yield again;
                    }
                };
                List<SessionEvent> after = events(session);
                if (outcome != null && !outcome.isDone()) {
                    assertThat(after).as("%s was refused (%s) and must change nothing", step, outcome.refusalOrNull()).isEqualTo(before);
                }
                riseIsShown(session, step);
                if (suspended && !(step instanceof Step.Rescreen)) {
                    assertThat(after.subList(before.size(), after.size()))
                            .as("PAT-1 %s while the latest screening records an absolute contraindication", step)
                            .noneMatch(e -> e instanceof CheckedIn || e instanceof DoseAuthorised || e instanceof DeviceGiven);
                }
            }
        } finally {
            freeTheChair(session);
        }
    }

    /**
     * BP-6, judged from the stored events rather than the snapshot's own fields: while the latest
     * reading since the first device has risen from the 110/70 baseline by the default 40/25 mmHg,
     * a recheck is due and a medium BP-6 alarm is active; once a reading is back under, it is not.
     */
    private static void riseIsShown(long session, Step step) {
        SessionView view = floor.engine().view(floor.nurse, session).value();
        List<SessionEvent> events = view.snapshot().events();
        Optional<Instant> firstDevice = events.stream().filter(e -> e instanceof DeviceGiven).map(SessionEvent::at).findFirst();
        if (firstDevice.isEmpty() || view.snapshot().state().isFinished()) {
            return;
        }
        Optional<SessionEvent.VitalsRecorded> latest = events.stream().filter(e -> e instanceof SessionEvent.VitalsRecorded)
                .map(e -> (SessionEvent.VitalsRecorded) e).filter(r -> !r.observedAt().isBefore(firstDevice.get()))
                // Two readings observed at the same moment: the one recorded later stands.
                .reduce((a, b) -> b.observedAt().isBefore(a.observedAt()) ? a : b);
        boolean rise = latest.map(r -> r.sbp() - 110 >= 40 || r.dbp() - 70 >= 25).orElse(false);
        boolean alarm = view.alarms().stream().anyMatch(a -> a.resolution().isEmpty() && a.cause().startsWith("BP-6 RISE_FROM_BASELINE"));
        assertThat(alarm).as("BP-6 after %s: latest post-dose reading %s, alarm active", step, latest).isEqualTo(rise);
        if (rise) {
            assertThat(view.due()).as("BP-6 after %s: a recheck is due for %s", step, latest)
                    .anyMatch(d -> d.kind() == DueItem.Kind.BP_RECHECK);
        }
    }

    /** The next action a nurse or prescriber would take, whatever the screening says: PAT-1 must stop it, not the script. */
    private static Outcome<SessionView> advance(long session, List<SessionEvent> before) {
        SessionEngine engine = floor.engine();
        SessionState state = engine.view(floor.nurse, session).value().snapshot().state();
        return switch (state) {
            case BOOKED -> engine.startSession(floor.nurse, session, floor.request());
            case CHECKED_IN -> {
                Checklists.answerAllSafely(engine, floor.nurse, session, floor.now().minusSeconds(3 * 3600), floor.request());
                engine.completeChecklist(floor.nurse, session, floor.request());
                yield engine.recordBaseline(floor.nurse, session, 110, 70, 76, 98, null, floor.request());
            }
            case PRE_DOSE_CHECKS_DONE -> engine.authoriseDose(floor.prescriber, session, 56, org.vigil.domain.Route.NASAL, 0,
                    SessionFloor.PRESCRIBER_PASSWORD, floor.request());
            case DOSE_AUTHORISED, ADMINISTERING -> {
                floor.minutes(5);
                yield engine.giveDevice(floor.nurse, session, "LOT-P1", true, "", floor.request());
            }
            default -> engine.recordVitals(floor.nurse, session, 118, 74, 76, 98, null, floor.request());
        };
    }

    private static List<SessionEvent> events(long session) {
        return floor.engine().view(floor.nurse, session).value().snapshot().events();
    }

    /** Each case leaves the chair free for the next: a booking is cancelled, anything else referred on. */
    private static void freeTheChair(long session) {
        SessionState state = floor.engine().view(floor.nurse, session).value().snapshot().state();
        if (state == SessionState.BOOKED) {
            floor.clinic.services().clinicDay().cancel(floor.nurse, session, "property case over").value();
        } else if (!state.isFinished()) {
            floor.engine().referToEmergency(floor.nurse, session, "property case over", floor.request()).value();
        }
    }
}
