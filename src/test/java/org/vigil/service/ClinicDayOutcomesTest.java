package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionState;

/** Issue 15, item 2: the clinic day keeps every patient treated today, with how the session ended. */
@DisplayName("The clinic day keeps every patient of the day, with the outcome")
class ClinicDayOutcomesTest {

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

    private List<DayRow> today() {
        return floor.clinic.services().clinicDay().between(floor.nurse, SessionFloor.TODAY, SessionFloor.TODAY).value();
    }

    private DayRow rowOf(long session) {
        return today().stream().filter(r -> r.sessionId().equals(Optional.of(session))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("SCH-6 a discharged patient stays on the day with 'discharged at', an abandoned and a referred one with theirs; the chair is free to book again")
    void outcomesStay() {
        long grace = ObservedSession.run(floor, PatientForm.grace(), 1);
        Instant dischargedAt = floor.now();
        long zhang = floor.booked(PatientForm.zhangWei(), Route.NASAL, 2);
        floor.ready(zhang, 186, 112);
        floor.engine().abandon(floor.nurse, zhang, "Baseline too high; rebooked", floor.request()).value();
        Instant abandonedAt = floor.now();
        long david = floor.booked(PatientForm.david(), Route.NASAL, 3);
        floor.ready(david, 128, 82);
        floor.minutes(3);
        floor.engine().referToEmergency(floor.nurse, david, "Chest pain", floor.request()).value();
        Instant referredAt = floor.now();

        assertThat(rowOf(grace).ended()).contains(new DayRow.Ended(SessionState.DISCHARGED, Optional.of(dischargedAt)));
        assertThat(rowOf(zhang).ended()).contains(new DayRow.Ended(SessionState.ABANDONED, Optional.of(abandonedAt)));
        assertThat(rowOf(david).ended()).contains(new DayRow.Ended(SessionState.REFERRED, Optional.of(referredAt)));
        assertThat(today()).filteredOn(r -> r.ended().isPresent()).allSatisfy(r -> {
            assertThat(r.booked()).as("a finished session no longer holds a booking").isFalse();
            assertThat(r.inSession()).isFalse();
            assertThat(r.next()).as("its line is the outcome, not the schedule").isEmpty();
        });
        // Abandoned before the dose: the course is due again and comes back as its own line.
        assertThat(today()).filteredOn(r -> r.patient().displayName().equals(rowOf(zhang).patient().displayName()))
                .extracting(r -> r.ended().isPresent()).containsExactlyInAnyOrder(true, false);
        long ruth = floor.booked(PatientForm.grace().mrn("MRN-0004").name("Adams", "Ruth").idNumber("R-440001"), Route.NASAL, 1);
        assertThat(rowOf(ruth).booked()).as("chair 1 is free again after the discharge").isTrue();
    }
}
