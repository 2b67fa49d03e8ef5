package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testing.Stockroom;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.course.Indication;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionState;
import org.vigil.store.RawDatabase;

@DisplayName("The session engine: check-in to discharge through the service")
class SessionEngineTest {

    private static final LocalDate TODAY = PatientForm.TODAY;
    private static final String PRESCRIBER_PASSWORD = "ginger tea before the first session";

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Actor nurse;
    private Actor prescriber;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        prescriber = clinic.person("drchen", PRESCRIBER_PASSWORD, Role.PRESCRIBER);
        Stockroom.nasal(clinic.services(), nurse, prescriber, PRESCRIBER_PASSWORD, TODAY);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private SessionEngine engine() {
        return clinic.services().sessions();
    }

    private String request() {
        return "req-" + requests.incrementAndGet();
    }

    /** Registers and screens Grace (44), starts a TRD nasal course today; returns the course. */
    private long course() {
        long patient = ((Registration.Saved) clinic.services().patients().register(nurse, PatientForm.grace().patient(), false).value())
                .patient().id();
        clinic.services().screenings().record(nurse, patient, Screening.clear(TODAY)).value();
        return clinic.services().courses().start(prescriber, patient, Indication.TRD,
                org.vigil.domain.Route.NASAL, "", TODAY).value().course().id();
    }

    private long book(long course, LocalDate day) {
        return clinic.services().clinicDay().book(nurse, course, day, 1).value().sessionId();
    }

    private Instant now() {
        return clinic.clock.instant();
    }

    private void minutes(int m) {
        clinic.clock.advance(Duration.ofMinutes(m));
    }

    /** Check-in, PRE-1 checklist and BP-1 baseline by the nurse. */
    private SessionView checkedAndBaselined(long session) {
        engine().startSession(nurse, session, request()).value();
        Checklists.answerAllSafely(engine(), nurse, session, now(), request());
        engine().completeChecklist(nurse, session, request()).value();
        return engine().recordBaseline(nurse, session, 128, 82, 76, 98, now(), request()).value();
    }

    /** The course's first (56 mg) session, ended by referral after both devices: a dose was given that day. */
    private void firstSessionGiven(long course) {
        long first = book(course, TODAY);
        checkedAndBaselined(first);
        engine().authoriseDose(prescriber, first, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, request()).value();
        engine().giveDevice(nurse, first, "LOT-A1", true, "", request()).value();
        minutes(5);
        engine().giveDevice(nurse, first, "LOT-A1", true, "", request()).value();
        engine().referToEmergency(nurse, first, "fixture: handed over", request()).value();
    }

    private static List<String> describe(SessionView view, Instant start) {
        return view.due().stream().map(i -> i.kind() + "@" + Duration.between(start, i.dueAt()).toMinutes()
                + (i.isOverdue() ? " late " + i.lateness().toMinutes() + "m" : "")).toList();
    }

    @Test
    @DisplayName("ADM-4 the first TRD session is 56 mg: 84 mg is refused and audited")
    void firstTrdDose() {
        long session = book(course(), TODAY);
        checkedAndBaselined(session);
        Outcome<SessionView> refused = engine().authoriseDose(prescriber, session, 84, Route.NASAL, 0, PRESCRIBER_PASSWORD, request());
        assertThat(refused.refusalOrNull().messageKey()).isEqualTo("dose.nasal.firstTrdDose");
        assertThat(clinic.lastEvent().action()).isEqualTo("SESSION_REFUSED");
    }

