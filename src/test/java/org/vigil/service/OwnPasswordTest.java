package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;

@DisplayName("A user's own password and screen")
class OwnPasswordTest {

    private static final String CURRENT = "blue chairs in the waiting room";
    private static final String NEXT = "green chairs arrive next week";

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Accounts accounts;
    private Actor nurse;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        accounts = clinic.services().accounts();
        nurse = clinic.person("nurse.li", CURRENT, Role.NURSE);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    @Test
    @DisplayName("PWD-3 changing the password asks for the current one; a wrong one is refused and audited")
    void currentPasswordChecked() {
        assertThat(accounts.changePassword(nurse, "not my password at all", NEXT).refusalOrNull())
                .isEqualTo(Refusal.of("PWD-3", "password.currentWrong"));
        assertThat(clinic.lastEvent().action()).isEqualTo("PASSWORD_CHANGE_FAILED");
        assertThat(accounts.login("nurse.li", CURRENT)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("PWD-2 the new password follows the policy")
    void newPasswordChecked() {
        assertThat(accounts.changePassword(nurse, CURRENT, "Nurse.Li changes her password").refusalOrNull())
                .isEqualTo(Refusal.of("PWD-2", "password.containsUsername"));
        assertThat(accounts.login("nurse.li", CURRENT)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("PWD-3 after a change only the new password works, and the change is audited")
    void changed() {
        accounts.changePassword(nurse, CURRENT, NEXT).value();
        assertThat(clinic.lastEvent().action()).isEqualTo("PASSWORD_CHANGED");
        assertThat(accounts.login("nurse.li", CURRENT)).isInstanceOf(LoginResult.Denied.class);
        assertThat(accounts.login("nurse.li", NEXT)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("SIG-4 locking the screen, unlocking it and logging out are audited")
    void screenEventsAudited() {
        accounts.screenLocked(nurse, "idle 10 minutes");
        AuditEvent locked = clinic.lastEvent();
        assertThat(locked.action()).isEqualTo("SCREEN_LOCKED");
        assertThat(locked.reason()).isEqualTo("idle 10 minutes");
        assertThat(accounts.unlockScreen("nurse.li", CURRENT)).isEqualTo(new LoginResult.Granted(nurse));
        assertThat(clinic.lastEvent().action()).isEqualTo("SCREEN_UNLOCKED");
        accounts.logout(nurse);
        assertThat(clinic.lastEvent().action()).isEqualTo("LOGOUT");
    }
}
