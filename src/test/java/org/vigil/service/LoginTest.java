package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.SettingKeys;

@DisplayName("Logging in and account lockout")
class LoginTest {

    private static final String NURSE_PASSWORD = "blue chairs in the waiting room";
    private static final Refusal FAILED = Refusal.of("PWD-3", "login.failed");

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Accounts accounts;
    private Actor nurse;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        accounts = clinic.services().accounts();
        nurse = clinic.person("nurse.li", NURSE_PASSWORD, Role.NURSE);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(accounts.login("nurse.li", "not my password at all")).isInstanceOf(LoginResult.Denied.class);
        }
    }

    @Test
    @DisplayName("PWD-3 the right password logs in and is audited as LOGIN")
    void rightPassword() {
        LoginResult result = accounts.login("nurse.li", NURSE_PASSWORD);
        assertThat(result).isEqualTo(new LoginResult.Granted(nurse));
        AuditEvent last = clinic.lastEvent();
        assertThat(last.action()).isEqualTo("LOGIN");
        assertThat(last.userId()).isEqualTo(nurse.userId());
    }

    @Test
    @DisplayName("PWD-3 a wrong password and an unknown user get the same refusal, both audited")
    void wrongPasswordAndUnknownUser() {
        assertThat(accounts.login("nurse.li", "not my password at all")).isEqualTo(new LoginResult.Denied(FAILED));
        assertThat(clinic.lastEvent()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILED");
            assertThat(e.reason()).isEqualTo("wrong password");
        });
        assertThat(accounts.login("nobody", NURSE_PASSWORD)).isEqualTo(new LoginResult.Denied(FAILED));
        assertThat(clinic.lastEvent()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILED");
            assertThat(e.reason()).isEqualTo("unknown user name");
        });
    }

    @Test
    @DisplayName("PWD-3 a password typed into the user-name field is not written to the audit trail")
    void passwordInNameFieldNotKept() {
        accounts.login(NURSE_PASSWORD, NURSE_PASSWORD);
        assertThat(clinic.auditTrail()).allSatisfy(e -> assertThat(String.join("|",
                String.valueOf(e.username()), String.valueOf(e.entityId()), String.valueOf(e.newValue()),
                String.valueOf(e.reason()))).doesNotContain(NURSE_PASSWORD));
    }

    @Test
    @DisplayName("PWD-3 five failures lock the account for 15 minutes, audited as ACCOUNT_LOCKED")
    void fiveFailuresLock() {
        failTimes(4);
        assertThat(clinic.actions()).doesNotContain("ACCOUNT_LOCKED");
        LoginResult fifth = accounts.login("nurse.li", "not my password at all");
        assertThat(fifth).isEqualTo(new LoginResult.Denied(Refusal.of("PWD-3", "login.locked", 15L)));
        AuditEvent locked = clinic.lastEvent();
        assertThat(locked.action()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(locked.newValue()).isEqualTo("lockedUntil=" + TestClinic.MORNING.plus(Duration.ofMinutes(15)));
    }

    @Test
    @DisplayName("PWD-3 while locked, even the right password is denied (and audited)")
    void lockedDeniesRightPassword() {
        failTimes(5);
        clinic.clock.advance(Duration.ofMinutes(14));
        LoginResult result = accounts.login("nurse.li", NURSE_PASSWORD);
        assertThat(result).isInstanceOfSatisfying(LoginResult.Denied.class,
                denied -> assertThat(denied.refusal().messageKey()).isEqualTo("login.locked"));
        assertThat(clinic.lastEvent().reason()).isEqualTo("account locked");
    }

    @Test
    @DisplayName("PWD-3 while locked, the message says how many minutes are left, rounded up")
    void minutesLeft() {
        failTimes(5);
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isEqualTo(new LoginResult.Denied(Refusal.of("PWD-3", "login.locked", 15L)));
        clinic.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isEqualTo(new LoginResult.Denied(Refusal.of("PWD-3", "login.locked", 5L)));
        clinic.clock.advance(Duration.ofMinutes(4).plusSeconds(30));
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isEqualTo(new LoginResult.Denied(Refusal.of("PWD-3", "login.locked", 1L)));
    }

    @Test
    @DisplayName("PWD-3 after 15 minutes on the clinic clock the right password works again")
    void lockExpires() {
        failTimes(5);
        clinic.clock.advance(Duration.ofMinutes(15));
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("PWD-3 an administrator can unlock at once, audited as ACCOUNT_UNLOCKED")
    void adminUnlocks() {
        failTimes(5);
        assertThat(clinic.services().users().unlock(clinic.admin(), nurse.userId()).value().lockedUntil()).isNull();
        assertThat(clinic.lastEvent().action()).isEqualTo("ACCOUNT_UNLOCKED");
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("PWD-3 the number of failures and the lock time are settings")
    void lockoutFollowsSettings() {
        SettingsAdministration settings = clinic.services().settings();
        settings.change(clinic.admin(), SettingKeys.LOGIN_MAX_FAILURES, "3", "stricter policy").value();
        settings.change(clinic.admin(), SettingKeys.LOGIN_LOCKOUT_MINUTES, "60", "stricter policy").value();
        failTimes(2);
        assertThat(accounts.login("nurse.li", "not my password at all"))
                .isEqualTo(new LoginResult.Denied(Refusal.of("PWD-3", "login.locked", 60L)));
        clinic.clock.advance(Duration.ofMinutes(59));
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isInstanceOf(LoginResult.Denied.class);
        clinic.clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("PWD-3 a successful login clears the count of failures")
    void successClearsFailures() {
        failTimes(4);
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
        failTimes(4);
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("USR-2 a deactivated account cannot log in, with the same message as a wrong password")
    void deactivatedCannotLogIn() {
        clinic.services().users().deactivate(clinic.admin(), nurse.userId(), "left the clinic").value();
        assertThat(accounts.login("nurse.li", NURSE_PASSWORD)).isEqualTo(new LoginResult.Denied(FAILED));
        assertThat(clinic.lastEvent().reason()).isEqualTo("account deactivated");
    }
}
