package org.vigil.service;

import static org.vigil.service.SessionFloor.PRESCRIBER_PASSWORD;

import java.time.Instant;
import org.vigil.domain.Route;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;

/**
 * A nasal session from check-in to discharge as a nurse would tell it, for the printed reports:
 * two devices of LOT-A1 at 08:00 and 08:05, nausea at 08:20 settled by 08:45, dissociation from
 * 08:15 to 08:50, a 40-minute BP of 172/96 (above the recheck line and risen 44 from the baseline
 * of 128/82) rechecked at 150/90, a reading taken at 09:10 but entered at 09:20 (BP-9), MOAA/S 5
 * from 09:00 (so ready to leave at 09:00, 60 minutes after the dose, DIS-2), transport, the
 * prescriber's sign-off at 10:01 and discharge at 10:02.
 */
final class ObservedSession {

    private ObservedSession() {}

    static long run(SessionFloor floor, PatientForm patient, int chair) {
        SessionEngine engine = floor.engine();
        long session = floor.booked(patient, Route.NASAL, chair);
        floor.ready(session, 128, 82);
        engine.authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();
        engine.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        engine.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(10); // 08:15
        engine.scoreSedation(floor.nurse, session, 4, floor.now(), floor.request()).value();
        engine.recordVitals(floor.nurse, session, 146, 90, 80, 97, floor.now(), floor.request()).value();
        engine.noteDissociation(floor.nurse, session, true, floor.request()).value();
        floor.minutes(5); // 08:20
        String nausea = engine.openAdverseEvent(floor.nurse, session, AdverseEventKind.NAUSEA, Severity.MILD, "Queasy after the second device",
                "Reassured, sips of water", floor.now(), floor.request()).value().snapshot().adverseEvents().getFirst().eventId();
        floor.minutes(10); // 08:30
        engine.scoreSedation(floor.nurse, session, 4, floor.now(), floor.request()).value();
        floor.minutes(10); // 08:40
        engine.recordVitals(floor.nurse, session, 172, 96, 84, 97, floor.now(), floor.request()).value();
        floor.minutes(5); // 08:45
        engine.resolveAdverseEvent(floor.nurse, session, nausea, "Settled", floor.request()).value();
        floor.minutes(5); // 08:50
        engine.noteDissociation(floor.nurse, session, false, floor.request()).value();
        floor.minutes(5); // 08:55
        engine.recordVitals(floor.nurse, session, 150, 90, 78, 98, floor.now(), floor.request()).value();
        floor.minutes(5); // 09:00
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        Instant tenPast = floor.now().plusSeconds(600);
        floor.minutes(20); // 09:20: the 09:10 reading is entered now
        engine.recordVitals(floor.nurse, session, 138, 86, 74, 98, tenPast, floor.request()).value();
        floor.minutes(10); // 09:30
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(30); // 10:00
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        engine.recordVitals(floor.nurse, session, 132, 84, 72, 98, floor.now(), floor.request()).value();
        engine.transportArrived(floor.nurse, session, floor.request()).value();
        floor.minutes(1); // 10:01
        engine.signReadyToLeave(floor.prescriber, session, PRESCRIBER_PASSWORD, floor.request()).value();
        floor.minutes(1); // 10:02
        engine.discharge(floor.nurse, session, floor.request()).value();
        return session;
    }
}
