package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.vigil.domain.course.EndReason;
import org.vigil.domain.Route;
import org.vigil.domain.course.Suspension;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionState;

/**
 * Issue 10 point 1: PAT-1 is re-checked before every dose, not only at enrolment. Grace Okafor
 * starts a TRD nasal course on a clear screening; a later screening records a recent myocardial
 * infarction. From then on her sessions cannot be booked, checked in or authorised, each refusal
 * audited, and her course, her day-list line and her chair on the board say so.
 */
@DisplayName("PAT-1 before every dose, not only at enrolment")
class Pat1RecheckTest {

    private static final LocalDate TODAY = SessionFloor.TODAY;
    private static final org.vigil.domain.Route NASAL = org.vigil.domain.Route.NASAL;
    private static final Contraindication MI = Contraindication.RECENT_CARDIOVASCULAR_EVENT;

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

    private TestClinic clinic() {
        return floor.clinic;
    }

    private SessionView session(long sessionId) {
        return floor.engine().view(floor.nurse, sessionId).value();
    }

    /** What the nurse ticks when the patient reports a heart attack since the course began. */
    private static Screening withFinding(LocalDate on, Set<Contraindication> findings, Map<Contraindication, PrescriberDecision> overrides) {
        return new Screening(on, findings, PregnancyStatus.NOT_PREGNANT, false, overrides, Optional.empty(), Optional.empty());
    }

    private void rescreen(long patientId, LocalDate on) {
        clinic().services().screenings().record(floor.nurse, patientId, withFinding(on, Set.of(MI), Map.of())).value();
    }

    private static Refusal suspendedSince(LocalDate screenedOn) {
        return Refusal.of("PAT-1", "contraindication.RECENT_CARDIOVASCULAR_EVENT.suspended", screenedOn);
    }

    private CourseView course(long patientId) {
        return clinic().services().courses().ofPatient(floor.nurse, patientId).value().getFirst();
    }

    @Test
    @DisplayName("PAT-1 a screening three days into the course that records a recent MI refuses booking the next session; audited")
    void bookingRefused() {
        long first = floor.booked(PatientForm.grace(), Route.NASAL);
        SessionView booked = session(first);
        long grace = booked.patient().id();
        long courseId = booked.courseId();
        GivenDoses.discharged(clinic(), first);
        clinic().clock.advance(Duration.ofDays(3));
        LocalDate dayThree = TODAY.plusDays(3);
        rescreen(grace, dayThree);

        Refusal refusal = clinic().services().clinicDay().book(floor.nurse, courseId, dayThree, 2).refusalOrNull();

        assertThat(refusal).isEqualTo(suspendedSince(dayThree));
        AuditEvent event = clinic().lastEvent();
        assertThat(event.action()).isEqualTo("BOOKING_REFUSED");
        assertThat(event.userId()).isEqualTo(floor.nurse.userId());
        assertThat(event.entityType()).isEqualTo("course");
        assertThat(event.entityId()).isEqualTo(String.valueOf(courseId));
        assertThat(event.newValue()).isEqualTo("day=" + dayThree + "; chair=2");
        assertThat(event.reason()).startsWith("PAT-1 contraindication.RECENT_CARDIOVASCULAR_EVENT.suspended");
        assertThat(clinic().services().clinicDay().between(floor.nurse, dayThree, dayThree.plusDays(7)).value())
                .noneMatch(DayRow::booked);
    }

    @Test
    @DisplayName("PAT-1 a session booked before the finding cannot be checked in; the refusal is audited and the session stays booked")
    void checkInRefused() {
        long sessionId = floor.booked(PatientForm.grace(), Route.NASAL);
        rescreen(session(sessionId).patient().id(), TODAY);

        Refusal refusal = floor.engine().startSession(floor.nurse, sessionId, floor.request()).refusalOrNull();

        assertThat(refusal).isEqualTo(suspendedSince(TODAY));
        AuditEvent event = clinic().lastEvent();
        assertThat(event.action()).isEqualTo("SESSION_REFUSED");
        assertThat(event.entityId()).isEqualTo(String.valueOf(sessionId));
        assertThat(event.newValue()).isEqualTo("session.start");
        assertThat(event.reason()).startsWith("PAT-1 contraindication.RECENT_CARDIOVASCULAR_EVENT.suspended");
        assertThat(session(sessionId).snapshot().state()).isEqualTo(SessionState.BOOKED);
    }

