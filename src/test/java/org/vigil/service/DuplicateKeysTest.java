package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.patient.DuplicateReason;

/**
 * Issue 16: the duplicate check reads only the patients who share a key, by index, and must still
 * find every patient it found when it compared with all of them: the MRN and the ID number are
 * compared as {@code DuplicateCheck} compares them (fullwidth folded, no spaces of any kind nor
 * invisible characters, upper case), not as SQL's UPPER and REPLACE would.
 */
@DisplayName("Issue 16: the duplicate check finds by index what comparing with every patient found")
class DuplicateKeysTest {

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Actor nurse;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private Registration register(PatientForm form) {
        return clinic.services().patients().register(nurse, form.patient(), false).value();
    }

    /** Someone else entirely (another name and birth date), whose MRN or ID number is typed as given. */
    private static PatientForm other(String mrn, String idNumber) {
        return PatientForm.david().mrn(mrn).idNumber(idNumber);
    }

    @ParameterizedTest(name = "{0} stored, {1} typed")
    @CsvSource(delimiter = '|', value = {
        "MRN-0001|mrn-0001",
        "MRN-0001|'  m r n - 0 0 0 1 '",
        "MRN-0001|ＭＲＮ－０００１",
        "MRN-0001|MRN\u00A0-0001",
        "MRN-0001|MRN\u3000-0001",
        "MRN-0001|MRN\u200B-0001",
        "MRN\u200B-0001|MRN-0001",
        "MRN\t-0001|MRN-0001",
    })
    @DisplayName("REG a same MRN however it was typed blocks the registration")
    void sameMrn(String stored, String typed) {
        assertThat(register(PatientForm.grace().mrn(stored))).isInstanceOf(Registration.Saved.class);

        assertThat(register(other(typed, "Q-9999999"))).isInstanceOfSatisfying(Registration.PossibleDuplicates.class, found -> {
            assertThat(found.confirmable()).isFalse();
            assertThat(found.candidates()).singleElement().satisfies(c -> assertThat(c.reasons()).contains(DuplicateReason.SAME_MRN));
        });
    }

    @ParameterizedTest(name = "{0} stored, {1} typed")
    @CsvSource(delimiter = '|', value = {
        "P1234567|p1234567",
        "P1234567|P123 4567",
        "P1234567|Ｐ１２３４５６７",
        "P1234567|P123\u200B4567",
    })
    @DisplayName("REG a same ID number however it was typed blocks the registration")
    void sameIdNumber(String stored, String typed) {
        assertThat(register(PatientForm.grace().idNumber(stored))).isInstanceOf(Registration.Saved.class);

        assertThat(register(other("MRN-7777", typed))).isInstanceOfSatisfying(Registration.PossibleDuplicates.class, found -> {
            assertThat(found.confirmable()).isFalse();
            assertThat(found.candidates()).singleElement()
                    .satisfies(c -> assertThat(c.reasons()).contains(DuplicateReason.SAME_ID_NUMBER));
        });
    }
}
