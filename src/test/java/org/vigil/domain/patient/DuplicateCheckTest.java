package org.vigil.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.Refusal;

/** Is this patient already registered? */
class DuplicateCheckTest {

    private static final KnownPatient WANG_LI = new KnownPatient(41, Patients.adultWoman());
    private static final KnownPatient JOHN_SMITH = new KnownPatient(42, Patients.adultMan());

    private static Patient newPatient(String mrn, String family, String given, String born, String id) {
        Patient p = Patients.adultWoman();
        return new Patient(mrn, new PersonName(family, given), LocalDate.parse(born), p.sex(), p.contact(), p.emergencyContact(), id,
                p.weight(), p.allergies(), p.riskProgramme(), p.childbearing(), "");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("Duplicate registration: same MRN or ID number blocks; same name and birth date asks")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                                | mrn        | family | given | born        | id                   | reasons                                 | blocks
            a different person                         | MRN-2000   | Zhang  | Wei   | 1990-05-14  | 31010120100301456X   |                                         | false
            same name and birth date                   | MRN-2000   | Wang   | Li    | 1990-05-14  |                      | SAME_NAME_AND_BIRTH_DATE                | false
            same name typed in capitals, extra spaces  | MRN-2000   | WANG   | Li    | 1990-05-14  |                      | SAME_NAME_AND_BIRTH_DATE                | false
            family and given name swapped              | MRN-2000   | Li     | Wang  | 1990-05-14  |                      | SAME_NAME_AND_BIRTH_DATE                | false
            full-width letters                         | MRN-2000   | Ｗａｎｇ | Li    | 1990-05-14  |                      | SAME_NAME_AND_BIRTH_DATE                | false
            same name, other birth date                | MRN-2000   | Wang   | Li    | 1991-05-14  |                      |                                         | false
            same MRN, lower case                       | mrn-1001   | Zhang  | Wei   | 1980-01-01  |                      | SAME_MRN                                | true
            same ID number, x typed small              | MRN-2000   | Zhang  | Wei   | 1980-01-01  | 440304 19900514 1238 | SAME_ID_NUMBER                          | true
            same person registered twice               | MRN-1001   | Wang   | Li    | 1990-05-14  | 440304199005141238   | SAME_MRN,SAME_ID_NUMBER,SAME_NAME_AND_BIRTH_DATE | true
            """)
    void duplicates(String situation, String mrn, String family, String given, String born, String id, String reasons, boolean blocks) {
        List<PossibleDuplicate> found = DuplicateCheck.find(newPatient(mrn, family, given, born, id), List.of(WANG_LI, JOHN_SMITH),
                IdNumberFormat.CN_RESIDENT_IDENTITY_CARD);
        if (reasons == null) {
            assertThat(found).isEmpty();
            return;
        }
        Set<DuplicateReason> expected = java.util.Arrays.stream(reasons.split(",")).map(DuplicateReason::valueOf).collect(Collectors.toSet());
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.existing().id()).isEqualTo(41);
            assertThat(d.reasons()).isEqualTo(expected);
            assertThat(d.blocks()).isEqualTo(blocks);
        });
    }

    @Test
    @DisplayName("The messages name the registered patient by MRN and name")
    void messages() {
        PossibleDuplicate d = DuplicateCheck.find(newPatient("MRN-1001", "Wang", "Li", "1990-05-14", ""), List.of(WANG_LI),
                IdNumberFormat.PERMISSIVE).getFirst();
        assertThat(d.refusals()).containsExactly(
                Refusal.of("REG", "patient.duplicate.mrn", "MRN-1001", "Wang", "Li"),
                Refusal.of("REG", "patient.duplicate.nameAndBirthDate", "MRN-1001", "Wang", "Li"));
    }

    @Test
    @DisplayName("Blank MRN and ID number never match each other")
    void blanksDoNotMatch() {
        Patient noIds = newPatient("", "Zhang", "Wei", "1980-01-01", "");
        KnownPatient alsoNoIds = new KnownPatient(43, newPatient("", "Chen", "Jie", "1970-01-01", ""));
        assertThat(DuplicateCheck.find(noIds, List.of(alsoNoIds), IdNumberFormat.PERMISSIVE)).isEmpty();
    }
}
