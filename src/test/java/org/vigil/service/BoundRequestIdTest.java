package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * Issue 10, point 3: a request id is bound to what it carried. A retry of the same submission is
 * answered as before with one record; the same id carrying anything else — another session,
 * another action, other values — is refused loudly and audited, never answered "done" with
 * nothing stored.
 */
@DisplayName("A request id can never silently drop data")
class BoundRequestIdTest {

    @TempDir
    Path dir;
    private SessionFloor floor;
    private long first;
    private long second;

    @BeforeEach
    void twoPatientsObserved() {
        floor = SessionFloor.open(dir);
        first = floor.booked(PatientForm.grace(), Route.NASAL);
        second = floor.booked(PatientForm.david(), Route.NASAL);
        for (long session : List.of(first, second)) {
            floor.ready(session, 128, 82);
            floor.engine().authoriseDose(floor.prescriber, session, 56, org.vigil.domain.Route.NASAL, 0,
                    SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
            floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        }
        floor.minutes(20);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private List<VitalsRecorded> readings(long session) {
        return floor.engine().view(floor.nurse, session).value().snapshot().readings();
    }

    private static void reusedRefusal(Outcome<?> outcome, String requestId) {
        Refusal refusal = outcome.refusalOrNull();
        assertThat(refusal).as("refused, not answered as done").isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("session.refused.requestReused");
        assertThat(refusal.args().getFirst()).isEqualTo(requestId);
    }

    private AuditEvent lastRefusal() {
        return floor.clinic.auditTrail().stream().filter(e -> "SESSION_REFUSED".equals(e.action())).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    @DisplayName("The same request id with the same content is answered as before: one reading")
    void sameContentOnce() {
        SessionView once = floor.engine().recordVitals(floor.nurse, first, 152, 94, 88, 97, null, "req-vitals").value();
        SessionView again = floor.engine().recordVitals(floor.nurse, first, 152, 94, 88, 97, null, "req-vitals").value();
        assertThat(readings(first)).hasSize(1);
        assertThat(again.snapshot().events()).isEqualTo(once.snapshot().events());
        assertThat(floor.clinic.actions().stream().filter("SESSION_VITALS_RECORDED"::equals)).hasSize(1);
    }

    @Test
    @DisplayName("The same request id on another session is refused and audited; the other patient's reading is not lost silently")
    void otherSession() {
        floor.engine().recordVitals(floor.nurse, first, 152, 94, 88, 97, null, "req-shared").value();
        Outcome<SessionView> reused = floor.engine().recordVitals(floor.nurse, second, 118, 76, 70, 98, null, "req-shared");
        reusedRefusal(reused, "req-shared");
        assertThat(readings(second)).isEmpty();
        assertThat(readings(first)).extracting(VitalsRecorded::sbp).containsExactly(152);
        AuditEvent audited = lastRefusal();
        assertThat(audited.entityId()).isEqualTo(String.valueOf(second));
        assertThat(audited.reason()).contains("session.refused.requestReused", "req-shared", "session.vitals");
    }

    @Test
    @DisplayName("The same request id for another action on the same session is refused and audited")
    void otherAction() {
        floor.engine().recordVitals(floor.nurse, first, 152, 94, 88, 97, null, "req-x").value();
        reusedRefusal(floor.engine().scoreSedation(floor.nurse, first, 4, null, "req-x"), "req-x");
        assertThat(floor.engine().view(floor.nurse, first).value().snapshot().scores()).isEmpty();
        assertThat(lastRefusal().reason()).contains("req-x");
    }

    @Test
    @DisplayName("The same request id with other values is refused and audited; the first reading stays, the second is not stored")
    void otherValues() {
        floor.engine().recordVitals(floor.nurse, first, 152, 94, 88, 97, null, "req-y").value();
        reusedRefusal(floor.engine().recordVitals(floor.nurse, first, 162, 101, 90, 97, null, "req-y"), "req-y");
        assertThat(readings(first)).extracting(VitalsRecorded::sbp).containsExactly(152);
    }

    @Test
    @DisplayName("The same request id sent by another user is another action: refused")
    void otherUser() {
        floor.engine().transportArrived(floor.nurse, first, "req-z").value();
        reusedRefusal(floor.engine().transportArrived(floor.prescriber, first, "req-z"), "req-z");
        assertThat(floor.engine().view(floor.nurse, first).value().snapshot().events())
                .filteredOn(e -> e instanceof SessionEvent.TransportArrived).hasSize(1);
    }
}
