package org.vigil.domain.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.FieldProblem;

/** The quick vitals line "152/94 88 97" (BP-8: bad text is refused next to its field). */
class QuickVitalsLineTest {

    @ParameterizedTest(name = "BP-8 \"{0}\" reads as {1}/{2} {3} {4}")
    @DisplayName("BP-8 a quick line reads as systolic/diastolic, heart rate, SpO2")
    @CsvSource({
            "'152/94 88 97', 152, 94, 88, 97",
            "'  152 / 94   88  97 ', 152, 94, 88, 97",
            "'120/80 60 100', 120, 80, 60, 100",
            // Text only: range is VitalLimits' job, so an implausible number still reads.
            "'1200/80 60 100', 1200, 80, 60, 100"})
    void reads(String line, int sbp, int dbp, int hr, int spo2) {
        assertThat(QuickVitalsLine.parse(line)).isEqualTo(new QuickVitalsLine.Numbers(sbp, dbp, hr, spo2));
    }

    @ParameterizedTest(name = "BP-8 \"{0}\" -> {1} {2}")
    @DisplayName("BP-8 bad text is refused next to the field it concerns")
    @CsvSource({
            "'', SYSTOLIC HEART_RATE SPO2, vitals.line.missing vitals.line.missing vitals.line.missing",
            "'152/94 88', SPO2, vitals.line.missing",
            "'152 94 88 97', QUICK_LINE SYSTOLIC, vitals.line.tooManyValues vitals.line.bloodPressureFormat",
            "'152/94/3 88 97', SYSTOLIC, vitals.line.bloodPressureFormat",
            "'/94 88 97', SYSTOLIC, vitals.line.missing",
            // Spaces around the slash are forgiven, so a forgotten diastolic shifts the rest left.
            "'152/ 88 97', SPO2, vitals.line.missing",
            "'152/94 88 ', SPO2, vitals.line.missing",
            "'152/94 8x 97', HEART_RATE, vitals.line.notNumber",
            "'152/94 88 97.5', SPO2, vitals.line.notWholeNumber",
            "'152/94 88 97 36.8', QUICK_LINE, vitals.line.tooManyValues",
            "'abc/94 88 97', SYSTOLIC, vitals.line.notNumber"})
    void refuses(String line, String fields, String keys) {
        QuickVitalsLine.Parsed parsed = QuickVitalsLine.parse(line);
        assertThat(parsed).isInstanceOf(QuickVitalsLine.Unreadable.class);
        var problems = ((QuickVitalsLine.Unreadable) parsed).problems();
        assertThat(String.join(" ", problems.stream().map(p -> p.field().name()).toList())).isEqualTo(fields);
        assertThat(String.join(" ", problems.stream().map(p -> p.refusal().messageKey()).toList())).isEqualTo(keys);
        assertThat(problems).extracting(p -> p.refusal().ruleId()).containsOnly("BP-8");
    }

    @Test
    @DisplayName("BP-9 a read line becomes a reading with its observed and recorded times")
    void becomesReading() {
        Instant observed = Instant.parse("2026-03-02T09:40:00Z");
        Instant recorded = observed.plusSeconds(90);
        var numbers = (QuickVitalsLine.Numbers) QuickVitalsLine.parse("152/94 88 97");
        assertThat(numbers.reading(Optional.empty(), observed, recorded))
                .isEqualTo(new VitalSigns(152, 94, 88, 97, Optional.empty(), observed, recorded));
        assertThat(FieldProblem.concerns(((QuickVitalsLine.Unreadable) QuickVitalsLine.parse("x")).problems(), VitalField.SYSTOLIC))
                .isTrue();
    }
}
