package org.vigil.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.Refusal;

/** CD-3 identity-document numbers per clinic country. */
class IdNumberFormatTest {

    @ParameterizedTest(name = "CN \"{0}\" → {1}")
    @DisplayName("CD-3 Chinese resident identity card: 18 characters, real birth date, ISO 7064 MOD 11-2 check character")
    @CsvSource(delimiter = '|', textBlock = """
            # number                 | problem
            11010519491231002X       |
            11010519491231002x       |
            110105 19491231 002X     |
            440304199005141238       |
            31010120100301456X       |
            110105194912310038       |
            110105194912310028       | patient.idNumber.cn.checkCharacter
            11010519491231002        | patient.idNumber.cn.shape
            11010519491231002XX      | patient.idNumber.cn.shape
            01010519491231002X       | patient.idNumber.cn.shape
            1101051949123100X2       | patient.idNumber.cn.shape
            110105194902300026       | patient.idNumber.cn.birthDate
            E12345678                | patient.idNumber.cn.shape
            """)
    void chinese(String typed, String problem) {
        IdNumberFormat format = ClinicCountry.CN.idFormat();
        assertThat(format.check(format.normalise(typed)).map(Refusal::messageKey)).isEqualTo(Optional.ofNullable(problem));
    }

    @Test
    @DisplayName("CD-3 the check character is computed over the first 17 digits")
    void checkCharacter() {
        assertThat(IdNumberFormat.chineseCheckCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumberFormat.chineseCheckCharacter("44030419900514123")).isEqualTo('8');
    }

    @Test
    @DisplayName("CD-3 the Chinese card gives the birth date; other formats give none")
    void birthDate() {
        assertThat(IdNumberFormat.CN_RESIDENT_IDENTITY_CARD.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumberFormat.PERMISSIVE.birthDate("11010519491231002X")).isEmpty();
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @DisplayName("CD-3 US, GB and other countries: 4 to 30 letters, digits or dashes")
    @CsvSource(delimiter = '|', textBlock = """
            # country | number                           | valid
            US        | 123-45-6789                      | true
            GB        | QQ 12 34 56 C                    | true
            OTHER     | E1234567                         | true
            OTHER     | ABC                              | false
            OTHER     | 1234567890123456789012345678901  | false
            US        | 123/45                           | false
            OTHER     | 护照E1234                         | true
            """)
    void permissive(ClinicCountry country, String typed, boolean valid) {
        IdNumberFormat format = country.idFormat();
        assertThat(format.check(format.normalise(typed)).isEmpty()).isEqualTo(valid);
    }

    @Test
    @DisplayName("CD-3 the permissive refusal states the allowed length")
    void permissiveMessage() {
        assertThat(IdNumberFormat.PERMISSIVE.check("AB")).contains(Refusal.of("CD-3", "patient.idNumber.other.shape", 4, 30));
    }
}
