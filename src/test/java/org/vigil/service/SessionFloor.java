package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.course.Indication;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Screening;
import org.vigil.testing.Stockroom;

/** A test clinic with a nurse and a prescriber, ready to book and run sessions through the service. */
final class SessionFloor implements AutoCloseable {

    static final LocalDate TODAY = PatientForm.TODAY;
    static final String NURSE_PASSWORD = "the trolley squeaks on the left";
    static final String PRESCRIBER_PASSWORD = "ginger tea before the first session";

    final TestClinic clinic;
    final Actor nurse;
    final Actor prescriber;
    private final AtomicInteger requests = new AtomicInteger();
    private int nextChair = 1;

    private SessionFloor(TestClinic clinic, Actor nurse, Actor prescriber) {
        this.clinic = clinic;
        this.nurse = nurse;
        this.prescriber = prescriber;
    }

    static SessionFloor open(Path dir) {
        TestClinic clinic = TestClinic.setUp(dir);
        SessionFloor floor = new SessionFloor(clinic, clinic.person("nurse.li", NURSE_PASSWORD, Role.NURSE),
                clinic.person("drchen", PRESCRIBER_PASSWORD, Role.PRESCRIBER));
        Stockroom.nasal(clinic.services(), floor.nurse, floor.prescriber, PRESCRIBER_PASSWORD, TODAY);
        Stockroom.iv(clinic.services(), floor.nurse, floor.prescriber, PRESCRIBER_PASSWORD, TODAY);
        return floor;
    }

    SessionEngine engine() {
        return clinic.services().sessions();
    }

    String request() {
        return "req-" + requests.incrementAndGet();
    }

    Instant now() {
        return clinic.clock.instant();
    }

    void minutes(double m) {
        clinic.clock.advance(Duration.ofSeconds(Math.round(m * 60)));
    }

    /** Registers and screens the patient, starts a TRD course by this route today, books a chair; returns the session. */
    long booked(PatientForm patient, Route route) {
        return booked(patient, route, nextChair++);
    }

    /** The same on a chair of the caller's choosing, e.g. one freed by the previous patient. */
    long booked(PatientForm patient, Route route, int chair) {
        long id = ((Registration.Saved) clinic.services().patients().register(nurse, patient.patient(), false).value()).patient().id();
        clinic.services().screenings().record(nurse, id, Screening.clear(TODAY)).value();
        long course = clinic.services().courses().start(prescriber, id, Indication.TRD, route, "", TODAY)
                .value().course().id();
        return clinic.services().clinicDay().book(nurse, course, TODAY, chair).value().sessionId();
    }

    /** Checked in, every checklist item answered safely and completed, baseline recorded. */
    SessionView ready(long session, int sbp, int dbp) {
        engine().startSession(nurse, session, request()).value();
        Checklists.answerAllSafely(engine(), nurse, session, now(), request());
        engine().completeChecklist(nurse, session, request()).value();
        return engine().recordBaseline(nurse, session, sbp, dbp, 76, 98, now(), request()).value();
    }

    /** The outcome is a refusal under this rule with this message: the shape every rule test checks. */
    static void refusedWith(Outcome<?> outcome, String ruleId, String messageKey) {
        Refusal refusal = outcome.refusalOrNull();
        assertThat(refusal).as("refusal").isNotNull();
        assertThat(refusal.ruleId()).isEqualTo(ruleId);
        assertThat(refusal.messageKey()).isEqualTo(messageKey);
    }

    @Override
    public void close() {
        clinic.close();
    }
}
