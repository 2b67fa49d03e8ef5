package org.vigil.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.demo.DemoRecords.Started;
import org.vigil.domain.Actor;
import org.vigil.domain.Refusal;
import org.vigil.domain.Settings;
import org.vigil.domain.course.Finding;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.ChecklistCompleted;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.domain.session.SessionEvent.IvBasis;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionTransitions;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.vitals.AssessmentRules;
import org.vigil.domain.dose.DoseCheck;
import org.vigil.domain.dose.DoseRules;
import org.vigil.domain.dose.Prescriber;
import org.vigil.domain.vitals.ReadingWindow;
import org.vigil.domain.alarm.SessionAlarms;
import org.vigil.domain.vitals.VitalLimits;
import org.vigil.domain.vitals.VitalSigns;
import org.vigil.service.BackdatedEntries;
import org.vigil.service.BackdatedEntries.Entry;
import org.vigil.service.PatientView;
import org.vigil.service.Services;

/**
 * The demo clinic's morning in progress (issue 5): when the demo opens, today's chairs are at
 * different points of a session, so the chair board is alive from the first look.
 *
 * <p>Each chair's story is told in minutes around its dose start and placed so that "now" (the
 * clinic clock) falls where the story says. The events are the ones the session engine would
 * have stored had the staff pressed the buttons at those moments: every event is checked with
 * {@link SessionTransitions} (and the input checks the engine makes before it: PRE-1 answers,
 * BP-8 limits, ADM-4 dose) against the events before it, and alarms its action removed are
 * resolved as the engine resolves them (ALM-2). A story the rules refuse is a bug in the demo,
 * so it fails loudly rather than show a session that could not happen.
 */
final class DemoMorning {

    /** The demo's nasal lot, received into the register's stock when the demo is seeded. */
    static final String DEMO_LOT = "DEMO-2611A";
    static final String DEMO_IV_LOT = "DEMO-IV-0412";
    static final String DEMO_WASTE_METHOD = "Discarded into the controlled-drug waste container";

    private static final Logger log = LoggerFactory.getLogger(DemoMorning.class);

    private static final String WHO = "demo";
    private static final String WHY = "demo clinic";

    /*
     * Story values, not rules: when the patient last ate and drank before the checklist. They
     * are checked against the clinic's PRE-1 fasting settings like any answer.
     */
    private static final Duration LAST_MEAL_BEFORE = Duration.ofHours(4);
    private static final Duration LAST_DRINK_BEFORE = Duration.ofMinutes(90);
    /** A nurse takes a few seconds per checklist question. */
    private static final Duration PER_QUESTION = Duration.ofSeconds(20);

    /** A chair of today's list as booked through the services, with the course's nurse and prescriber. */
    record Chair(int number, long sessionId, Started started) {}

    /**
     * One chair's morning.
     *
     * @param doseStartedMinutesAgo how long before now minute 0 of the story is (the first
     *     device, or the infusion start); 0 for a session not yet dosed, whose minutes are
     *     counted back from now
     */
    private record Story(int chair, Route route, String summary, int doseStartedMinutesAgo, Consumer<Script> tell) {}

