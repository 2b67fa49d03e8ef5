package org.vigil.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EXP-1 age groups of de-identified exports")
class AgeGroupTest {

    @Test
    @DisplayName("EXP-1 minors are one group, then 18–24 and ten-year groups, open from 75 so no age of 90 or more is shown")
    void bands() {
        assertThat(AgeGroup.of(12)).isEqualTo("<18");
        assertThat(AgeGroup.of(17)).isEqualTo("<18");
        assertThat(AgeGroup.of(18)).isEqualTo("18\u201324");
        assertThat(AgeGroup.of(24)).isEqualTo("18\u201324");
        assertThat(AgeGroup.of(25)).isEqualTo("25\u201334");
        assertThat(AgeGroup.of(44)).isEqualTo("35\u201344");
        assertThat(AgeGroup.of(64)).isEqualTo("55\u201364");
        assertThat(AgeGroup.of(65)).isEqualTo("65\u201374");
        assertThat(AgeGroup.of(74)).isEqualTo("65\u201374");
        assertThat(AgeGroup.of(75)).isEqualTo("75+");
        assertThat(AgeGroup.of(93)).isEqualTo("75+");
    }

    @Test
    @DisplayName("EXP-1 a patient key is stable within one export, differs between exports, and differs by kind of record")
    void keys() {
        Pseudonyms one = new Pseudonyms(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        Pseudonyms two = new Pseudonyms(other);
        assertThat(one.patient(7)).isEqualTo(one.patient(7)).matches("P-[0-9a-f]{12}").isNotEqualTo(two.patient(7));
        assertThat(one.patient(7).substring(2)).isNotEqualTo(one.session(7).substring(2));
        assertThat(one.patient(7)).isNotEqualTo(one.patient(8));
    }
}
