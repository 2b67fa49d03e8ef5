package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Role;
import org.vigil.domain.Route;

/**
 * Issue 11, point 5: reading does not force the disk. The board reloads the floor every 30 s
 * and after every click; each of those used to open a write transaction for its permission check
 * and end in CHECKPOINT SYNC. Only writes — including an audited refusal — commit and sync.
 */
@DisplayName("Reads write nothing; a refused read is still audited")
class ReadsWriteNothingTest {

    @TempDir
    Path dir;
    private SessionFloor floor;
    private long session;

    @BeforeEach
    void open() {
        floor = SessionFloor.open(dir);
        session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    @Test
    @DisplayName("The board's floor, a session view, the day list, a patient search and the floor watch add no synced write")
    void readsDoNotSync() {
        Services services = floor.clinic.services();
        long before = services.syncedWrites();
        floor.engine().today(floor.nurse).value();
        floor.engine().view(floor.nurse, session).value();
        floor.engine().floorWatch();
        services.clinicDay().between(floor.nurse, SessionFloor.TODAY, SessionFloor.TODAY).value();
        services.patients().search(floor.nurse, "Grace").value();
        assertThat(services.syncedWrites()).isEqualTo(before);
    }

    @Test
    @DisplayName("ROLE-2 a refused read is still audited, and that refusal is a synced write")
    void refusedReadAudited() {
        Services services = floor.clinic.services();
        var manager = floor.clinic.person("manager.wu", "ledger pages in the morning", Role.MANAGER);
        var admin = floor.clinic.person("it.admin", "server room keys on a hook", Role.ADMIN);
        long before = services.syncedWrites();
        assertThat(floor.engine().today(manager).isDone()).as("a manager reads the floor").isTrue();
        assertThat(services.syncedWrites()).isEqualTo(before);
        assertThat(floor.engine().today(admin).refusalOrNull()).as("an administrator does not see patients").isNotNull();
        assertThat(services.syncedWrites()).isEqualTo(before + 1);
        assertThat(floor.clinic.lastEvent().action()).isEqualTo("REFUSED");
    }
}