    private static final List<Story> STORIES = List.of(
            new Story(1, Route.NASAL, "checked in 10 min ago; checklist half answered", 0, s -> s
                    .checkIn(-10)
                    .answer(-8, ChecklistItem.IDENTITY_CONFIRMED, ChecklistItem.LAST_FOOD, ChecklistItem.LAST_LIQUID)
                    .answer(-6, ChecklistItem.NO_RECENT_NASAL_SPRAY, ChecklistItem.TRANSPORT_ARRANGED)),
            new Story(2, Route.NASAL, "checklist and baseline done; waiting for the prescriber's authorisation (PRE-2)", 0, s -> s
                    .checkIn(-26)
                    .answerAll(-22)
                    .completeChecklist(-18)
                    .baseline(-14, 132, 84, 76, 98)),
            new Story(3, Route.NASAL, "84 mg: devices 1 and 2 given, resting before device 3 (ADM-2)", 7, s -> s
                    .checkIn(-33)
                    .answerAll(-30)
                    .completeChecklist(-26)
                    .baseline(-22, 128, 80, 74, 98)
                    .authorise(-12, 84, 0)
                    .device(0)
                    .device(5)),
            new Story(4, Route.NASAL, "56 mg: sedation checked at 15 and 30 min, the 40-min BP not taken (BP-3 overdue)", 52, s -> s
                    .checkIn(-35)
                    .answerAll(-32)
                    .completeChecklist(-28)
                    .baseline(-24, 124, 78, 70, 99)
                    .authorise(-14, 56, 0)
                    .device(0)
                    .device(5)
                    .sedation(15, 4)
                    .sedation(30, 5)),
            // BP-4: 168/102 at the 40-min check starts rechecks every interval; still above at
            // 55 and 70 min, so the next recheck counts down on the board.
            new Story(5, Route.NASAL, "84 mg: BP raised at 40 min and rechecked (BP-4); dissociation resolved", 75, s -> s
                    .checkIn(-34)
                    .answerAll(-31)
                    .completeChecklist(-27)
                    .baseline(-23, 134, 86, 72, 98)
                    .authorise(-13, 84, 0)
                    .device(0)
                    .device(5)
                    .device(10)
                    .dissociation(12, true)
                    .sedation(15, 3)
                    .sedation(30, 4)
                    .vitals(40, 168, 102, 84, 97)
                    .vitals(55, 164, 98, 80, 97)
                    .sedation(60, 4)
                    .dissociation(62, false)
                    .vitals(70, 162, 96, 78, 98)),
            // This chair's patient is on a TRD IV course (PAT-5), so her dose is an infusion:
            // 18 mg is about 0.3 mg/kg for her weight (SCH-3), over 40 min at 75 mL/h.
            new Story(6, Route.IV, "observation over, every check done, driver here: ready for the sign-off (DIS-1)", 128, s -> s
                    .checkIn(-37)
                    .answerAll(-34)
                    .completeChecklist(-30)
                    .baseline(-26, 126, 80, 70, 99)
                    .authorise(-12, 18, 40)
                    .infusionStart(0, new BigDecimal("75"))
                    .sedation(15, 4)
                    .sedation(30, 4)
                    .infusionEnd(40, new BigDecimal("50"), BigDecimal.ZERO)
                    .vitals(40, 138, 86, 76, 98)
                    .sedation(60, 5)
                    .vitals(90, 130, 82, 72, 98)
                    .sedation(90, 5)
                    .sedation(120, 5)
                    .transport(122)
                    .vitals(125, 132, 84, 70, 98)));

    private final Services services;
    private final Clock clock;

    DemoMorning(Services services) {
        this.services = services;
        this.clock = services.clock();
    }

    /**
     * Tells each chair's story into its session, all in one transaction: events, summary state
     * and one audit event per session (SIG-4). Chairs without a story stay booked, so the board
     * offers "start session" for them.
     *
     * @param chairs today's chairs, booked through the services
     * @return the sessions started
     */
    int write(List<Chair> chairs) {
        Settings settings = services.settings().current();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<Script> told = new ArrayList<>();
        for (Chair chair : chairs) {
            Optional<Story> story = STORIES.stream().filter(s -> s.chair() == chair.number()).findFirst();
            if (story.isEmpty()) {
                continue;
            }
            Script script = script(chair, story.get(), settings, now);
            story.get().tell().accept(script);
            // The engine checks a patient in only on the session's own day: a demo opened just
            // after midnight leaves the chairs whose story began yesterday booked, not started.
            LocalDate checkedInOn = LocalDate.ofInstant(script.checkedInAt(), clock.getZone());
            if (!checkedInOn.equals(today)) {
                log.info("Demo chair {} left booked: its story would have begun on {}", chair.number(), checkedInOn);
                continue;
            }
            told.add(script);
        }
        services.backdated().write(batch -> told.forEach(script -> script.write(batch)));
        return told.size();
    }

    private Script script(Chair chair, Story story, Settings settings, Instant now) {
        Started started = chair.started();
        PatientView patient = services.patients().open(started.nurse(), started.patientId()).value();
        Regimen regimen = started.history().course().regimen();
        if (regimen.route() != story.route()) {
            // PRE-2: a dose is authorised for the course's own route.
            throw new IllegalStateException("demo chair " + chair.number() + ": the story is " + story.route() + " but the course is "
                    + regimen);
        }
        boolean firstTrd = regimen == Regimen.TRD_NASAL && services.courses().ofPatient(started.nurse(), started.patientId()).value()
                .stream().filter(course -> course.id() == started.courseId()).findFirst().orElseThrow().dosesGiven().isEmpty();
        Instant zero = now.minus(Duration.ofMinutes(story.doseStartedMinutesAgo()));
        return new Script(chair, story, patient, settings, now, zero, firstTrd);
    }

    /**
     * One chair's events as they are told, each checked before it is kept. Minutes are counted
     * from the story's minute 0.
     */
    private final class Script {

        private final Chair chair;
        private final Story story;
        private final PatientView patient;
        private final Settings settings;
        private final SessionProtocol protocol;
        private final AssessmentRules rules;
        private final Instant now;
        private final Instant zero;
        private final boolean firstTrd;
        private final Actor nurse;
        private final Actor prescriber;
        private final List<Entry> recorded = new ArrayList<>();

