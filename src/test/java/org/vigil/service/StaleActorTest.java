package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;

/** ROLE-2 holds for people still logged in when their account changes. */
class StaleActorTest {

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Actor secondAdmin;
    private Actor manager;

    @BeforeEach
    void open() {
        clinic = TestClinic.setUp(dir);
        secondAdmin = clinic.person("admin2", "two keys for the cabinet", Role.ADMIN);
        manager = clinic.person("manager", "rota planning on a rainy monday", Role.MANAGER);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    @DisplayName("ROLE-2 an administrator demoted while logged in loses the power at once")
    void demotedWhileLoggedIn() {
        clinic.services().users().changeRoles(clinic.admin(), secondAdmin.userId(), Set.of(Role.MANAGER), false, "moved to management")
                .value();
        assertThat(clinic.services().users().list(secondAdmin).refusalOrNull())
                .isEqualTo(Refusal.of("ROLE-2", "refused.role", "MANAGE_USERS"));
        assertThat(clinic.lastEvent().action()).isEqualTo("REFUSED");
    }

    @Test
    @DisplayName("ROLE-2 a manager deactivated while logged in can no longer change the protocol")
    void deactivatedWhileLoggedIn() {
        clinic.services().users().deactivate(clinic.admin(), manager.userId(), "left the clinic").value();
        assertThat(clinic.services().settings().change(manager, "obs.minimumMinutes", "150", "longer").refusalOrNull())
                .isEqualTo(Refusal.of("ROLE-2", "refused.inactive"));
        assertThat(clinic.services().settings().current().integer("obs.minimumMinutes")).isEqualTo(120);
        assertThat(clinic.lastEvent().reason()).isEqualTo("ROLE-2: account deactivated");
    }
}