    @Test
    @DisplayName("PAT-1 a session already past its checklist and baseline cannot have its 56 mg dose authorised; audited, nothing stored")
    void authorisationRefused() {
        long sessionId = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(sessionId, 128, 82);
        rescreen(session(sessionId).patient().id(), TODAY);

        Refusal refusal = floor.engine().authoriseDose(floor.prescriber, sessionId, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD,
                floor.request()).refusalOrNull();

        assertThat(refusal).isEqualTo(suspendedSince(TODAY));
        AuditEvent event = clinic().lastEvent();
        assertThat(event.action()).isEqualTo("SESSION_REFUSED");
        assertThat(event.userId()).isEqualTo(floor.prescriber.userId());
        assertThat(event.newValue()).isEqualTo("session.authorise");
        assertThat(event.reason()).startsWith("PAT-1 contraindication.RECENT_CARDIOVASCULAR_EVENT.suspended");
        SessionView after = session(sessionId);
        assertThat(after.snapshot().state()).isEqualTo(SessionState.PRE_DOSE_CHECKS_DONE);
        assertThat(after.snapshot().events()).noneMatch(e -> e instanceof DoseAuthorised);
        assertThat(after.snapshot().authorisation()).isEmpty();
        assertThat(clinic().actions()).doesNotContain("SESSION_DOSE_AUTHORISED");
    }