        Script(Chair chair, Story story, PatientView patient, Settings settings, Instant now, Instant zero, boolean firstTrd) {
            this.chair = chair;
            this.story = story;
            this.patient = patient;
            this.settings = settings;
            this.protocol = SessionProtocol.from(settings);
            this.rules = AssessmentRules.from(settings);
            this.now = now;
            this.zero = zero;
            this.firstTrd = firstTrd;
            this.nurse = chair.started().nurse();
            this.prescriber = chair.started().prescriber();
        }

        private Instant min(double minutes) {
            return zero.plus(Duration.ofSeconds(Math.round(minutes * 60)));
        }

        /** PAT-2: moderate hepatic impairment on the latest screening extends observation (OBS-1). */
        Script checkIn(double minute) {
            boolean hepatic = patient.latestScreening()
                    .map(s -> s.contraindications().contains(Contraindication.MODERATE_HEPATIC_IMPAIRMENT)).orElse(false);
            return then(new CheckedIn(min(minute), hepatic), nurse);
        }

        Script answer(double minute, ChecklistItem... items) {
            Instant at = min(minute);
            for (ChecklistItem item : items) {
                ChecklistAnswer answer = safeAnswer(item, at);
                // PRE-1: the answer is taken as the engine takes it, or the story is wrong.
                refuseIf(PreDoseChecklist.refuseAnswer(answer, protocol, at), answer);
                then(new ChecklistAnswered(answer, at), nurse);
                at = at.plus(PER_QUESTION);
            }
            return this;
        }

        Script answerAll(double minute) {
            return answer(minute, PreDoseChecklist.items(snapshot()).toArray(ChecklistItem[]::new));
        }

        Script completeChecklist(double minute) {
            return then(new ChecklistCompleted(min(minute)), nurse);
        }

        Script baseline(double minute, int sbp, int dbp, int heartRate, int spo2) {
            Instant at = min(minute);
            checkReading(at, sbp, dbp, heartRate, spo2, ReadingWindow.baseline(checkedInAt()));
            return then(new BaselineRecorded(at, sbp, dbp, heartRate, spo2), nurse);
        }

        /** PRE-2 and ADM-4 as the engine checks them; {@code infusionMinutes} only for IV. */
        Script authorise(double minute, int doseMg, int infusionMinutes) {
            Prescriber who = new Prescriber(prescriber.userId(), prescriber.prescribingRight(), false);
            DoseRules doseRules = DoseRules.from(settings);
            List<Finding> findings;
            int devices = 0;
            Optional<IvBasis> basis = Optional.empty();
            if (story.route() == Route.NASAL) {
                // PAT-3: the engine always applies the clinic's older-adult first dose where configured.
                DoseCheck.NasalDose dose = DoseCheck.nasal(doseMg, firstTrd, patient.age(), true, who, doseRules);
                findings = dose.findings();
                devices = dose.devices();
            } else {
                LocalDate day = LocalDate.ofInstant(min(minute), clock.getZone());
                DoseCheck.IvDose dose = DoseCheck.iv(BigDecimal.valueOf(doseMg), patient.weights().stream().findFirst(), day, who, doseRules);
                findings = dose.findings();
                basis = dose.mgPerKg().map(perKg -> new IvBasis(perKg, dose.weight().orElseThrow().kg(),
                        dose.weight().orElseThrow().measuredOn()));
            }
            Optional<Finding> stop = findings.stream().filter(Finding::blocks).findFirst();
            String warnings = warnings(findings);
            // ADM-4: as at the chair, a warning is signed only with the prescriber's acknowledgement.
            DoseAuthorised event = new DoseAuthorised(min(minute), BigDecimal.valueOf(doseMg), story.route(), devices,
                    story.route() == Route.IV ? infusionMinutes : 0, warnings,
                    warnings.isEmpty() ? "" : "Demo: warning discussed with the patient", basis);
            refuseIf(stop.map(Finding::refusal), event);
            return then(event, prescriber);
        }

        /** ADM-1/ADM-3 as at the chair: the demo stock's lot, dots checked. */
        Script device(double minute) {
            return then(new DeviceGiven(snapshot().devicesGiven() + 1, min(minute), "", DEMO_LOT, true), nurse);
        }

        Script infusionStart(double minute, BigDecimal rateMlPerHour) {
            return then(new InfusionStarted(min(minute), rateMlPerHour, DEMO_IV_LOT), nurse);
        }

        Script infusionEnd(double minute, BigDecimal volumeGivenMl, BigDecimal residualMl) {
            return then(new InfusionEnded(min(minute), volumeGivenMl, residualMl, prescriber.userId(), DEMO_WASTE_METHOD), nurse);
        }

