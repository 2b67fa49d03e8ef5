package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.vigil.domain.Route;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.alarm.Alarm;
import org.vigil.testing.Stockroom;

/**
 * Writes the data folder that {@link StoredSessionsReplayTest} must keep replaying: a few
 * sessions made through the services by this schema version. Run it only to make the fixture
 * for a new schema version, into a new folder; never overwrite a released one, whose whole point
 * is that it was written by older code:
 *
 * <pre>mvn test -Dtest=StoredSessionsFixture -Dvigil.fixture.out=src/test/resources/fixtures/schema-v8</pre>
 *
 * <p>The scripts below are the story {@link StoredSessionsReplayTest} expects; change one only
 * together with a new fixture folder and a new replay test for it.
 */
class StoredSessionsFixture {

    private static final org.vigil.domain.Route NASAL = org.vigil.domain.Route.NASAL;
    private static final org.vigil.domain.Route IV = org.vigil.domain.Route.IV;

    @Test
    @EnabledIfSystemProperty(named = "vigil.fixture.out", matches = ".+")
    void write() throws SQLException, IOException {
        Path out = Path.of(System.getProperty("vigil.fixture.out"));
        assertThat(out).as("a released fixture is never overwritten").doesNotExist();
        try (SessionFloor floor = SessionFloor.open(out)) {
            long nasal = nasalToDischarge(floor);
            ivToDischarge(floor);
            abandonedOnBaseline(floor);
            floor.clinic.clock.advance(Duration.ofDays(3));
            alarmsThenReferred(floor, floor.engine().view(floor.nurse, nasal).value().courseId());
        }
        // The database closes with its pages spread out; compacted it is a fraction of the size.
        try (Connection c = org.vigil.store.RawDatabase.open(out.toAbsolutePath()).connection();
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        assertThat(Files.size(out.resolve("vigil.mv.db"))).as("small enough to keep in git").isLessThan(1_000_000);
    }

    /**
     * Session 1, Grace, chair 1: her first TRD dose, 56 mg in two devices, watched to a signed
     * discharge. Two sedation checks are scored a few minutes late, so their alarms are resolved.
     */
    private static long nasalToDischarge(SessionFloor floor) {
        SessionEngine engine = floor.engine();
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        engine.authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        engine.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        engine.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(10);
        engine.scoreSedation(floor.nurse, session, 4, floor.now(), floor.request()).value();
        engine.noteDissociation(floor.nurse, session, true, floor.request()).value();
        floor.minutes(15);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        engine.noteDissociation(floor.nurse, session, false, floor.request()).value();
        floor.minutes(10);
        engine.recordVitals(floor.nurse, session, 142, 88, 80, 97, floor.now(), floor.request()).value();
        floor.minutes(30);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(30);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(25);
        engine.recordVitals(floor.nurse, session, 130, 80, 74, 98, floor.now(), floor.request()).value();
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        engine.transportArrived(floor.nurse, session, floor.request()).value();
        floor.minutes(2);
        engine.signReadyToLeave(floor.prescriber, session, SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        floor.minutes(3);
        engine.discharge(floor.nurse, session, floor.request()).value();
        return session;
    }

    /**
     * Session 2, David, chair 2: IV 32.8 mg (0.40 mg/kg of 82 kg) over 40 min, mild nausea opened
     * and resolved, three late sedation checks resolving their alarms, then home.
     */
    private static void ivToDischarge(SessionFloor floor) {
        SessionEngine engine = floor.engine();
        long session = floor.booked(PatientForm.david(), Route.IV);
        floor.ready(session, 126, 80);
        engine.authoriseDose(floor.prescriber, session, new BigDecimal("32.8"), IV, 40, null, SessionFloor.PRESCRIBER_PASSWORD,
                floor.request()).value();
        engine.startInfusion(floor.nurse, session, new BigDecimal("60"), Stockroom.IV_LOT, floor.request()).value();
        floor.minutes(15);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(10);
        engine.openAdverseEvent(floor.nurse, session, AdverseEventKind.NAUSEA, Severity.MILD, "", "Sips of water; 恶心", floor.now(),
                floor.request()).value();
        floor.minutes(5);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(10);
        engine.endInfusion(floor.nurse, session, new BigDecimal("40.0"), new BigDecimal("0.0"), floor.prescriber,
                SessionFloor.PRESCRIBER_PASSWORD, "Discarded into the waste container", floor.request()).value();
        engine.recordVitals(floor.nurse, session, 148, 90, 82, 97, floor.now(), floor.request()).value();
        engine.resolveAdverseEvent(floor.nurse, session, "AE-1", "Settled; no antiemetic needed", floor.request()).value();
        for (int i = 0; i < 3; i++) {
            floor.minutes(30);
            engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        }
        engine.recordVitals(floor.nurse, session, 132, 82, 76, 98, floor.now(), floor.request()).value();
        engine.transportArrived(floor.nurse, session, floor.request()).value();
        engine.signReadyToLeave(floor.prescriber, session, SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        floor.minutes(2);
        engine.discharge(floor.nurse, session, floor.request()).value();
    }

    /** Session 3, 张伟, chair 3: BP-2 baseline too high, nothing given, abandoned and rebooked. */
    private static void abandonedOnBaseline(SessionFloor floor) {
        long session = floor.booked(PatientForm.zhangWei(), Route.NASAL);
        floor.ready(session, 186, 112);
        floor.engine().abandon(floor.nurse, session, "BP-2 baseline 186/112; rebooked; 周四再来", floor.request()).value();
    }

    /**
     * Session 4, Grace again three days later, chair 1: 56 mg; the 40-minute BP is missed, the
     * alarm acknowledged and then resolved by the reading; chest pain refers her to emergency care.
     */
    private static void alarmsThenReferred(SessionFloor floor, long graceCourse) {
        SessionEngine engine = floor.engine();
        long session = floor.clinic.services().clinicDay().book(floor.nurse, graceCourse, SessionFloor.TODAY.plusDays(3), 1).value()
                .sessionId();
        floor.ready(session, 124, 78);
        engine.authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        engine.giveDevice(floor.nurse, session, "LOT-B7", true, "", floor.request()).value();
        floor.minutes(5);
        engine.giveDevice(floor.nurse, session, "LOT-B7", true, "", floor.request()).value();
        floor.minutes(10);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(15);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(16);
        Alarm late = engine.view(floor.nurse, session).value().activeAlarms().stream().filter(a -> a.cause().startsWith("BP-3"))
                .findFirst().orElseThrow();
        engine.acknowledgeAlarm(floor.nurse, session, late.cause(), floor.request()).value();
        floor.minutes(1);
        engine.recordVitals(floor.nurse, session, 150, 92, 88, 97, floor.now(), floor.request()).value();
        floor.minutes(4);
        engine.openAdverseEvent(floor.nurse, session, AdverseEventKind.CHEST_PAIN, Severity.SEVERE, "Central, pressing",
                "Ambulance called; ECG", floor.now(), floor.request()).value();
    }
}
