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
import org.vigil.domain.SigningRight;
import org.vigil.service.Accounts.Signatory;

/** Issue 15, item 5: the signature dialog offers the people who can give the signature, asked of the accounts service. */
@DisplayName("SIG-1 who can sign is listed by the accounts service")
class SignatoriesTest {

    @TempDir
    Path dir;

    private TestClinic clinic;
    private Actor nurse;
    private Actor prescriber;
    private Actor manager;

    @BeforeEach
    void setUp() {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", "tea at ten on the ward", Role.NURSE);
        prescriber = clinic.person("drchen", "rounds begin at nine sharp", Role.PRESCRIBER);
        manager = clinic.person("mgr.wu", "the ledger balances on friday", Role.MANAGER);
        // A prescriber without the prescribing right (a trainee): may override, may not authorise a dose.
        clinic.services().users().create(clinic.admin(), "drtrainee", "Dr Ann Trainee", Set.of(Role.PRESCRIBER), false).value();
        // A deactivated prescriber is never offered.
        long gone = clinic.services().users().create(clinic.admin(), "drgone", "Dr Gone", Set.of(Role.PRESCRIBER), true).value()
                .account().id();
        clinic.services().users().deactivate(clinic.admin(), gone, "left the clinic").value();
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    @DisplayName("ROLE-2 an override offers the active prescribers, a dose only those with the prescribing right, by name")
    void prescribersForOverridesAndDoses() {
        assertThat(clinic.services().accounts().signatories(nurse, SigningRight.PRESCRIBER).value())
                .containsExactly(new Signatory("drtrainee", "Dr Ann Trainee"), new Signatory("drchen", "Person drchen"));
        assertThat(clinic.services().accounts().signatories(nurse, SigningRight.DOSE).value())
                .containsExactly(new Signatory("drchen", "Person drchen"));
    }

    @Test
    @DisplayName("CD-5 a witness is someone else who handles stock: never the one asking, never a manager")
    void witnessIsSomeoneElse() {
        assertThat(clinic.services().accounts().signatories(nurse, SigningRight.WITNESS).value()).extracting(Signatory::username)
                .containsExactlyInAnyOrder("drchen", "drtrainee");
        assertThat(clinic.services().accounts().signatories(prescriber, SigningRight.WITNESS).value()).extracting(Signatory::username)
                .containsExactlyInAnyOrder("nurse.li", "drtrainee");
    }

    @Test
    @DisplayName("ROLE-2 only the clinical staff ask; a manager's attempt is refused and audited")
    void managerIsRefused() {
        assertThat(clinic.services().accounts().signatories(manager, SigningRight.PRESCRIBER).refusalOrNull())
                .isEqualTo(Refusal.of("ROLE-2", "refused.role", "RECORD_CLINICAL"));
        assertThat(clinic.lastEvent().action()).isEqualTo("REFUSED");
    }

    @Test
    @DisplayName("the logged-in user is put forward only for a signature they can give")
    void whoMaySignAtTheirOwnDesk() {
        assertThat(SigningRight.PRESCRIBER.heldBy(nurse)).isFalse();
        assertThat(SigningRight.PRESCRIBER.heldBy(prescriber)).isTrue();
        assertThat(SigningRight.DOSE.heldBy(prescriber)).isTrue();
        assertThat(SigningRight.WITNESS.heldBy(prescriber)).as("a witness is never the one acting").isFalse();
    }
}
