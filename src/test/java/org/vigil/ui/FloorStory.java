package org.vigil.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.vigil.domain.Actor;
import org.vigil.domain.course.Indication;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.service.Checklists;
import org.vigil.service.Courses;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import org.vigil.service.SessionEngine;
import org.vigil.testing.MutableClock;
import org.vigil.testing.Stockroom;

/**
 * Patients booked on chairs and their sessions moved on through the service, as the nurses at
 * other workstations would: the board under test only watches.
 */
public final class FloorStory {

    private final Services services;
    private final MutableClock clock;
    private final Actor nurse;
    private final Actor prescriber;
    private final String prescriberPassword;
    private int mrn = 100;

    public FloorStory(Services services, MutableClock clock, Actor nurse, Actor prescriber, String prescriberPassword) {
        this.services = services;
        this.clock = clock;
        this.nurse = nurse;
        this.prescriber = prescriber;
        this.prescriberPassword = prescriberPassword;
        // CD-3: the devices of the story come from lots in the register's stock.
        Stockroom.nasal(services, nurse, prescriber, prescriberPassword, LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    private SessionEngine engine() {
        return services.sessions();
    }

    private static String request() {
        return UUID.randomUUID().toString();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Registers, screens and starts a TRD nasal course for the patient; books the chair today. */
    public long booked(String family, String given, int chair) {
        String number = "RMC-" + (++mrn);
        Patient p = new Patient(number, new PersonName(family, given), LocalDate.parse("1975-06-0" + (1 + mrn % 9)), Sex.FEMALE, null, null,
                "ID-" + number, Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(),
                new Childbearing(ChildbearingPotential.NO, false, ""), "");
        long patientId = ((Registration.Saved) services.patients().register(nurse, p, false).value()).patient().id();
        services.screenings().record(nurse, patientId, Screening.clear(today())).value();
        long courseId = services.courses().start(prescriber, patientId, Indication.TRD, Route.NASAL, "", today())
                .value().course().id();
        return services.clinicDay().book(nurse, courseId, today(), chair).value().sessionId();
    }

    /** PAT-1: a later screening of the session's patient records an absolute contraindication. */
    public FloorStory rescreened(long session, Contraindication found) {
        long patientId = engine().view(nurse, session).value().patient().id();
        services.screenings().record(nurse, patientId, new Screening(today(), Set.of(found), PregnancyStatus.NOT_PREGNANT, false,
                Map.of(), Optional.empty(), Optional.empty())).value();
        return this;
    }

    /** Check-in, checklist, baseline 128/82 and the 56 mg first dose authorised. */
    public FloorStory authorised(long session) {
        return authorised(session, 128, 82);
    }

    /** The same from another baseline (BP-6 rises are measured from it). */
    public FloorStory authorised(long session, int baselineSbp, int baselineDbp) {
        engine().startSession(nurse, session, request()).value();
        Checklists.answerAllSafely(engine(), nurse, session, clock.instant(), request());
        engine().completeChecklist(nurse, session, request()).value();
        engine().recordBaseline(nurse, session, baselineSbp, baselineDbp, 76, 98, null, request()).value();
        engine().authoriseDose(prescriber, session, 56, org.vigil.domain.Route.NASAL, 0, prescriberPassword, request()).value();
        return this;
    }

    public FloorStory device(long session) {
        engine().giveDevice(nurse, session, "LOT-A1", true, "", request()).value();
        return this;
    }

    public FloorStory vitals(long session, int sbp, int dbp) {
        engine().recordVitals(nurse, session, sbp, dbp, 80, 98, null, request()).value();
        return this;
    }

    public FloorStory sedation(long session, int moaas) {
        engine().scoreSedation(nurse, session, moaas, null, request()).value();
        return this;
    }

    public FloorStory minutes(double m) {
        clock.advance(Duration.ofSeconds(Math.round(m * 60)));
        return this;
    }

    /**
     * From {@link FloorFixture#dosed}: the checks of two hours' observation on time, transport
     * here, the prescriber's sign-off and the discharge (DIS-1); the clock ends 2 h 15 min later.
     */
    public FloorStory dischargedAfterObservation(long session) {
        minutes(10).sedation(session, 5).minutes(15).sedation(session, 5).minutes(10).vitals(session, 142, 88);
        minutes(30).sedation(session, 5).minutes(30).sedation(session, 5).minutes(25).vitals(session, 130, 80).sedation(session, 5);
        engine().transportArrived(nurse, session, request()).value();
        minutes(2);
        engine().signReadyToLeave(prescriber, session, prescriberPassword, request()).value();
        minutes(3);
        engine().discharge(nurse, session, request()).value();
        return this;
    }
}
