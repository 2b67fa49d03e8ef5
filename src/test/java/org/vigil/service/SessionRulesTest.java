package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.refusedWith;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.session.SessionEvent.AdministrationProblem.Problem;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmCause;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.store.RawDatabase;
import org.vigil.testing.Stockroom;

/** Issue 4, rule by rule through the service: each test names the rule it holds the engine to. */
@DisplayName("Session rules through the service")
class SessionRulesTest {

    private static final org.vigil.domain.Route NASAL = org.vigil.domain.Route.NASAL;
    private static final org.vigil.domain.Route IV = org.vigil.domain.Route.IV;
    /** The questions of a session that is not a PPD dose after delivery (SCH-4). */
    private static final List<ChecklistItem> ROUTINE = PreDoseChecklist.items(false);

    @TempDir
    Path dir;
    private SessionFloor floor;

    @BeforeEach
    void open() {
        floor = SessionFloor.open(dir);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private SessionEngine engine() {
        return floor.engine();
    }

    private String req() {
        return floor.request();
    }

    private long checkedIn() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        engine().startSession(floor.nurse, session, req()).value();
        return session;
    }

    private void answerAllSafelyExcept(long session, ChecklistItem except) {
        for (ChecklistItem item : ROUTINE) {
            if (item != except) {
                engine().answerChecklist(floor.nurse, session, Checklists.safe(item, floor.now()), req()).value();
            }
        }
    }

    @Test
    @DisplayName("PRE-1 each checklist answer is stored as its own event with who recorded it and when")
    void answersStoredItemByItem() throws Exception {
        long session = checkedIn();
        floor.minutes(2);
        Instant answeredAt = floor.now();
        Checklists.answerAllSafely(engine(), floor.nurse, session, answeredAt, req());
        SessionView view = engine().view(floor.nurse, session).value();
        assertThat(view.snapshot().checklist()).hasSize(ROUTINE.size())
                .allSatisfy((item, answered) -> assertThat(answered.at()).isEqualTo(answeredAt));
        assertThat(view.snapshot().checklist().get(ChecklistItem.TRANSPORT_ARRANGED).answer().detail()).contains("138");
        floor.close();
        try (RawDatabase raw = RawDatabase.open(dir)) {
            assertThat(raw.column("SELECT recorded_by FROM session_event WHERE session_id = ? AND kind = 'ChecklistAnswered'", session))
                    .hasSize(ROUTINE.size()).containsOnly(String.valueOf(floor.nurse.userId()));
        }
        floor = SessionFloor.open(dir.resolve("again"));
    }