    @Test
    @DisplayName("Nasal 84 mg: devices 5 min apart, BP 170/104 at 40 min needs a recheck, discharge after sign-off with password")
    void fullNasalSession() {
        long course = course();
        firstSessionGiven(course);
        clinic.clock.advance(Duration.ofDays(3));
        long session = book(course, TODAY.plusDays(3));

        SessionView v = checkedAndBaselined(session);
        assertThat(v.snapshot().state()).isEqualTo(SessionState.PRE_DOSE_CHECKS_DONE);
        v = engine().authoriseDose(prescriber, session, 84, Route.NASAL, 0, PRESCRIBER_PASSWORD, request()).value();
        assertThat(v.snapshot().devicesAuthorised()).isEqualTo(3);

        Instant start = now();
        v = engine().giveDevice(nurse, session, "LOT-A1", true, "", request()).value();
        assertThat(v.snapshot().state()).isEqualTo(SessionState.ADMINISTERING);
        assertThat(describe(v, start)).containsExactly("NEXT_DEVICE@5", "SEDATION_CHECK@15", "SEDATION_CHECK@30", "BP_CHECK@35",
                "SEDATION_CHECK@60", "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");
        minutes(3);
        assertThat(engine().giveDevice(nurse, session, "LOT-A1", true, "", request()).refusalOrNull().ruleId()).as("ADM-2 rest").isEqualTo("ADM-2");
        minutes(2);
        engine().giveDevice(nurse, session, "LOT-A1", true, "", request()).value();
        minutes(5);
        v = engine().giveDevice(nurse, session, "LOT-A1", true, "", request()).value();
        assertThat(v.snapshot().state()).isEqualTo(SessionState.OBSERVING);
        assertThat(clinic.services().clinicDay().between(nurse, TODAY.plusDays(3), TODAY.plusDays(3)).value()).isNotNull();

        minutes(5);
        engine().scoreSedation(nurse, session, 5, now(), request()).value();
        minutes(15);
        engine().scoreSedation(nurse, session, 4, now(), request()).value();
        minutes(10);
        v = engine().recordVitals(nurse, session, 170, 104, 88, 97, now(), request()).value();
        assertThat(describe(v, start)).containsExactly("BP_RECHECK@55", "SEDATION_CHECK@60", "SEDATION_CHECK@90",
                "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");

        minutes(15);
        engine().recordVitals(nurse, session, 150, 92, 84, 98, now(), request()).value();
        minutes(5);
        engine().scoreSedation(nurse, session, 5, now(), request()).value();
        minutes(30);
        engine().scoreSedation(nurse, session, 5, now(), request()).value();
        minutes(28);
        engine().recordVitals(nurse, session, 132, 84, 78, 98, now(), request()).value();
        minutes(2);
        engine().scoreSedation(nurse, session, 5, now(), request()).value();
        v = engine().transportArrived(nurse, session, request()).value();
        assertThat(describe(v, start)).containsExactly("END_OF_OBSERVATION@120");
        assertThat(engine().discharge(nurse, session, request()).refusalOrNull()).as("DIS-1 not signed yet")
                .isEqualTo(Refusal.of("DIS-1", "session.discharge.notSigned"));
        assertThat(engine().view(nurse, session).value().gate().refusals())
                .containsExactly(Refusal.of("DIS-1", "session.discharge.notSigned"));

        minutes(5);
        v = engine().signReadyToLeave(prescriber, session, PRESCRIBER_PASSWORD, request()).value();
        assertThat(v.snapshot().state()).isEqualTo(SessionState.READY_FOR_DISCHARGE);
        assertThat(v.due()).isEmpty();
        minutes(5);
        v = engine().discharge(nurse, session, request()).value();
        assertThat(v.snapshot().state()).isEqualTo(SessionState.DISCHARGED);
        assertThat(v.gate().readyToLeaveAt()).as("DIS-2 MOAA/S back to 5 at 60 min").contains(start.plus(Duration.ofMinutes(60)));
        Instant leftAt = now();
        assertThat(v.snapshot().events()).filteredOn(e -> e instanceof org.vigil.domain.session.SessionEvent.Discharged).singleElement()
                .isInstanceOfSatisfying(org.vigil.domain.session.SessionEvent.Discharged.class, d -> {
            assertThat(d.readyToLeaveAt()).as("DIS-2 stored with the discharge").isEqualTo(start.plus(Duration.ofMinutes(60)));
            assertThat(d.monitoredMinutes()).isEqualTo(Duration.between(start, leftAt).toMinutes());
        });
        assertThat(clinic.actions()).contains("SESSION_CHECKED_IN", "SESSION_DOSE_AUTHORISED", "SESSION_DEVICE_GIVEN",
                "SESSION_VITALS_RECORDED", "SESSION_READY_TO_LEAVE_SIGNED", "SESSION_DISCHARGED");
        assertThat(clinic.services().courses().ofPatient(nurse, v.patient().id()).value().getFirst().dosesGiven())
                .containsExactly(TODAY, TODAY.plusDays(3));
    }

    @Test
    @DisplayName("ROLE-2 a nurse cannot authorise a dose; the refusal is audited")
    void nurseCannotAuthorise() {
        long session = book(course(), TODAY);
        checkedAndBaselined(session);
        Outcome<SessionView> refused = engine().authoriseDose(nurse, session, 56, Route.NASAL, 0, "the trolley squeaks on the left", request());
        assertThat(refused.refusalOrNull()).isEqualTo(Refusal.of("ROLE-2", "refused.role", "PRESCRIBE"));
        AuditEvent last = clinic.lastEvent();
        assertThat(last.action()).isEqualTo("REFUSED");
        assertThat(engine().view(nurse, session).value().snapshot().state()).isEqualTo(SessionState.PRE_DOSE_CHECKS_DONE);
    }

    @Test
    @DisplayName("SIG-2 a wrong password at authorisation is refused and audited; nothing is authorised")
    void wrongPassword() {
        long session = book(course(), TODAY);
        checkedAndBaselined(session);
        Outcome<SessionView> refused = engine().authoriseDose(prescriber, session, 56, Route.NASAL, 0, "not my password", request());
        assertThat(refused.refusalOrNull()).isEqualTo(Refusal.of("SIG-2", "signature.passwordWrong"));
        assertThat(clinic.lastEvent().action()).isEqualTo("SIGNATURE_REFUSED");
        assertThat(engine().view(nurse, session).value().snapshot().state()).isEqualTo(SessionState.PRE_DOSE_CHECKS_DONE);
        assertThat(clinic.services().accounts().confirmPassword(prescriber, PRESCRIBER_PASSWORD)).isTrue();
    }

