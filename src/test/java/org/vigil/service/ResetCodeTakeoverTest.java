package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;

/**
 * PWD-5: the administrator who issues a one-time code could use it: choose the prescriber's
 * password and sign as them. Issue 14 found exactly that; the schema's comment promised otherwise.
 */
@DisplayName("PWD-5 a password set from a one-time code cannot sign until its owner has logged in with it")
class ResetCodeTakeoverTest {

    private static final String TAKEN_OVER = "the administrator now knows this one";

    @TempDir
    Path dir;
    private SessionFloor floor;
    private long session;

    @BeforeEach
    void sessionAwaitingTheDose() {
        floor = SessionFloor.open(dir);
        session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private UserAdministration.NewAccount adminResetsThePrescriber() {
        return floor.clinic.services().users().resetPassword(floor.clinic.admin(), floor.prescriber.userId(), "forgot password").value();
    }

    private Outcome<SessionView> authorise(Actor as, String password) {
        return floor.engine().authoriseDose(as, session, 56, Route.NASAL, 0, password, floor.request());
    }

    @Test
    @DisplayName("PWD-5 SIG-2 the administrator issues a code, uses it and tries to authorise a dose as the prescriber: refused, with why and what to do")
    void issuerCannotSign() {
        String code = adminResetsThePrescriber().oneTimeCode();
        floor.minutes(2);
        Actor takenOver = floor.clinic.services().accounts().completeReset("drchen", code, TAKEN_OVER).value();

        Outcome<SessionView> refused = authorise(takenOver, TAKEN_OVER);

        Refusal refusal = refused.refusalOrNull();
        assertThat(refusal).as("a signature straight after the code's use").isNotNull();
        assertThat(refusal.ruleId()).isEqualTo("PWD-5");
        assertThat(refusal.messageKey()).isEqualTo("signature.afterReset");
        String sentence = org.vigil.text.Messages.of(java.util.Locale.ENGLISH).refusal(refusal);
        assertThat(sentence).contains("Ada Admin").contains("logs in once with the new password");
        // Issue 15, item 10: the moments read as every screen writes them, e.g. "30 Nov 2026 08:00".
        assertThat(sentence).containsPattern("on \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(floor.clinic.lastEvent().action()).isEqualTo("SIGNATURE_REFUSED");
        assertThat(floor.clinic.lastEvent().reason()).startsWith("PWD-5");
        assertThat(floor.engine().view(floor.nurse, session).value().snapshot().devicesAuthorised()).isZero();
    }

    @Test
    @DisplayName("PWD-5 the owner's first login shows who issued the code and when; then signing works; the trail links reset, use, login and signature by the code")
    void ownerLogsInThenSigns() {
        String code = adminResetsThePrescriber().oneTimeCode();
        java.time.Instant issuedAt = floor.now();
        floor.minutes(30);
        floor.clinic.services().accounts().completeReset("drchen", code, TAKEN_OVER).value();
        floor.minutes(5);

        LoginResult first = floor.clinic.services().accounts().login("drchen", TAKEN_OVER);
        LoginResult.Granted granted = (LoginResult.Granted) first;
        assertThat(granted.resetNotice()).as("the first login after the code says who issued it").isPresent();
        assertThat(granted.resetNotice().get().issuedBy()).isEqualTo("Ada Admin");
        assertThat(granted.resetNotice().get().issuedAt()).isEqualTo(issuedAt);
        assertThat(granted.resetNotice().get().passwordSetAt()).isEqualTo(issuedAt.plus(Duration.ofMinutes(30)));
        assertThat(((LoginResult.Granted) floor.clinic.services().accounts().login("drchen", TAKEN_OVER)).resetNotice())
                .as("only the first").isEmpty();

        assertThat(authorise(granted.actor(), TAKEN_OVER).refusalOrNull()).isNull();
        authorise(granted.actor(), TAKEN_OVER);

        List<AuditEvent> trail = floor.clinic.auditTrail();
        AuditEvent issued = trail.stream().filter(e -> e.action().equals("ONE_TIME_CODE_ISSUED")).reduce((a, b) -> b).orElseThrow();
        String codeId = issued.newValue().replaceAll(".*(code #\\d+).*", "$1");
        assertThat(codeId).matches("code #\\d+");
        assertThat(trail).filteredOn(e -> e.action().equals("PASSWORD_CHOSEN")).last()
                .satisfies(e -> assertThat(e.newValue() + " " + e.reason()).contains(codeId));
        assertThat(trail).filteredOn(e -> e.action().equals("LOGIN") && String.valueOf(e.newValue()).contains(codeId)).hasSize(1);
        assertThat(trail).filteredOn(e -> e.action().equals("FIRST_SIGNATURE_AFTER_RESET") && e.newValue().contains(codeId + ";"))
                .singleElement().satisfies(e -> assertThat(e.newValue()).contains(codeId));
    }

    @Test
    @DisplayName("PWD-5 SIG-2 the same holds for a witness's signature in the register and for the prescriber's batch signing")
    void registerSignaturesToo() {
        String code = adminResetsThePrescriber().oneTimeCode();
        Actor takenOver = floor.clinic.services().accounts().completeReset("drchen", code, TAKEN_OVER).value();
        Refusal refusal = floor.clinic.services().register().sign(takenOver, TAKEN_OVER, List.of()).refusalOrNull();
        assertThat(refusal).isNotNull();
        assertThat(refusal.ruleId()).isEqualTo("PWD-5");
    }
}