    @Test
    @DisplayName("PRE-1 no transport home is a hard stop: the checklist cannot complete and the session is abandoned to be rebooked")
    void noTransportStops() {
        long session = checkedIn();
        answerAllSafelyExcept(session, ChecklistItem.TRANSPORT_ARRANGED);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.TRANSPORT_ARRANGED, "", ""), req()).value();
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PRE-1", "checklist.stop.TRANSPORT_ARRANGED");
        engine().recordBaseline(floor.nurse, session, 124, 80, 70, 98, floor.now(), req()).value();
        refusedWith(engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, req()),
                "PRE-1", "session.refused.checklistFirst");
        SessionView abandoned = engine().abandon(floor.nurse, session, "No driver today; rebooked for tomorrow", req()).value();
        assertThat(abandoned.snapshot().state()).isEqualTo(SessionState.ABANDONED);
    }

    @Test
    @DisplayName("PRE-1 a transport answer must name the driver and phone")
    void transportNeedsDriver() {
        long session = checkedIn();
        refusedWith(engine().answerChecklist(floor.nurse, session, ChecklistAnswer.yes(ChecklistItem.TRANSPORT_ARRANGED, " "), req()),
                "PRE-1", "checklist.refused.detail.TRANSPORT_ARRANGED");
    }

    @Test
    @DisplayName("PRE-1 food within 2 h is a warning that needs a reason; with one the answer and its reason are kept")
    void fastingWarningNeedsReason() {
        long session = checkedIn();
        Instant lunch = floor.now().minus(Duration.ofMinutes(60));
        refusedWith(engine().answerChecklist(floor.nurse, session, ChecklistAnswer.at(ChecklistItem.LAST_FOOD, lunch, ""), req()),
                "PRE-1", "checklist.warning.LAST_FOOD");
        refusedWith(engine().answerChecklist(floor.nurse, session, ChecklistAnswer.at(ChecklistItem.LAST_LIQUID, floor.now().plusSeconds(600),
                ""), req()), "PRE-1", "checklist.refused.timeFuture");
        SessionView view = engine().answerChecklist(floor.nurse, session,
                ChecklistAnswer.at(ChecklistItem.LAST_FOOD, lunch, "Small biscuit only; prescriber agrees"), req()).value();
        assertThat(view.snapshot().checklist().get(ChecklistItem.LAST_FOOD).answer().reason()).startsWith("Small biscuit");
    }

    @Test
    @DisplayName("PRE-1 sedating co-medication is re-asked: naming it and giving a reason lets the session go on")
    void sedatingCoMedication() {
        long session = checkedIn();
        refusedWith(engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NO_SEDATING_COMEDICATION, "", ""), req()),
                "PRE-1", "checklist.refused.detail.NO_SEDATING_COMEDICATION");
        refusedWith(engine().answerChecklist(floor.nurse, session,
                ChecklistAnswer.no(ChecklistItem.NO_SEDATING_COMEDICATION, "Lorazepam 0.5 mg last night", ""), req()),
                "PRE-1", "checklist.warning.NO_SEDATING_COMEDICATION");
        answerAllSafelyExcept(session, ChecklistItem.NO_SEDATING_COMEDICATION);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NO_SEDATING_COMEDICATION,
                "Lorazepam 0.5 mg last night", "Single low dose 12 h ago; observe sedation closely"), req()).value();
        assertThat(engine().completeChecklist(floor.nurse, session, req()).isDone()).isTrue();
    }

    @Test
    @DisplayName("PAT-4 pregnancy re-asked at the chair: a positive answer holds the session until a prescriber overrides it (PAT-2)")
    void pregnancyNeedsOverride() {
        long session = checkedIn();
        answerAllSafelyExcept(session, ChecklistItem.NOT_PREGNANT);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NOT_PREGNANT, "", ""), req()).value();
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PAT-4", "checklist.needsOverride.NOT_PREGNANT");
    }

    @Test
    @DisplayName("PAT-1 a new contraindication stops the session until the patient is screened again")
    void newContraindicationStops() {
        long session = checkedIn();
        answerAllSafelyExcept(session, ChecklistItem.NO_NEW_CONTRAINDICATION);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NO_NEW_CONTRAINDICATION,
                "Aneurysm found on scan last week", ""), req()).value();
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PAT-1", "checklist.stop.NO_NEW_CONTRAINDICATION");
    }

    @Test
    @DisplayName("PRE-3 the pulse oximeter and the prescriber must be recorded as present")
    void oximeterAndPrescriberPresent() {
        long session = checkedIn();
        refusedWith(engine().answerChecklist(floor.nurse, session, ChecklistAnswer.yes(ChecklistItem.PRESCRIBER_PRESENT, ""), req()),
                "PRE-3", "checklist.refused.detail.PRESCRIBER_PRESENT");
        answerAllSafelyExcept(session, ChecklistItem.PULSE_OXIMETER_PRESENT);
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PRE-1", "checklist.refused.unanswered");
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.PULSE_OXIMETER_PRESENT, "", ""), req()).value();
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PRE-3", "checklist.stop.PULSE_OXIMETER_PRESENT");
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.yes(ChecklistItem.PULSE_OXIMETER_PRESENT, ""), req()).value();
        assertThat(engine().completeChecklist(floor.nurse, session, req()).isDone()).as("a later answer replaces the earlier one").isTrue();
    }

    @Test
    @DisplayName("BP-2 a raised baseline waits for a prescriber's signed override before the dose can be authorised")
    void raisedBaselineOverride() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 150, 95);
        refusedWith(engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, req()),
                "BP-2", "vitals.baseline.high");
        refusedWith(engine().overrideBaseline(floor.nurse, session, "Usual for her", SessionFloor.NURSE_PASSWORD, req()), "ROLE-2",
                "refused.role");
        refusedWith(engine().overrideBaseline(floor.prescriber, session, "Usual for her", "wrong", req()), "SIG-2", "signature.passwordWrong");
        refusedWith(engine().overrideBaseline(floor.prescriber, session, " ", SessionFloor.PRESCRIBER_PASSWORD, req()), "BP-2",
                "reason.required");
        engine().overrideBaseline(floor.prescriber, session, "White-coat rise; 138/86 at home this week", SessionFloor.PRESCRIBER_PASSWORD,
                req()).value();
        SessionView authorised = engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, req())
                .value();
        assertThat(authorised.snapshot().state()).isEqualTo(SessionState.DOSE_AUTHORISED);
        assertThat(authorised.snapshot().baselineOverride()).contains("White-coat rise; 138/86 at home this week");
    }

    @Test
    @DisplayName("BP-2 a baseline within the thresholds needs no override")
    void normalBaselineNeedsNoOverride() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        refusedWith(engine().overrideBaseline(floor.prescriber, session, "Just in case", SessionFloor.PRESCRIBER_PASSWORD, req()), "BP-2",
                "session.refused.baselineNoOverrideNeeded");
    }

    @Test
    @DisplayName("PRE-2 the dose is authorised for the course's route only")
    void routeOfTheCourse() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        refusedWith(engine().authoriseDose(floor.prescriber, session, 34, IV, 40, SessionFloor.PRESCRIBER_PASSWORD, req()), "PRE-2",
                "session.refused.routeNotCourse");
    }

    @Test
    @DisplayName("ADM-4 IV: above 0.5 mg/kg is a warning acknowledged with a reason and audited; the infusion duration is checked; "
            + "rate, volume and residual are kept")
    void ivSession() {
        long session = floor.booked(PatientForm.grace(), Route.IV);
        floor.ready(session, 128, 82);
        refusedWith(engine().authoriseDose(floor.prescriber, session, 34, IV, 5, SessionFloor.PRESCRIBER_PASSWORD, req()), "ADM-4",
                "session.refused.infusionMinutes");
        refusedWith(engine().authoriseDose(floor.prescriber, session, 40, IV, 40, SessionFloor.PRESCRIBER_PASSWORD, req()), "ADM-4",
                "session.refused.warningNotAcknowledged");
        SessionView authorised = engine().authoriseDose(floor.prescriber, session, new BigDecimal("40"), IV, 40,
                "Tolerated 0.58 mg/kg twice without a rise", SessionFloor.PRESCRIBER_PASSWORD, req()).value();
        assertThat(authorised.snapshot().authorisation().orElseThrow().warnings()).contains("ADM-4");
        assertThat(authorised.snapshot().authorisation().orElseThrow().warningAcknowledgement()).isEqualTo("Tolerated 0.58 mg/kg twice without a rise");
        assertThat(floor.clinic.auditTrail()).filteredOn(e -> "SESSION_DOSE_AUTHORISED".equals(e.action()))
                .singleElement().satisfies(e -> assertThat(e.newValue()).contains("ADM-4").contains("infusionMinutes=40")
                        .contains("acknowledged=Tolerated 0.58 mg/kg"));

        refusedWith(engine().startInfusion(floor.nurse, session, BigDecimal.ZERO, Stockroom.IV_LOT, req()), "ADM-1",
                "session.refused.infusionRate");
        refusedWith(engine().startInfusion(floor.nurse, session, new BigDecimal("60"), "", req()), "ADM-3", "session.refused.lotRequired");
        refusedWith(engine().startInfusion(floor.nurse, session, new BigDecimal("60"), "LOT-A1", req()), "CD-4",
                "register.lot.notInStock");
        SessionView running = engine().startInfusion(floor.nurse, session, new BigDecimal("60"), Stockroom.IV_LOT, req()).value();
        assertThat(running.snapshot().state()).isEqualTo(SessionState.ADMINISTERING);
        floor.minutes(40);
        refusedWith(engine().endInfusion(floor.nurse, session, new BigDecimal("-1"), BigDecimal.ZERO, floor.prescriber,
                SessionFloor.PRESCRIBER_PASSWORD, "Discarded", req()), "ADM-1", "session.refused.infusionVolume");
        SessionView ended = engine().endInfusion(floor.nurse, session, new BigDecimal("39.5"), new BigDecimal("0.5"), floor.prescriber,
                SessionFloor.PRESCRIBER_PASSWORD, "Discarded", req()).value();
        assertThat(ended.snapshot().state()).isEqualTo(SessionState.OBSERVING);
        assertThat(ended.snapshot().infusion().orElseThrow().rateMlPerHour()).isEqualByComparingTo("60");
        assertThat(ended.snapshot().infusionStop().orElseThrow().residualMl()).isEqualByComparingTo("0.5");
    }

    private long observingAfterTwoDevices() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, req()).value();
        engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", req()).value();
        floor.minutes(5);
        engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", req()).value();
        return session;
    }

    @Test
    @DisplayName("ADM-5 vomiting is recorded with its time; a re-dose needs the prescriber's reason")
    void vomitingAndRedose() {
        long session = observingAfterTwoDevices();
        refusedWith(engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", req()), "ADM-5", "session.refused.allDevicesGiven");
        floor.minutes(3);
        SessionView vomited = engine().recordAdministrationProblem(floor.nurse, session, Problem.VOMITED, "Within 2 min of device 2", req())
                .value();
        assertThat(vomited.snapshot().problems()).singleElement().satisfies(p -> assertThat(p.at()).isEqualTo(floor.now()));
        refusedWith(engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", req()), "ADM-5", "session.refused.redoseNeedsOverride");
        refusedWith(engine().giveDevice(floor.nurse, session, "LOT-A1", true, "Lost most of device 2", req()), "ROLE-2", "refused.role");
        SessionView redosed = engine().giveDevice(floor.prescriber, session, "LOT-A1", true, "Lost most of device 2", req()).value();
        assertThat(redosed.snapshot().devicesGiven()).isEqualTo(3);
        assertThat(redosed.snapshot().state()).isEqualTo(SessionState.OBSERVING);
    }

    @Test
    @DisplayName("OBS-4 adverse events keep onset, severity, action and resolution; a serious one refers the patient")
    void adverseEvents() {
        long session = observingAfterTwoDevices();
        floor.minutes(10);
        Instant onset = floor.now().minus(Duration.ofMinutes(2));
        refusedWith(engine().openAdverseEvent(floor.nurse, session, AdverseEventKind.OTHER, Severity.MILD, "", "", null, req()), "OBS-4",
                "session.refused.adverseEventKind");
        SessionView nausea = engine().openAdverseEvent(floor.nurse, session, AdverseEventKind.NAUSEA, Severity.MODERATE, "",
                "Ondansetron 4 mg given", onset, req()).value();
        assertThat(nausea.snapshot().adverseEvents()).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(onset);
            assertThat(e.severity()).isEqualTo(Severity.MODERATE);
            assertThat(e.action()).isEqualTo("Ondansetron 4 mg given");
        });
        floor.minutes(20);
        SessionView resolved = engine().resolveAdverseEvent(floor.nurse, session, "AE-1", "Settled after ondansetron", req()).value();
        assertThat(resolved.snapshot().openAdverseEvents()).isEmpty();
        assertThat(resolved.snapshot().adverseResolutions()).singleElement()
                .satisfies(r -> assertThat(r.resolution()).isEqualTo("Settled after ondansetron"));

        SessionView chestPain = engine().openAdverseEvent(floor.nurse, session, AdverseEventKind.CHEST_PAIN, Severity.SEVERE, "",
                "Ambulance called", null, req()).value();
        assertThat(chestPain.snapshot().state()).isEqualTo(SessionState.REFERRED);
    }

    @Test
    @DisplayName("ALM-1 ALM-2 an overdue BP check is a medium alarm; acknowledging pauses it; the reading resolves it, by whom and when")
    void overdueCheckAlarm() {
        long session = observingAfterTwoDevices(); // first device at T, second at T+5
        floor.minutes(41); // T+46: the 40-min check was overdue from T+45
        SessionView late = engine().view(floor.nurse, session).value();
        Alarm alarm = late.activeAlarms().stream().filter(a -> a.cause().startsWith("BP-3")).findFirst().orElseThrow();
        assertThat(alarm.priority()).isEqualTo(AlarmPriority.MEDIUM);
        assertThat(AlarmCause.parse(alarm.cause()).forPrescriber()).isFalse();
        Instant firstDevice = late.snapshot().firstDevice().orElseThrow();
        assertThat(alarm.raisedAt()).isEqualTo(firstDevice.plus(Duration.ofMinutes(45)));

        SessionView acknowledged = engine().acknowledgeAlarm(floor.nurse, session, alarm.cause(), req()).value();
        Alarm ack = acknowledged.activeAlarms().stream().filter(a -> a.cause().equals(alarm.cause())).findFirst().orElseThrow();
        assertThat(ack.acknowledgement()).hasValueSatisfying(by -> assertThat(by.userId()).isEqualTo(floor.nurse.userId()));
        AlarmRules rules = new AlarmRules(Duration.ofMinutes(2), Duration.ofMinutes(5));
        assertThat(AlarmState.at(ack, floor.now().plusSeconds(30), rules).soundPaused()).isTrue();
        assertThat(AlarmState.at(ack, floor.now().plusSeconds(30), rules).shown()).as("the visual stays until resolved").isTrue();

        floor.minutes(1);
        SessionView measured = engine().recordVitals(floor.nurse, session, 138, 84, 80, 98, null, req()).value();
        assertThat(measured.activeAlarms()).noneMatch(a -> a.cause().equals(alarm.cause()));
        assertThat(measured.alarms()).filteredOn(a -> a.cause().equals(alarm.cause())).singleElement().satisfies(a -> {
            assertThat(a.resolution()).hasValueSatisfying(by -> {
                assertThat(by.userId()).isEqualTo(floor.nurse.userId());
                assertThat(by.at()).isEqualTo(floor.now());
            });
            assertThat(a.acknowledgement()).isPresent();
        });
        refusedWith(engine().acknowledgeAlarm(floor.nurse, session, alarm.cause(), req()), "ALM-2", "alarm.refused.notActive");
    }

    @Test
    @DisplayName("ALM-3 an unacknowledged medium alarm is high after the setting")
    void escalation() {
        long session = observingAfterTwoDevices();
        floor.minutes(41);
        Alarm alarm = engine().view(floor.nurse, session).value().activeAlarms().stream().filter(a -> a.cause().startsWith("BP-3"))
                .findFirst().orElseThrow();
        AlarmRules rules = AlarmRules.from(floor.clinic.services().settings().current());
        assertThat(AlarmState.at(alarm, alarm.raisedAt().plus(rules.mediumEscalatesAfter()).minusSeconds(1), rules).priority())
                .isEqualTo(AlarmPriority.MEDIUM);
        assertThat(AlarmState.at(alarm, alarm.raisedAt().plus(rules.mediumEscalatesAfter()), rules).priority())
                .isEqualTo(AlarmPriority.HIGH);
    }

    @Test
    @DisplayName("BP-5 OBS-2 a very high BP and deep sedation raise high alarms to the prescriber, resolved by the next normal values")
    void highAlarmsToPrescriber() {
        long session = observingAfterTwoDevices();
        floor.minutes(15);
        SessionView high = engine().recordVitals(floor.nurse, session, 204, 112, 96, 97, null, req()).value();
        Alarm bp = high.activeAlarms().stream().filter(a -> a.cause().contains("BLOOD_PRESSURE_VERY_HIGH")).findFirst().orElseThrow();
        assertThat(bp.priority()).isEqualTo(AlarmPriority.HIGH);
        assertThat(AlarmCause.parse(bp.cause()).forPrescriber()).isTrue();
        SessionView deep = engine().scoreSedation(floor.nurse, session, 2, null, req()).value();
        assertThat(deep.activeAlarms()).anyMatch(a -> a.cause().contains("DEEP_SEDATION") && a.priority() == AlarmPriority.HIGH);
        floor.minutes(5);
        SessionView better = engine().recordVitals(floor.nurse, session, 150, 92, 84, 98, null, req()).value();
        assertThat(better.activeAlarms()).noneMatch(a -> a.cause().contains("BLOOD_PRESSURE_VERY_HIGH"));
        SessionView awake = engine().scoreSedation(floor.nurse, session, 4, null, req()).value();
        assertThat(awake.activeAlarms()).noneMatch(a -> a.cause().contains("DEEP_SEDATION"));
        assertThat(awake.alarms()).filteredOn(a -> a.resolution().isPresent()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("ALM-4 after a crash, items that fell due while Vigil was not running are noted in the audit trail with their lateness when the folder is opened again")
    void dueWhileClosed() {
        long session = observingAfterTwoDevices();
        // Crash: nothing writes the watch mark after the opening did.
        floor.minutes(50);
        floor.clinic.reopen();
        List<AuditEvent> notes = floor.clinic.auditTrail().stream().filter(e -> "SESSION_DUE_WHILE_CLOSED".equals(e.action())).toList();
        assertThat(notes).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(String.valueOf(session));
            assertThat(e.newValue()).contains("BP-3 BP check due at").contains("min late");
            assertThat(e.reason()).contains("not running");
        });
        floor.clinic.reopen();
        assertThat(floor.clinic.auditTrail()).as("noted once: the mark moved on").filteredOn(e -> "SESSION_DUE_WHILE_CLOSED".equals(e.action()))
                .hasSize(1);
    }

    @Test
    @DisplayName("ADM-1 ADM-3 each device is recorded with its lot, and only once its dots were checked")
    void deviceLotAndDots() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, req()).value();
        refusedWith(engine().giveDevice(floor.nurse, session, " ", true, "", req()), "ADM-3", "session.refused.lotRequired");
        refusedWith(engine().giveDevice(floor.nurse, session, "LOT-24A17", false, "", req()), "ADM-1", "session.refused.dotsNotChecked");
        SessionView given = engine().giveDevice(floor.nurse, session, "LOT-24A17", true, "", req()).value();
        assertThat(given.snapshot().events()).filteredOn(e -> e instanceof org.vigil.domain.session.SessionEvent.DeviceGiven)
                .singleElement().satisfies(e -> {
                    var device = (org.vigil.domain.session.SessionEvent.DeviceGiven) e;
                    assertThat(device.lot()).isEqualTo("LOT-24A17");
                    assertThat(device.dotsChecked()).isTrue();
                });
    }

    @Test
    @DisplayName("DIS-1 a last BP above the thresholds blocks discharge until a prescriber accepts it with a signed reason")
    void dischargeBpOverride() {
        long session = observingAfterTwoDevices();
        refusedWith(engine().overrideDischargeBp(floor.prescriber, session, "Usual for him", SessionFloor.PRESCRIBER_PASSWORD, req()),
                "DIS-1", "session.refused.bpNoOverrideNeeded");
        floor.minutes(120);
        engine().scoreSedation(floor.nurse, session, 5, null, req()).value();
        engine().transportArrived(floor.nurse, session, req()).value();
        SessionView high = engine().recordVitals(floor.nurse, session, 164, 92, 80, 98, null, req()).value();
        assertThat(high.gate().checks()).filteredOn(c -> c.criterion() == org.vigil.domain.session.DischargeGate.Criterion.LAST_BP_WITHIN_THRESHOLDS)
                .singleElement().satisfies(c -> assertThat(c.met()).isFalse());
        refusedWith(engine().overrideDischargeBp(floor.nurse, session, "Usual for him", SessionFloor.NURSE_PASSWORD, req()), "ROLE-2",
                "refused.role");
        refusedWith(engine().overrideDischargeBp(floor.prescriber, session, " ", SessionFloor.PRESCRIBER_PASSWORD, req()), "DIS-1",
                "reason.required");
        SessionView accepted = engine().overrideDischargeBp(floor.prescriber, session, "Usual for him; home readings 160s",
                SessionFloor.PRESCRIBER_PASSWORD, req()).value();
        assertThat(accepted.gate().checks()).filteredOn(c -> c.criterion() == org.vigil.domain.session.DischargeGate.Criterion.LAST_BP_WITHIN_THRESHOLDS)
                .singleElement().satisfies(c -> assertThat(c.met()).isTrue());
        assertThat(accepted.gate().readyToLeaveAt()).as("DIS-2 ready from the override").contains(floor.now());
        floor.minutes(3);
        SessionView higher = engine().recordVitals(floor.nurse, session, 178, 104, 82, 98, null, req()).value();
        assertThat(higher.gate().checks()).as("a later reading is not covered")
                .filteredOn(c -> c.criterion() == org.vigil.domain.session.DischargeGate.Criterion.LAST_BP_WITHIN_THRESHOLDS)
                .singleElement().satisfies(c -> assertThat(c.met()).isFalse());
    }
}
