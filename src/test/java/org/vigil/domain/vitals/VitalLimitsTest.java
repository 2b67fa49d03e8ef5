package org.vigil.domain.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.patient.ProtocolDefaults;

/** BP-8 hard input limits and BP-9 reading times, on the seeded defaults. */
class VitalLimitsTest {

    private static final VitalLimits LIMITS = VitalLimits.from(ProtocolDefaults.settings());
    private static final Instant SESSION_START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant FIRST_DEVICE = SESSION_START.plusSeconds(20 * 60);
    private static final Instant NOW = SESSION_START.plusSeconds(60 * 60);

    private static List<FieldProblem<VitalField>> check(int sbp, int dbp, int hr, int spo2, String temperature) {
        Optional<BigDecimal> t = temperature == null ? Optional.empty() : Optional.of(new BigDecimal(temperature));
        return LIMITS.check(new VitalSigns(sbp, dbp, hr, spo2, t, NOW, NOW), ReadingWindow.postDose(SESSION_START, FIRST_DEVICE));
    }

    private static String fields(List<FieldProblem<VitalField>> problems) {
        return String.join(" ", problems.stream().map(p -> p.field().name()).toList());
    }

    @ParameterizedTest(name = "BP-8 {0}/{1} HR {2} SpO2 {3} T {4} -> [{5}]")
    @DisplayName("BP-8 hard limits: SBP 50–300, DBP 20–200 and below SBP, HR 20–250, SpO2 50–100, T 30–45 °C")
    @CsvSource(nullValues = "-", value = {
            "120, 80, 70, 98, -, ''",
            "50, 20, 20, 50, 30.0, ''",
            "300, 200, 250, 100, 45.0, ''",
            "49, 30, 70, 98, -, SYSTOLIC",
            "301, 80, 70, 98, -, SYSTOLIC",
            "120, 19, 70, 98, -, DIASTOLIC",
            "250, 201, 70, 98, -, DIASTOLIC",
            "120, 120, 70, 98, -, DIASTOLIC",
            "80, 120, 70, 98, -, DIASTOLIC",
            "120, 80, 19, 98, -, HEART_RATE",
            "120, 80, 251, 98, -, HEART_RATE",
            "120, 80, 70, 49, -, SPO2",
            "120, 80, 70, 101, -, SPO2",
            "120, 80, 70, 98, 29.9, TEMPERATURE",
            "120, 80, 70, 98, 45.1, TEMPERATURE",
            "1200, 800, 7, 9, 3.7, SYSTOLIC DIASTOLIC HEART_RATE SPO2 TEMPERATURE"})
    void limits(int sbp, int dbp, int hr, int spo2, String temperature, String expectedFields) {
        List<FieldProblem<VitalField>> problems = check(sbp, dbp, hr, spo2, temperature);
        assertThat(fields(problems)).isEqualTo(expectedFields);
        assertThat(problems).allSatisfy(p -> assertThat(p.refusal().ruleId()).isEqualTo("BP-8"));
    }

    @Test
    @DisplayName("BP-8 the message names the value and the allowed range")
    void messageArguments() {
        assertThat(check(301, 80, 70, 98, null)).singleElement()
                .satisfies(p -> assertThat(p.refusal().messageKey()).isEqualTo("vitals.systolic.outOfRange"))
                .satisfies(p -> assertThat(p.refusal().args()).containsExactly(301, 50, 300));
    }

    @ParameterizedTest(name = "BP-8 observed {0}s after recorded, window {1} -> {2}")
    @DisplayName("BP-8 reading times: at most 2 min in the future, not before the session, post-dose not before the dose")
    @CsvSource({
            "0, POST_DOSE, ''",
            "120, POST_DOSE, ''",
            "121, POST_DOSE, vitals.observedAt.future",
            // 40 min before 'now' is exactly the first device: allowed.
            "-2400, POST_DOSE, ''",
            "-2401, POST_DOSE, vitals.observedAt.beforeDose",
            "-2401, BASELINE, ''",
            "-3600, BASELINE, ''",
            "-3601, BASELINE, vitals.observedAt.beforeSession",
            "-3601, POST_DOSE, vitals.observedAt.beforeSession"})
    void timing(long offsetSeconds, String window, String expectedKey) {
        ReadingWindow w = window.equals("BASELINE") ? ReadingWindow.baseline(SESSION_START)
                : ReadingWindow.postDose(SESSION_START, FIRST_DEVICE);
        VitalSigns reading = new VitalSigns(120, 80, 70, 98, Optional.empty(), NOW.plusSeconds(offsetSeconds), NOW);
        List<FieldProblem<VitalField>> problems = LIMITS.check(reading, w);
        assertThat(String.join(" ", problems.stream().map(p -> p.refusal().messageKey()).toList())).isEqualTo(expectedKey);
        assertThat(problems).allSatisfy(p -> assertThat(p.field()).isEqualTo(VitalField.OBSERVED_AT));
    }

    @Test
    @DisplayName("BP-8 limits follow the settings, not the code")
    void followsSettings() {
        VitalLimits strict = VitalLimits.from(ProtocolDefaults.with("limits.sbp.max", "250"));
        assertThat(strict.check(VitalSigns.at(NOW, 260, 80, 70, 98), ReadingWindow.baseline(SESSION_START)))
                .extracting(FieldProblem::field).containsExactly(VitalField.SYSTOLIC);
    }
}
