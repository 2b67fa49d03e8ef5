package org.vigil.domain.dose;

import org.vigil.domain.dose.DoseCheck;
import org.vigil.domain.dose.DoseRules;
import org.vigil.domain.dose.Prescriber;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.course.Finding;
import org.vigil.domain.patient.ProtocolDefaults;
import org.vigil.domain.patient.Weight;

/** ADM-3, ADM-4 dose checks and PRE-2 who may authorise. */
class DoseCheckTest {

    private static final DoseRules RULES = DoseRules.from(ProtocolDefaults.settings());
    private static final Prescriber DR_CHEN = new Prescriber(7, true, false);
    private static final LocalDate WEIGHED = LocalDate.of(2026, 3, 1);

    private static String described(List<Finding> findings) {
        return String.join(" ", findings.stream()
                .map(f -> f.getClass().getSimpleName() + ":" + f.refusal().ruleId() + ":" + f.refusal().messageKey()).toList());
    }

    @ParameterizedTest(name = "ADM-4 nasal {0} mg -> {1} device(s) [{2}]")
    @DisplayName("ADM-4 PROD-1 a nasal dose is whole 28 mg devices up to 84 mg; ADM-3 devices = dose ÷ 28")
    @CsvSource({
            "28, 1, ''",
            "56, 2, ''",
            "84, 3, ''",
            "85, 0, HardStop:ADM-4:dose.nasal.aboveMaximum",
            "112, 0, HardStop:ADM-4:dose.nasal.aboveMaximum",
            "42, 0, HardStop:ADM-4:dose.nasal.notWholeDevices",
            "0, 0, HardStop:ADM-4:dose.nasal.notWholeDevices",
            "-28, 0, HardStop:ADM-4:dose.nasal.notWholeDevices"})
    void nasal(int doseMg, int devices, String expected) {
        DoseCheck.NasalDose dose = DoseCheck.nasal(doseMg, false, 40, false, DR_CHEN, RULES);
        assertThat(dose.devices()).isEqualTo(devices);
        assertThat(described(dose.findings())).isEqualTo(expected);
        assertThat(dose.allowed()).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest(name = "ADM-4 first TRD session, age {0}, lower dose configured {1}: {2} mg -> [{3}]")
    @DisplayName("ADM-4 the first TRD session is 56 mg, 28 mg from 65 where the clinic configured it")
    @CsvSource({
            "40, false, 56, ''",
            "40, false, 84, HardStop:ADM-4:dose.nasal.firstTrdDose",
            "40, false, 28, HardStop:ADM-4:dose.nasal.firstTrdDose",
            "64, true, 56, ''",
            "64, true, 28, HardStop:ADM-4:dose.nasal.firstTrdDose",
            "65, true, 28, ''",
            "65, true, 56, HardStop:ADM-4:dose.nasal.firstTrdDose",
            "70, false, 56, ''"})
    void firstTrdSession(int age, boolean lowerDoseConfigured, int doseMg, String expected) {
        DoseCheck.NasalDose dose = DoseCheck.nasal(doseMg, true, age, lowerDoseConfigured, DR_CHEN, RULES);
        assertThat(described(dose.findings())).isEqualTo(expected);
    }

    @Test
    @DisplayName("ADM-4 the first-dose message says what the dose should be")
    void firstDoseMessage() {
        Finding f = DoseCheck.nasal(84, true, 40, false, DR_CHEN, RULES).findings().getFirst();
        assertThat(f.refusal().args()).containsExactly(84, 56);
    }

    @ParameterizedTest(name = "PRE-2 right {0}, self {1} -> [{2}]")
    @DisplayName("PRE-2 only a holder of the prescribing right authorises, and never for themself")
    @CsvSource({
            "true, false, ''",
            "false, false, HardStop:PRE-2:dose.prescriber.noRight",
            "true, true, HardStop:PRE-2:dose.prescriber.self",
            "false, true, HardStop:PRE-2:dose.prescriber.noRight HardStop:PRE-2:dose.prescriber.self"})
    void prescriber(boolean holdsRight, boolean isThePatient, String expected) {
        Prescriber p = new Prescriber(9, holdsRight, isThePatient);
        assertThat(described(DoseCheck.nasal(56, false, 40, false, p, RULES).findings())).isEqualTo(expected);
        assertThat(described(DoseCheck.iv(new BigDecimal("20"), Optional.of(new Weight(new BigDecimal("70"), LocalDate.of(2026, 3, 1))), WEIGHED, p, RULES)
                .findings())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ADM-3 {0} device(s) used for 56 mg -> refused {1}")
    @DisplayName("ADM-3 the devices used must equal the authorised dose ÷ 28 mg")
    @CsvSource({"2, false", "1, true", "3, true"})
    void devicesUsed(int used, boolean refused) {
        DoseCheck.NasalDose authorised = DoseCheck.nasal(56, false, 40, false, DR_CHEN, RULES);
        assertThat(DoseCheck.devicesUsed(authorised, used).isPresent()).isEqualTo(refused);
        DoseCheck.devicesUsed(authorised, used).ifPresent(r -> assertThat(r.ruleId()).isEqualTo("ADM-3"));
    }

    @ParameterizedTest(name = "ADM-4 IV {0} mg at {1} kg -> {2} mg/kg [{3}]")
    @DisplayName("ADM-4 IV dose in mg/kg from the latest weight warns above 0.5 mg/kg")
    @CsvSource({
            "35, 70, 0.50, ''",
            "35.3, 70, 0.50, Warning:ADM-4:dose.iv.aboveWarning",
            "36, 70, 0.51, Warning:ADM-4:dose.iv.aboveWarning",
            "17.5, 70, 0.25, ''",
            "0, 70, 0.00, HardStop:ADM-4:dose.iv.notPositive"})
    void iv(String doseMg, String kg, String mgPerKg, String expected) {
        Weight weight = new Weight(new BigDecimal(kg), LocalDate.of(2026, 3, 1));
        DoseCheck.IvDose dose = DoseCheck.iv(new BigDecimal(doseMg), Optional.of(weight), WEIGHED, DR_CHEN, RULES);
        assertThat(dose.mgPerKg()).contains(new BigDecimal(mgPerKg));
        assertThat(described(dose.findings())).isEqualTo(expected);
        // A warning needs acknowledging but does not stop the dose.
        assertThat(dose.allowed()).isEqualTo(!expected.startsWith("HardStop"));
    }

    @Test
    @DisplayName("ADM-4 no weight recorded: the IV dose is refused")
    void ivWithoutWeight() {
        DoseCheck.IvDose dose = DoseCheck.iv(new BigDecimal("20"), Optional.empty(), WEIGHED, DR_CHEN, RULES);
        assertThat(dose.mgPerKg()).isEmpty();
        assertThat(described(dose.findings())).isEqualTo("HardStop:ADM-4:dose.iv.noWeight");
        assertThat(dose.allowed()).isFalse();
    }

    @ParameterizedTest(name = "ADM-4 IV {0} mg -> [{1}]")
    @DisplayName("ADM-4 PROD-2 an IV dose is taken as prescribed, to one decimal of a mg, never rounded")
    @CsvSource({
            "24.8, ''",
            "24.80, ''",
            "25, ''",
            "24.85, HardStop:ADM-4:dose.iv.decimals",
            "24.801, HardStop:ADM-4:dose.iv.decimals"})
    void ivDecimals(String doseMg, String expected) {
        DoseCheck.IvDose dose = DoseCheck.iv(new BigDecimal(doseMg), Optional.of(new Weight(new BigDecimal("62"), WEIGHED)), WEIGHED, DR_CHEN,
                RULES);
        assertThat(described(dose.findings())).isEqualTo(expected);
        if (expected.isEmpty()) {
            assertThat(dose.doseMg()).isEqualByComparingTo(doseMg);
        }
    }

    @Test
    @DisplayName("ADM-4 62 kg × 0.4 mg/kg = 24.8 mg: mg/kg and the weight it came from are kept")
    void ivBasis() {
        Weight weight = new Weight(new BigDecimal("62"), WEIGHED.minusDays(3));
        DoseCheck.IvDose dose = DoseCheck.iv(new BigDecimal("24.8"), Optional.of(weight), WEIGHED, DR_CHEN, RULES);
        assertThat(dose.mgPerKg()).contains(new BigDecimal("0.40"));
        assertThat(dose.weight()).contains(weight);
        assertThat(dose.findings()).isEmpty();
    }

    @ParameterizedTest(name = "ADM-4 a weight {0} days old -> [{1}]")
    @DisplayName("ADM-4 an IV dose needs a weight measured within the setting (default 30 days)")
    @CsvSource({"0, ''", "30, ''", "31, HardStop:ADM-4:dose.iv.weightOld", "400, HardStop:ADM-4:dose.iv.weightOld"})
    void ivWeightAge(int daysOld, String expected) {
        Weight weight = new Weight(new BigDecimal("70"), WEIGHED.minusDays(daysOld));
        DoseCheck.IvDose dose = DoseCheck.iv(new BigDecimal("20"), Optional.of(weight), WEIGHED, DR_CHEN, RULES);
        assertThat(RULES.ivWeightMaxAgeDays()).isEqualTo(30);
        assertThat(described(dose.findings())).isEqualTo(expected);
    }
}