        /** BP-8: after the dose began, a reading must be timed after it. */
        Script vitals(double minute, int sbp, int dbp, int heartRate, int spo2) {
            Instant at = min(minute);
            Instant started = checkedInAt();
            ReadingWindow window = snapshot().doseStart().map(d -> ReadingWindow.postDose(started, d))
                    .orElse(ReadingWindow.baseline(started));
            checkReading(at, sbp, dbp, heartRate, spo2, window);
            return then(new VitalsRecorded(at, sbp, dbp, heartRate, spo2), nurse);
        }

        Script sedation(double minute, int moaas) {
            SedationScored event = new SedationScored(min(minute), moaas);
            if (event.at().isBefore(checkedInAt())) {
                refuseIf(Optional.of(Refusal.of("BP-8", "vitals.observedAt.beforeSession")), event);
            }
            return then(event, nurse);
        }

        Script dissociation(double minute, boolean present) {
            return then(new DissociationNoted(present, min(minute)), nurse);
        }

        Script transport(double minute) {
            return then(new TransportArrived(min(minute)), nurse);
        }

        /**
         * Keeps the event if the engine would have stored it at its instant: in the past, after
         * what was recorded before it, and allowed by the state machine and the protocol. Then,
         * as the engine does, each alarm this action removed is resolved at the same moment by
         * the same user (ALM-2).
         */
        private Script then(SessionEvent event, Actor by) {
            if (event.at().isAfter(now)) {
                throw new IllegalStateException(where(event) + " is in the future (now is " + now + ")");
            }
            if (!recorded.isEmpty() && event.at().isBefore(recorded.getLast().event().at())) {
                throw new IllegalStateException(where(event) + " is told before the event it follows");
            }
            SessionSnapshot before = snapshot();
            refuseIf(SessionTransitions.check(before, event, protocol), event);
            recorded.add(new Entry(event, by.userId()));
            List<Alarm> still = SessionAlarms.active(snapshot(), protocol, rules, event.at());
            for (Alarm alarm : SessionAlarms.active(before, protocol, rules, event.at())) {
                if (still.stream().noneMatch(a -> a.cause().equals(alarm.cause()))) {
                    recorded.add(new Entry(new AlarmResolved(alarm.cause(), alarm.priority(),
                            alarm.raisedAt(), by.userId(), event.at()), by.userId()));
                }
            }
            return this;
        }

        private void checkReading(Instant at, int sbp, int dbp, int heartRate, int spo2, ReadingWindow window) {
            VitalSigns reading = new VitalSigns(sbp, dbp, heartRate, spo2, Optional.empty(), at, at);
            VitalLimits.from(settings).check(reading, window).stream().findFirst()
                    .ifPresent(problem -> refuseIf(Optional.of(problem.refusal()), reading));
        }

        private void refuseIf(Optional<Refusal> refusal, Object what) {
            if (refusal.isPresent()) {
                throw new IllegalStateException(where(what) + " is refused: " + refusal.get());
            }
        }

        private String where(Object what) {
            return "demo chair " + chair.number() + " (" + patient.patient().mrn() + "): " + what;
        }

        /** PRE-1/PRE-3 as a nurse answers them for a patient who is ready for the dose. */
        private ChecklistAnswer safeAnswer(ChecklistItem item, Instant at) {
            return switch (item) {
                case LAST_FOOD -> ChecklistAnswer.at(item, at.minus(LAST_MEAL_BEFORE), "");
                case LAST_LIQUID -> ChecklistAnswer.at(item, at.minus(LAST_DRINK_BEFORE), "");
                case TRANSPORT_ARRANGED -> ChecklistAnswer.yes(item, driver(patient.patient().emergencyContact()));
                case PRESCRIBER_PRESENT -> ChecklistAnswer.yes(item, prescriber.fullName());
                default -> ChecklistAnswer.yes(item, "");
            };
        }

        private static String driver(EmergencyContact contact) {
            return (contact.name() + " (" + contact.relationship() + ") " + contact.phone()).replace(" ()", "").strip();
        }

        // ADM-4: the warnings the prescriber saw are kept on the event, as the engine keeps them.
        private static String warnings(List<Finding> findings) {
            return findings.stream().filter(f -> f instanceof Finding.Warning)
                    .map(f -> f.refusal().ruleId() + " " + f.refusal().messageKey() + " " + f.refusal().args())
                    .collect(Collectors.joining("; "));
        }

        Instant checkedInAt() {
            return recorded.stream().map(Entry::event).filter(e -> e instanceof CheckedIn).map(SessionEvent::at).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo chair " + chair.number() + ": the story does not check in first"));
        }

        private SessionSnapshot snapshot() {
            return SessionReplay.replay(recorded.stream().map(Entry::event).toList());
        }

        /** The events, the summary state the engine would have left, and one audit event (SIG-4). */
        void write(BackdatedEntries.Batch batch) {
            batch.sessionUnderWay(chair.sessionId(), recorded, "chair=" + chair.number() + "; story=" + story.summary());
        }
    }
}
