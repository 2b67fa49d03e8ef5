package org.vigil.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightTest {

    @ParameterizedTest(name = "{0} {1} → {2} kg")
    @DisplayName("BP-8 pounds are converted and stored in kg, to 0.1 kg")
    @CsvSource({
            "62, KG, 62.0",
            "62.45, KG, 62.5",
            "154, LB, 69.9",
            "66.14, LB, 30.0",
            "661, LB, 299.8",
            "100, LB, 45.4"})
    void stored(String amount, WeightUnit unit, String kg) {
        assertThat(Weight.entered(new BigDecimal(amount), unit, Patients.TODAY).kg()).isEqualByComparingTo(kg);
    }
}
