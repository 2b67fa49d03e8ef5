package org.vigil.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.ui.FloorFixture;

/** Issue 12: the prescriber's log without a toolkit — what awaits whom, choosing, and one password for several entries. */
class PrescriberLogModelTest {

    @TempDir
    Path dir;

    private FloorFixture f;
    private PrescriberLogModel log;
    private int booksReloaded;

    @BeforeEach
    void open() {
        f = new FloorFixture(dir);
        f.dosed(f.story.booked("Lee", "Grace", 1));
        f.dosed(f.story.booked("Wang", "Fang", 2));
        log = new PrescriberLogModel(f.services(), f.ui, () -> f.prescriber, () -> booksReloaded++);
        log.refresh();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    @DisplayName("SIG-1 SIG-2 SIG-3 the prescriber chooses all four devices awaiting them and signs once; a wrong password is said next to it and cleared")
    void batchSignature() {
        assertThat(log.awaitingProperty().get()).hasSize(4);
        assertThat(log.signing()).as("none chosen yet").isNull();
        assertThat(log.lines().messageProperty().get()).isEqualTo("Choose the entries to sign first.");

        log.chooseAll(true);
        BatchSignatureForm form = log.signing();
        assertThat(form.entryIds()).hasSize(4);
        form.password.set("not my password");
        List<Integer> signed = new ArrayList<>();
        form.submit(signed::add);
        assertThat(signed).isEmpty();
        assertThat(form.errorProperty(BatchSignatureForm.Field.PASSWORD).get())
                .isEqualTo("Password not correct. Signing needs your own password.");
        assertThat(form.password.get()).isEmpty();

        form.password.set(FloorFixture.PRESCRIBER_PASSWORD);
        form.submit(signed::add);
        log.signed(form.entryIds(), signed.getFirst());

        assertThat(signed).containsExactly(4);
        assertThat(log.lines().noticeProperty().get()).isEqualTo("4 entries signed.");
        assertThat(log.awaitingProperty().get()).isEmpty();
        assertThat(booksReloaded).as("the book shows the new signatures too").isEqualTo(1);
        assertThat(log.signedProperty().get()).hasSize(4).allSatisfy(line -> {
            assertThat(line.signaturesHold()).isTrue();
            assertThat(line.signatures()).anySatisfy(s -> {
                assertThat(s.meaning()).isEqualTo(SignatureMeaning.PRESCRIBER_CONFIRMED);
                assertThat(s.signer().name()).isEqualTo("Person drchen");
            });
        });
        assertThat(new EntryText(f.ui).signatures(log.signedProperty().get().getFirst()))
                .contains("Prescriber confirmed: Person drchen, 3 Mar 2025 08:");
    }

    @Test
    @DisplayName("ROLE-1 a nurse has no prescriber's log: the service refuses it and the log says why")
    void nurseHasNoLog() {
        PrescriberLogModel nurses = new PrescriberLogModel(f.services(), f.ui, () -> f.nurse, () -> { });
        nurses.refresh();
        assertThat(nurses.awaitingProperty().get()).isEmpty();
        assertThat(nurses.lines().messageProperty().get()).isEqualTo("Only a prescriber can do this. The attempt has been recorded.");
    }

    @Test
    @DisplayName("SIG-2 only the chosen entries are signed; the rest still await the prescriber")
    void someChosen() {
        log.awaitingProperty().get().getFirst().chosen().set(true);
        BatchSignatureForm form = log.signing();
        form.password.set(FloorFixture.PRESCRIBER_PASSWORD);
        List<Integer> signed = new ArrayList<>();
        form.submit(signed::add);
        log.signed(form.entryIds(), signed.getFirst());
        assertThat(log.lines().noticeProperty().get()).isEqualTo("1 entry signed.");
        assertThat(log.awaitingProperty().get()).hasSize(3);
    }
}
