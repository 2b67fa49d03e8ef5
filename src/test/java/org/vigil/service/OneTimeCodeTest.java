package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.service.UserAdministration.NewAccount;

@DisplayName("New accounts and password resets use one-time codes")
class OneTimeCodeTest {

    private static final String CHOSEN = "the fern by the window needs water";
    private static final Refusal CODE_INVALID = Refusal.of("PWD-4", "reset.codeInvalid");

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Accounts accounts;
    private NewAccount created;

    @BeforeEach
    void createNurse() {
        clinic = TestClinic.setUp(dir);
        accounts = clinic.services().accounts();
        created = clinic.services().users().create(clinic.admin(), "nurse.li", "Li Na", Set.of(Role.NURSE), false).value();
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    @Test
    @DisplayName("SIG-2 a new account gets a one-time code and no password; its owner must choose one")
    void newAccountGetsCode() {
        // Issue 15, item 12: no look-alike characters (0/O, 1/I/L, 2/Z, 5/S), three groups of six.
        assertThat(created.oneTimeCode()).matches("[A-HJKMNP-RT-Y346-9]{6}(-[A-HJKMNP-RT-Y346-9]{6}){2}");
        assertThat(created.codeExpiresAt()).isEqualTo(TestClinic.MORNING.plus(Duration.ofHours(24)));
        assertThat(created.account().mustChangePassword()).isTrue();
        assertThat(clinic.actions()).endsWith("USER_CREATED", "ONE_TIME_CODE_ISSUED");
    }

    @Test
    @DisplayName("SIG-2 the code at the login screen only asks for a new password, it never logs in")
    void codeNeverGrants() {
        assertThat(accounts.login("nurse.li", created.oneTimeCode())).isEqualTo(new LoginResult.NewPasswordNeeded("nurse.li"));
        assertThat(accounts.unlockScreen("nurse.li", created.oneTimeCode())).isNotInstanceOf(LoginResult.Granted.class);
        assertThat(clinic.lastEvent().action()).isEqualTo("RESET_CODE_ACCEPTED");
    }

    @Test
    @DisplayName("PWD-4 a code typed in lower case with spaces instead of dashes is still accepted")
    void codeTypedByHand() {
        String typed = created.oneTimeCode().toLowerCase().replace('-', ' ');
        assertThat(accounts.login("nurse.li", typed)).isInstanceOf(LoginResult.NewPasswordNeeded.class);
    }

    @Test
    @DisplayName("PWD-1 choosing a weak password with the code is refused and the code stays usable")
    void weakChoiceRefused() {
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), "too short").refusalOrNull())
                .isEqualTo(Refusal.of("PWD-1", "password.tooShort", 15));
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), "passwordpassword").refusalOrNull())
                .isEqualTo(Refusal.of("PWD-2", "password.common"));
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), CHOSEN).isDone()).isTrue();
    }

    @Test
    @DisplayName("PWD-4 a good password chosen with the code logs in, and the code cannot be used again")
    void codeIsSingleUse() {
        Actor nurse = accounts.completeReset("nurse.li", created.oneTimeCode(), CHOSEN).value();
        assertThat(nurse.username()).isEqualTo("nurse.li");
        assertThat(clinic.actions()).endsWith("PASSWORD_CHOSEN", "LOGIN");
        assertThat(accounts.login("nurse.li", CHOSEN)).isInstanceOf(LoginResult.Granted.class);
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), "a second sentence to try").refusalOrNull())
                .isEqualTo(CODE_INVALID);
        assertThat(accounts.login("nurse.li", created.oneTimeCode())).isInstanceOf(LoginResult.Denied.class);
    }

    @Test
    @DisplayName("PWD-4 a wrong code is refused")
    void wrongCodeRefused() {
        assertThat(accounts.completeReset("nurse.li", "AAAA-BBBB-CCCC-DDDD", CHOSEN).refusalOrNull()).isEqualTo(CODE_INVALID);
    }

    @Test
    @DisplayName("PWD-4 a code expires after security.resetCodeValidHours (24 h by default)")
    void codeExpires() {
        clinic.clock.advance(Duration.ofHours(24));
        assertThat(accounts.login("nurse.li", created.oneTimeCode())).isInstanceOf(LoginResult.Denied.class);
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), CHOSEN).refusalOrNull()).isEqualTo(CODE_INVALID);
    }

    @Test
    @DisplayName("PWD-4 a code is still good just before it expires")
    void codeGoodUntilExpiry() {
        clinic.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), CHOSEN).isDone()).isTrue();
    }

    @Test
    @DisplayName("PWD-4 a reset stops the old password at once; the administrator never learns a usable password")
    void resetStopsOldPassword() {
        Actor nurse = accounts.completeReset("nurse.li", created.oneTimeCode(), CHOSEN).value();
        NewAccount reset = clinic.services().users().resetPassword(clinic.admin(), nurse.userId(), "forgot password").value();
        assertThat(accounts.login("nurse.li", CHOSEN)).isInstanceOf(LoginResult.Denied.class);
        assertThat(accounts.login("nurse.li", reset.oneTimeCode())).isInstanceOf(LoginResult.NewPasswordNeeded.class);
        assertThat(reset.account().mustChangePassword()).isTrue();
        assertThat(clinic.actions()).contains("PASSWORD_RESET");
        String renewed = "a fresh sentence after the holiday";
        accounts.completeReset("nurse.li", reset.oneTimeCode(), renewed).value();
        assertThat(accounts.login("nurse.li", renewed)).isInstanceOf(LoginResult.Granted.class);
    }

    @Test
    @DisplayName("PWD-4 a new code replaces the earlier unused one")
    void newCodeReplacesOld() {
        NewAccount reset = clinic.services().users().resetPassword(clinic.admin(), created.account().id(), "code lost").value();
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), CHOSEN).refusalOrNull()).isEqualTo(CODE_INVALID);
        assertThat(accounts.completeReset("nurse.li", reset.oneTimeCode(), CHOSEN).isDone()).isTrue();
    }

    @Test
    @DisplayName("PWD-4 the code's lifetime follows the setting")
    void lifetimeFollowsSetting() {
        clinic.services().settings().change(clinic.admin(), "security.resetCodeValidHours", "2", "shorter codes").value();
        NewAccount reset = clinic.services().users().resetPassword(clinic.admin(), created.account().id(), "code lost").value();
        assertThat(reset.codeExpiresAt()).isEqualTo(TestClinic.MORNING.plus(Duration.ofHours(2)));
        clinic.clock.advance(Duration.ofHours(2));
        assertThat(accounts.completeReset("nurse.li", reset.oneTimeCode(), CHOSEN).refusalOrNull()).isEqualTo(CODE_INVALID);
    }

    @Test
    @DisplayName("PWD-3 wrong one-time codes count as failed logins: five lock the account, and the right code then waits")
    void guessingCodesLocks() {
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.completeReset("nurse.li", "AAAA-BBBB-CCCC-DDD" + i, CHOSEN).refusalOrNull())
                    .isIn(CODE_INVALID, Refusal.of("PWD-3", "login.locked", 15L));
        }
        assertThat(clinic.actions()).contains("ACCOUNT_LOCKED");
        assertThat(accounts.completeReset("nurse.li", created.oneTimeCode(), CHOSEN).refusalOrNull())
                .isEqualTo(Refusal.of("PWD-3", "login.locked", 15L));
    }
}