    @Test
    @DisplayName("PAT-1 a dose authorised before the finding: the next device is refused too, audited, nothing stored")
    void deviceRefused() {
        long sessionId = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(sessionId, 128, 82);
        floor.engine().authoriseDose(floor.prescriber, sessionId, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        floor.engine().giveDevice(floor.nurse, sessionId, "LOT-A1", true, "", floor.request()).value();
        rescreen(session(sessionId).patient().id(), TODAY);
        floor.minutes(6);

        Refusal refusal = floor.engine().giveDevice(floor.nurse, sessionId, "LOT-A1", true, "", floor.request()).refusalOrNull();

        assertThat(refusal).isEqualTo(suspendedSince(TODAY));
        assertThat(clinic().lastEvent().action()).isEqualTo("SESSION_REFUSED");
        assertThat(session(sessionId).snapshot().devicesGiven()).isEqualTo(1);
    }

    @Test
    @DisplayName("PAT-1 the course shows suspended with its finding until a prescriber ends it; a nurse cannot end it")
    void courseSuspendedUntilEnded() {
        long sessionId = floor.booked(PatientForm.grace(), Route.NASAL);
        long grace = session(sessionId).patient().id();
        assertThat(course(grace).suspension()).isEmpty();

        rescreen(grace, TODAY);

        CourseView suspended = course(grace);
        assertThat(suspended.suspension()).contains(new Suspension(TODAY, List.of(MI)));
        assertThat(clinic().services().courses().end(floor.nurse, suspended.id(), TODAY, EndReason.CONTRAINDICATION, "recent MI")
                .refusalOrNull().ruleId()).isEqualTo("ROLE-2");
        assertThat(course(grace).suspension()).isPresent();

        clinic().services().courses().end(floor.prescriber, suspended.id(), TODAY, EndReason.CONTRAINDICATION,
                "myocardial infarction last month").value();

        CourseView ended = course(grace);
        assertThat(ended.course().active()).isFalse();
        assertThat(ended.suspension()).isEmpty();
        // Ending the course lifts the course's flag, not the patient's stop: the booked session still cannot start.
        assertThat(floor.engine().startSession(floor.nurse, sessionId, floor.request()).refusalOrNull())
                .isEqualTo(suspendedSince(TODAY));
    }

    @Test
    @DisplayName("PAT-1 a prescriber's PAT-2 override in the new screening does not lift the stop, and the absolute one cannot be overridden")
    void noOverride() {
        long sessionId = floor.booked(PatientForm.grace(), Route.NASAL);
        long grace = session(sessionId).patient().id();
        PrescriberDecision reason = new PrescriberDecision(0, "", floor.now(), "brief episode in 2019, stable since");
        Screenings screenings = clinic().services().screenings();

        screenings.record(floor.prescriber, grace, withFinding(TODAY, Set.of(MI, Contraindication.PSYCHOTIC_SYMPTOMS),
                Map.of(Contraindication.PSYCHOTIC_SYMPTOMS, reason))).value();
        Outcome<Screenings.Recorded> overridingAbsolute = screenings.record(floor.prescriber, grace,
                withFinding(TODAY, Set.of(MI), Map.of(MI, reason)));

        assertThat(overridingAbsolute).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<Screenings.Recorded>) overridingAbsolute).problems())
                .anySatisfy(p -> assertThat(p.refusal().ruleId()).isEqualTo("PAT-1"));
        assertThat(session(sessionId).patient().latestScreening().orElseThrow().overrideOf(Contraindication.PSYCHOTIC_SYMPTOMS))
                .isPresent();
        assertThat(course(grace).suspension()).isPresent();
        assertThat(floor.engine().startSession(floor.nurse, sessionId, floor.request()).refusalOrNull())
                .isEqualTo(suspendedSince(TODAY));
    }

    @Test
    @DisplayName("PAT-1 the day list line and the board's chair carry the suspension; another patient's do not")
    void dayListAndBoard() {
        long graceSession = floor.booked(PatientForm.grace(), Route.NASAL);
        long davidSession = floor.booked(PatientForm.david(), Route.NASAL);
        rescreen(session(graceSession).patient().id(), TODAY);

        List<DayRow> rows = clinic().services().clinicDay().between(floor.nurse, TODAY, TODAY).value();
        List<SessionView> board = floor.engine().today(floor.nurse).value();

        assertThat(rows).filteredOn(r -> r.sessionId().equals(Optional.of(graceSession))).singleElement()
                .satisfies(r -> assertThat(r.suspension()).contains(new Suspension(TODAY, List.of(MI))));
        assertThat(rows).filteredOn(r -> r.sessionId().equals(Optional.of(davidSession))).singleElement()
                .satisfies(r -> assertThat(r.suspension()).isEmpty());
        assertThat(board).filteredOn(s -> s.sessionId() == graceSession).singleElement()
                .satisfies(s -> assertThat(s.suspension().map(Suspension::refusal)).contains(suspendedSince(TODAY)));
        assertThat(board).filteredOn(s -> s.sessionId() == davidSession).singleElement()
                .satisfies(s -> assertThat(s.suspension()).isEmpty());
    }

    @Test
    @DisplayName("PAT-1 the latest screening decides: a new screening without the finding (entered in error) lifts the suspension")
    void laterClearScreeningLifts() {
        long sessionId = floor.booked(PatientForm.grace(), Route.NASAL);
        long grace = session(sessionId).patient().id();
        rescreen(grace, TODAY);
        assertThat(floor.engine().startSession(floor.nurse, sessionId, floor.request()).isDone()).isFalse();

        // The screening is the prescriber-signed clinical record: it is corrected by screening again,
        // which is audited like the first, never by an override of PAT-1.
        floor.minutes(20);
        clinic().services().screenings().record(floor.prescriber, grace, Screening.clear(TODAY)).value();

        assertThat(course(grace).suspension()).isEmpty();
        assertThat(session(sessionId).suspension()).isEmpty();
        assertThat(floor.engine().startSession(floor.nurse, sessionId, floor.request()).value().snapshot().state())
                .isEqualTo(SessionState.CHECKED_IN);
        assertThat(clinic().actions().stream().filter("SCREENING_RECORDED"::equals)).hasSize(3);
    }

    @Test
    @DisplayName("ROLE-2 every refused booking is audited, not only PAT-1 (here SCH-6, a chair the clinic does not have)")
    void everyBookingRefusalAudited() {
        long sessionId = floor.booked(PatientForm.grace(), Route.NASAL);
        long courseId = session(sessionId).courseId();

        Refusal refusal = clinic().services().clinicDay().book(floor.nurse, courseId, TODAY.plusDays(3), 99).refusalOrNull();

        assertThat(refusal.ruleId()).isEqualTo("SCH-6");
        AuditEvent event = clinic().lastEvent();
        assertThat(event.action()).isEqualTo("BOOKING_REFUSED");
        assertThat(event.entityId()).isEqualTo(String.valueOf(courseId));
        assertThat(event.reason()).startsWith("SCH-6 booking.chair.range");
    }
}