    @Test
    @DisplayName("BP-8 a mistyped reading is refused with its first problem")
    void mistypedReading() {
        long session = book(course(), TODAY);
        engine().startSession(nurse, session, request()).value();
        Refusal refused = engine().recordBaseline(nurse, session, 15, 90, 76, 98, now(), request()).refusalOrNull();
        assertThat(refused.ruleId()).isEqualTo("BP-8");
        assertThat(refused.messageKey()).isEqualTo("vitals.systolic.outOfRange");
    }

    @Test
    @DisplayName("A double-submitted action (same request id) is applied once")
    void sameRequestOnce() {
        long session = book(course(), TODAY);
        checkedAndBaselined(session);
        engine().authoriseDose(prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, request()).value();
        String id = request();
        SessionView first = engine().giveDevice(nurse, session, "LOT-A1", true, "", id).value();
        minutes(6);
        SessionView again = engine().giveDevice(nurse, session, "LOT-A1", true, "", id).value();
        assertThat(again.snapshot().devicesGiven()).isEqualTo(1);
        assertThat(again.snapshot().events()).isEqualTo(first.snapshot().events());
        assertThat(clinic.actions().stream().filter("SESSION_DEVICE_GIVEN"::equals)).hasSize(1);
    }

    @Test
    @DisplayName("One open session per patient: a second check-in waits until the first is finished")
    void oneOpenSessionPerPatient() {
        long course = course();
        long first = book(course, TODAY);
        long second = book(course, TODAY.plusDays(1));
        engine().startSession(nurse, first, request()).value();
        clinic.clock.advance(Duration.ofDays(1));
        Refusal refused = engine().startSession(nurse, second, request()).refusalOrNull();
        assertThat(refused.messageKey()).isEqualTo("session.refused.otherOpen");
        engine().abandon(nurse, first, "patient left before dosing", request()).value();
        assertThat(engine().startSession(nurse, second, request()).value().snapshot().state()).isEqualTo(SessionState.CHECKED_IN);
    }

    @Test
    @DisplayName("ALM-4 after a restart at a later clock the same due items come back, the missed ones late")
    void restart() {
        long session = book(course(), TODAY);
        checkedAndBaselined(session);
        engine().authoriseDose(prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, request()).value();
        Instant start = now();
        engine().giveDevice(nurse, session, "LOT-A1", true, "", request()).value();
        minutes(5);
        engine().giveDevice(nurse, session, "LOT-A1", true, "", request()).value();
        minutes(35);
        SessionView before = engine().recordVitals(nurse, session, 170, 104, 88, 97, now(), request()).value();
        assertThat(describe(before, start)).as("no MOAA/S scored yet").startsWith("SEDATION_CHECK@15 late 20m",
                "SEDATION_CHECK@30 late 5m", "BP_RECHECK@55");

        clinic.reopen();
        minutes(35);
        SessionView after = engine().view(nurse, session).value();
        assertThat(after.due()).extracting(DueItem::kind, DueItem::dueAt)
                .containsExactlyElementsOf(before.due().stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.kind(), i.dueAt())).toList());
        assertThat(describe(after, start)).containsExactly("SEDATION_CHECK@15 late 55m", "SEDATION_CHECK@30 late 40m", "BP_RECHECK@55 late 15m",
                "SEDATION_CHECK@60 late 10m", "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");
        assertThat(after.gate().checks()).filteredOn(c -> c.criterion() == DischargeGate.Criterion.MINIMUM_OBSERVATION)
                .noneMatch(DischargeGate.Check::met);
    }

    @Test
    @DisplayName("SIG-4 session events cannot be changed or deleted")
    void appendOnly() throws SQLException {
        long session = book(course(), TODAY);
        checkedAndBaselined(session);
        clinic.close();
        try (RawDatabase raw = RawDatabase.open(dir)) {
            assertThat(raw.column("SELECT kind FROM session_event WHERE session_id = ? ORDER BY seq", session))
                    .containsSubsequence("CheckedIn", "ChecklistAnswered", "ChecklistCompleted", "BaselineRecorded")
                    .filteredOn("ChecklistAnswered"::equals).hasSize(org.vigil.domain.session.PreDoseChecklist.items(false).size());
            assertThatThrownBy(() -> raw.update("UPDATE session_event SET payload = 'sbp=100' WHERE session_id = ?", session))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> raw.update("DELETE FROM session_event WHERE session_id = ?", session))
                    .hasMessageContaining("append-only");
        }
    }
}
