package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.Indication;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.ChecklistOverridden;
import org.vigil.domain.session.SessionState;
import org.vigil.store.SessionEventCodec;

/**
 * Issue 10 point 6, written from the rules: PAT-2 makes pregnancy and breastfeeding relative
 * contraindications (a prescriber overrides them with a reason), PAT-4 asks pregnancy before
 * every session, SIG-2 wants the signer's password at signing, SCH-4 gives the PPD dose once,
 * after cord clamping. PAT-1 stays a hard stop.
 */
@DisplayName("Relative contraindications at the chair: a prescriber's signed override per session")
class ChecklistOverrideTest {

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

    /** Grace's TRD nasal session, checked in; every question answered safely but pregnancy, answered "pregnant". */
    private long pregnantAtTheChair() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        engine().startSession(floor.nurse, session, req()).value();
        answerSafelyExcept(session, ChecklistItem.NOT_PREGNANT);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NOT_PREGNANT, "", ""), req()).value();
        return session;
    }

    private void answerSafelyExcept(long session, ChecklistItem except) {
        SessionView view = engine().view(floor.nurse, session).value();
        for (ChecklistItem item : PreDoseChecklist.items(view.snapshot())) {
            if (item != except) {
                engine().answerChecklist(floor.nurse, session, Checklists.safe(item, floor.now()), req()).value();
            }
        }
    }

    /**
     * Grace at caesarean for the single PPD dose (SCH-4): screened pregnant (which the PPD course
     * allows) and breastfeeding, overridden by the prescriber at screening; checked in.
     */
    private long ppdCheckedIn() {
        PatientForm grace = PatientForm.grace();
        long patient = ((Registration.Saved) floor.clinic.services().patients().register(floor.nurse, grace.patient(), false).value())
                .patient().id();
        Screening screened = new Screening(SessionFloor.TODAY, Set.of(), PregnancyStatus.PREGNANT, true,
                Map.of(Contraindication.BREASTFEEDING, new PrescriberDecision(floor.prescriber.userId(), floor.prescriber.fullName(),
                        floor.now(), "Wishes to breastfeed; single dose, infant monitored")), Optional.empty(), Optional.empty());
        floor.clinic.services().screenings().record(floor.prescriber, patient, screened).value();
        Outcome<Courses.Started> start = floor.clinic.services().courses().start(floor.prescriber, patient, Indication.PPD_PREVENTION, Route.IV, "",
                SessionFloor.TODAY);
        assertThat(start).as("PPD course").isInstanceOf(Outcome.Done.class);
        long course = start.value().course().id();
        long session = floor.clinic.services().clinicDay().book(floor.nurse, course, SessionFloor.TODAY, 5).value().sessionId();
        engine().startSession(floor.nurse, session, req()).value();
        return session;
    }

    private List<AuditEvent> audit(String action) {
        return floor.clinic.auditTrail().stream().filter(e -> action.equals(e.action())).toList();
    }

    @Test
    @DisplayName("PAT-4 a pregnant answer holds the checklist until a prescriber signs an override with a reason; then it completes")
    void pregnantAnswerWaitsForPrescriber() {
        long session = pregnantAtTheChair();
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PAT-4", "checklist.needsOverride.NOT_PREGNANT");

        floor.minutes(3);
        SessionView overridden = engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NOT_PREGNANT,
                "  12 weeks; obstetric team agrees benefit outweighs risk  ", SessionFloor.PRESCRIBER_PASSWORD, req()).value();
        ChecklistOverridden by = overridden.snapshot().checklistOverrides().get(ChecklistItem.NOT_PREGNANT);
        assertThat(by.reason()).isEqualTo("12 weeks; obstetric team agrees benefit outweighs risk");
        assertThat(by.prescriberId()).isEqualTo(floor.prescriber.userId());
        assertThat(by.prescriberName()).isEqualTo(floor.prescriber.fullName());
        assertThat(by.at()).isEqualTo(floor.now());

        assertThat(engine().completeChecklist(floor.nurse, session, req()).value().snapshot().checklistDone()).isTrue();
        AuditEvent signed = audit("SESSION_CHECKLIST_OVERRIDDEN").getFirst();
        assertThat(signed.userId()).isEqualTo(floor.prescriber.userId());
        assertThat(signed.toString()).contains("item=NOT_PREGNANT", "obstetric team agrees", "prescriber=" + floor.prescriber.fullName(), "SIG-2 signed");

        floor.clinic.reopen();
        SessionView replayed = engine().view(floor.nurse, session).value();
        assertThat(replayed.snapshot().checklistOverrides().get(ChecklistItem.NOT_PREGNANT)).as("stored and replayed").isEqualTo(by);
        assertThat(replayed.snapshot().checklistDone()).isTrue();
    }

    @Test
    @DisplayName("PAT-4 ROLE-2 a nurse cannot sign the pregnancy override; the refusal is audited and nothing is overridden")
    void nurseCannotOverride() {
        long session = pregnantAtTheChair();
        Outcome<SessionView> refused = engine().overrideChecklistItem(floor.nurse, session, ChecklistItem.NOT_PREGNANT,
                "Patient insists", SessionFloor.NURSE_PASSWORD, req());
        assertThat(refused.refusalOrNull()).isEqualTo(Refusal.of("ROLE-2", "refused.role", "PRESCRIBE"));
        assertThat(floor.clinic.lastEvent().action()).isEqualTo("REFUSED");
        assertThat(floor.clinic.lastEvent().userId()).isEqualTo(floor.nurse.userId());
        assertThat(engine().view(floor.nurse, session).value().snapshot().checklistOverrides()).isEmpty();
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PAT-4", "checklist.needsOverride.NOT_PREGNANT");
    }

    @Test
    @DisplayName("PAT-4 SIG-2 the prescriber's wrong password is refused and audited; nothing is overridden")
    void wrongPassword() {
        long session = pregnantAtTheChair();
        refusedWith(engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NOT_PREGNANT, "Benefit outweighs risk",
                "not my password", req()), "SIG-2", "signature.passwordWrong");
        assertThat(floor.clinic.lastEvent().action()).isEqualTo("SIGNATURE_REFUSED");
        assertThat(engine().view(floor.nurse, session).value().snapshot().checklistOverrides()).isEmpty();
    }

    @Test
    @DisplayName("PAT-2 PAT-4 an override without a reason is refused and audited")
    void reasonRequired() {
        long session = pregnantAtTheChair();
        refusedWith(engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NOT_PREGNANT, "   ",
                SessionFloor.PRESCRIBER_PASSWORD, req()), "PAT-4", "reason.required");
        assertThat(audit("SESSION_REFUSED")).last().satisfies(e -> assertThat(e.toString()).contains("reason.required"));
        assertThat(engine().view(floor.nurse, session).value().snapshot().checklistOverrides()).isEmpty();
    }

    @Test
    @DisplayName("PAT-4 no override for a safe answer; a new answer to the question voids the override it had")
    void overrideCoversItsAnswer() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        engine().startSession(floor.nurse, session, req()).value();
        answerSafelyExcept(session, null);
        refusedWith(engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NOT_PREGNANT, "Just in case",
                SessionFloor.PRESCRIBER_PASSWORD, req()), "PAT-4", "checklist.refused.noOverrideNeeded");

        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NOT_PREGNANT, "", ""), req()).value();
        engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NOT_PREGNANT, "Benefit outweighs risk",
                SessionFloor.PRESCRIBER_PASSWORD, req()).value();
        refusedWith(engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NOT_PREGNANT, "Again",
                SessionFloor.PRESCRIBER_PASSWORD, req()), "PAT-4", "checklist.refused.alreadyOverridden");
        floor.minutes(1);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NOT_PREGNANT, "", ""), req()).value();
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PAT-4", "checklist.needsOverride.NOT_PREGNANT");
    }

    @Test
    @DisplayName("PAT-1 a new contraindication stays a hard stop: no prescriber can override it at the chair")
    void absoluteStaysHardStop() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        engine().startSession(floor.nurse, session, req()).value();
        answerSafelyExcept(session, ChecklistItem.NO_NEW_CONTRAINDICATION);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NO_NEW_CONTRAINDICATION,
                "Aneurysm found on scan last week", ""), req()).value();
        refusedWith(engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NO_NEW_CONTRAINDICATION, "Small, stable",
                SessionFloor.PRESCRIBER_PASSWORD, req()), "PAT-1", "checklist.refused.notOverridable");
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PAT-1", "checklist.stop.NO_NEW_CONTRAINDICATION");
    }

    @Test
    @DisplayName("SCH-4 the PPD dose after delivery asks the cord-clamp time and breastfeeding instead of pregnancy")
    void ppdAsksWhatAppliesAfterDelivery() {
        long session = ppdCheckedIn();
        SessionView view = engine().view(floor.nurse, session).value();
        assertThat(view.snapshot().postpartum()).isTrue();
        assertThat(PreDoseChecklist.items(view.snapshot())).contains(ChecklistItem.DELIVERY_CORD_CLAMPED, ChecklistItem.NOT_BREASTFEEDING)
                .doesNotContain(ChecklistItem.NOT_PREGNANT).contains(ChecklistItem.NO_NEW_CONTRAINDICATION);
        refusedWith(engine().answerChecklist(floor.nurse, session, ChecklistAnswer.yes(ChecklistItem.NOT_PREGNANT, ""), req()),
                "PRE-1", "checklist.refused.notAsked");
        refusedWith(engine().answerChecklist(floor.nurse, session, ChecklistAnswer.at(ChecklistItem.DELIVERY_CORD_CLAMPED,
                floor.now().plus(Duration.ofMinutes(5)), ""), req()), "SCH-4", "checklist.refused.cordClampFuture");
        assertThat(audit("SESSION_REFUSED")).last().satisfies(e -> assertThat(e.toString()).contains("SCH-4"));

        Instant clamped = floor.now().minus(Duration.ofMinutes(4));
        SessionView answered = engine().answerChecklist(floor.nurse, session, ChecklistAnswer.at(ChecklistItem.DELIVERY_CORD_CLAMPED,
                clamped, ""), req()).value();
        assertThat(answered.snapshot().checklist().get(ChecklistItem.DELIVERY_CORD_CLAMPED).answer().time()).contains(clamped);

        SessionView routine = engine().view(floor.nurse, floor.booked(PatientForm.david(), Route.NASAL)).value();
        assertThat(PreDoseChecklist.items(routine.snapshot())).as("other sessions ask as before")
                .contains(ChecklistItem.NOT_PREGNANT).doesNotContain(ChecklistItem.DELIVERY_CORD_CLAMPED, ChecklistItem.NOT_BREASTFEEDING);
    }

    @Test
    @DisplayName("SCH-4 PAT-4 breastfeeding after delivery holds the checklist until a prescriber signs an override for this session")
    void ppdBreastfeedingNeedsOverride() {
        long session = ppdCheckedIn();
        answerSafelyExcept(session, ChecklistItem.NOT_BREASTFEEDING);
        engine().answerChecklist(floor.nurse, session, ChecklistAnswer.no(ChecklistItem.NOT_BREASTFEEDING, "", ""), req()).value();
        // The screening's override is for the course; the chair still needs its own (PAT-4 asks each time).
        refusedWith(engine().completeChecklist(floor.nurse, session, req()), "PAT-4", "checklist.needsOverride.NOT_BREASTFEEDING");
        refusedWith(engine().overrideChecklistItem(floor.nurse, session, ChecklistItem.NOT_BREASTFEEDING, "As at screening",
                SessionFloor.NURSE_PASSWORD, req()), "ROLE-2", "refused.role");
        engine().overrideChecklistItem(floor.prescriber, session, ChecklistItem.NOT_BREASTFEEDING,
                "As at screening: single dose, infant observed", SessionFloor.PRESCRIBER_PASSWORD, req()).value();
        SessionView done = engine().completeChecklist(floor.nurse, session, req()).value();
        assertThat(done.snapshot().checklistDone()).isTrue();
        assertThat(done.snapshot().state()).isEqualTo(SessionState.CHECKED_IN);
        assertThat(audit("SESSION_CHECKLIST_OVERRIDDEN")).singleElement()
                .satisfies(e -> assertThat(e.toString()).contains("item=NOT_BREASTFEEDING", "infant observed"));
    }

    @Test
    @DisplayName("PAT-4 SCH-4 events stored before this change replay as they were asked; the override round-trips")
    void storedEventsStillDecode() {
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        SessionEvent.CheckedIn old = (SessionEvent.CheckedIn) SessionEventCodec.event("CheckedIn", "hepatic=true", at);
        assertThat(old.postpartum()).as("missing key: not postpartum").isFalse();
        assertThat(old.hepaticMonitoring()).isTrue();
        SessionEvent.CheckedIn ppd = new SessionEvent.CheckedIn(at, false, true);
        assertThat(SessionEventCodec.event("CheckedIn", SessionEventCodec.payload(ppd), at)).isEqualTo(ppd);
        ChecklistOverridden override = new ChecklistOverridden(ChecklistItem.NOT_PREGNANT, "a; b = c \\ d", 7, "Dr Wei Chen", at);
        assertThat(SessionEventCodec.event(SessionEventCodec.kind(override), SessionEventCodec.payload(override), at)).isEqualTo(override);
    }
}
