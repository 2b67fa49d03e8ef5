package org.vigil.service;

import static org.vigil.service.SessionFloor.PRESCRIBER_PASSWORD;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.session.SessionEvent;

/**
 * A clinic in the risk programme (PAT-6) with a nurse, a prescriber and a manager, and one way of
 * running a nasal session from check-in to discharge whose every figure is known: baseline
 * 128/82, two 28 mg devices of LOT-A1 five minutes apart, dissociation from 10 to 30 minutes,
 * MOAA/S 4 at 15 minutes, 148/90 at 40 minutes, 132/84 at 118, signed "ready to leave" by the
 * prescriber at 121 and discharged by the nurse at 125 minutes.
 */
final class FormsFloor implements AutoCloseable {

    static final String MANAGER_PASSWORD = "the manager files the forms on friday";

    final SessionFloor floor;
    final Actor manager;

    private FormsFloor(SessionFloor floor, Actor manager) {
        this.floor = floor;
        this.manager = manager;
    }

    /** @param enrolled whether the clinic joins the programme (setting pat.riskProgrammeRequired) before any session */
    static FormsFloor open(Path dir, boolean enrolled) {
        SessionFloor floor = SessionFloor.open(dir);
        FormsFloor f = new FormsFloor(floor, floor.clinic.person("manager.zhou", MANAGER_PASSWORD, Role.MANAGER));
        if (enrolled) {
            floor.clinic.services().settings().change(f.manager, "pat.riskProgrammeRequired", "YES", "Joined the risk programme").value();
        }
        return f;
    }

    /** The dose start of the last session run, for the minutes on the forms. */
    Instant firstDevice;

    /** Books the patient (enrolled in the programme as RP-1001), runs the session as the class comment says, and discharges them. */
    long discharged(PatientForm patient) {
        long session = floor.booked(patient.riskProgramme(new RiskProgrammeEnrolment("RP-1001", SessionFloor.TODAY)), Route.NASAL);
        SessionEngine e = floor.engine();
        floor.ready(session, 128, 82);
        floor.minutes(2);
        e.authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();
        firstDevice = floor.now();
        e.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        e.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        e.noteDissociation(floor.nurse, session, true, floor.request()).value();
        floor.minutes(5);
        e.scoreSedation(floor.nurse, session, 4, floor.now(), floor.request()).value();
        floor.minutes(15);
        e.noteDissociation(floor.nurse, session, false, floor.request()).value();
        e.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(10);
        e.recordVitals(floor.nurse, session, 148, 90, 84, 97, floor.now(), floor.request()).value();
        floor.minutes(20);
        e.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(30);
        e.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(28);
        e.recordVitals(floor.nurse, session, 132, 84, 78, 98, floor.now(), floor.request()).value();
        floor.minutes(2);
        e.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        e.transportArrived(floor.nurse, session, floor.request()).value();
        floor.minutes(1);
        e.signReadyToLeave(floor.prescriber, session, PRESCRIBER_PASSWORD, floor.request()).value();
        floor.minutes(4);
        e.discharge(floor.nurse, session, floor.request()).value();
        return session;
    }

    /** DIS-2 as stored with the discharge: minutes from the first device to ready to leave. */
    long readyMinutes(long session) {
        SessionEvent.Discharged d = floor.engine().view(floor.nurse, session).value().snapshot().events().stream()
                .filter(e -> e instanceof SessionEvent.Discharged).map(e -> (SessionEvent.Discharged) e).findFirst().orElseThrow();
        return Duration.between(firstDevice, d.readyToLeaveAt()).toMinutes();
    }

    MonitoringForms forms() {
        return floor.clinic.services().monitoringForms();
    }

    @Override
    public void close() {
        floor.close();
    }
}
