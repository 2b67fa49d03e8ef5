package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.service.UserAdministration.NewAccount;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;
import org.vigil.testing.TestServices;

@DisplayName("Passwords are stored only as Argon2id hashes")
class PasswordStorageTest {

    private static final String SHARED_PASSWORD = "two nurses chose the same sentence";

    @TempDir
    Path dir;

    /** The production cost: the only test that pays it for every account it makes. */
    @Test
    @DisplayName("the program (Services.open(dir, clock)) hashes as $argon2id$v=19$m=19456,t=2,p=1$ (OWASP) with a unique salt, even for the same password")
    void argon2idWithUniqueSalts() throws Exception {
        assertThat(HashCost.PRODUCTION).isEqualTo(new HashCost(19456, 2, 1));
        try (TestClinic clinic = TestClinic.setUpAsProgramDoes(dir)) {
            clinic.person("nurse.li", SHARED_PASSWORD, Role.NURSE);
            clinic.person("nurse.jones", SHARED_PASSWORD, Role.NURSE);
            assertThat(clinic.services().accounts().login("nurse.li", SHARED_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
            assertThat(clinic.services().accounts().login("nurse.jones", "not the shared sentence")).isInstanceOf(LoginResult.Denied.class);
        }
        try (RawDatabase raw = RawDatabase.open(dir)) {
            List<String> hashes = raw.column("SELECT password_hash FROM app_user WHERE username IN ('admin', 'nurse.li', 'nurse.jones')");
            assertThat(hashes).hasSize(3).allSatisfy(h -> assertThat(h)
                    .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}")
                    .doesNotContain(SHARED_PASSWORD));
            assertThat(hashes).doesNotHaveDuplicates();
            assertThat(hashes.stream().map(PasswordStorageTest::salt).distinct()).hasSize(3);
            assertThat(raw.column("SELECT code_hash FROM password_reset"))
                    .isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        }
    }

    @Test
    @DisplayName("a stored hash verifies whatever cost new hashes are made at: production hashes under the tests' cheap cost and back")
    void hashesCarryTheirCost() throws Exception {
        try (TestClinic clinic = TestClinic.setUpAsProgramDoes(dir)) {
            clinic.person("nurse.li", SHARED_PASSWORD, Role.NURSE);
        }
        // Production hashes, checked by services that make cheap ones; a new account is cheap.
        try (Services cheap = TestServices.open(dir, new MutableClock(TestClinic.MORNING))) {
            assertThat(cheap.accounts().login("nurse.li", SHARED_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
            assertThat(cheap.accounts().login(TestClinic.ADMIN, TestClinic.ADMIN_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
            assertThat(cheap.accounts().login("nurse.li", TestClinic.ADMIN_PASSWORD)).isInstanceOf(LoginResult.Denied.class);
            Actor admin = ((LoginResult.Granted) cheap.accounts().login(TestClinic.ADMIN, TestClinic.ADMIN_PASSWORD)).actor();
            String code = cheap.users().create(admin, "nurse.jones", "Jones", Set.of(Role.NURSE), false).value().oneTimeCode();
            cheap.accounts().completeReset("nurse.jones", code, SHARED_PASSWORD).value();
        }
        try (RawDatabase raw = RawDatabase.open(dir)) {
            assertThat(raw.column("SELECT password_hash FROM app_user WHERE username = 'nurse.li'"))
                    .singleElement().asString().startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
            assertThat(raw.column("SELECT password_hash FROM app_user WHERE username = 'nurse.jones'"))
                    .singleElement().asString().startsWith("$argon2id$v=19$m=8,t=1,p=1$");
        }
        // The cheap hash, checked by services as the program opens them.
        try (Services program = Services.open(dir, new MutableClock(TestClinic.MORNING))) {
            assertThat(program.accounts().login("nurse.jones", SHARED_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
            assertThat(program.accounts().login("nurse.jones", TestClinic.ADMIN_PASSWORD)).isInstanceOf(LoginResult.Denied.class);
            assertThat(program.accounts().login("nurse.li", SHARED_PASSWORD)).isInstanceOf(LoginResult.Granted.class);
        }
    }

    private static String salt(String phc) {
        return phc.split("\\$")[4];
    }

    @Test
    @DisplayName("no password, mistyped password or one-time code appears in any audit column or log line")
    void secretsNeverRecorded() throws Exception {
        String wrong = "a guess that was almost right";
        String chosen = "my own sentence for the ward";
        String changed = "a brand new sentence for spring";
        String code;
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Level level = root.getLevel();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.ALL);
        try (TestClinic clinic = TestClinic.setUp(dir)) {
            Accounts accounts = clinic.services().accounts();
            NewAccount created = clinic.services().users().create(clinic.admin(), "nurse.li", "Li Na", Set.of(Role.NURSE), false).value();
            code = created.oneTimeCode();
            assertThat(accounts.login("nurse.li", code)).isInstanceOf(LoginResult.NewPasswordNeeded.class);
            Actor nurse = accounts.completeReset("nurse.li", code, chosen).value();
            accounts.login("nurse.li", wrong);
            accounts.login("admin", wrong);
            accounts.changePassword(nurse, chosen, changed).value();
            accounts.unlockScreen("nurse.li", changed);
        } finally {
            root.detachAppender(log);
            root.setLevel(level);
        }
        List<String> secrets = List.of(TestClinic.ADMIN_PASSWORD, wrong, chosen, changed, code, code.replace("-", ""));
        try (RawDatabase raw = RawDatabase.open(dir)) {
            List<List<String>> events = raw.rows("SELECT * FROM audit_event");
            assertThat(events).hasSizeGreaterThan(8);
            for (List<String> row : events) {
                for (String column : row.stream().filter(Objects::nonNull).toList()) {
                    for (String secret : secrets) {
                        assertThat(column).as("audit column").doesNotContainIgnoringCase(secret);
                    }
                }
            }
        }
        assertThat(log.list).isNotEmpty();
        for (ILoggingEvent line : log.list) {
            String text = line.getFormattedMessage()
                    + (line.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(line.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(text).as("log line").doesNotContainIgnoringCase(secret);
            }
        }
    }
}
