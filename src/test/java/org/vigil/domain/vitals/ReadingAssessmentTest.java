package org.vigil.domain.vitals;

import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.session.AlarmPriority;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.patient.ProtocolDefaults;

/** What a reading means: BP-4 recheck, BP-5 alarms, BP-6 rise, OBS-2 sedation. */
class ReadingAssessmentTest {

    private static final AssessmentRules RULES = AssessmentRules.from(ProtocolDefaults.settings());
    private static final Instant FIRST_DEVICE = Instant.parse("2026-03-02T09:20:00Z");
    private static final VitalSigns BASELINE = VitalSigns.at(FIRST_DEVICE.minusSeconds(600), 120, 75, 72, 98);

    private static Instant minute(double m) {
        return FIRST_DEVICE.plusSeconds(Math.round(m * 60));
    }

    private static List<VitalConcern> concerns(List<VitalSigns> earlier, VitalSigns reading) {
        return ReadingAssessment.assess(Optional.of(BASELINE), earlier, reading, RULES).stream().map(VitalFlag::concern).toList();
    }

    private static List<VitalConcern> concerns(VitalSigns reading) {
        return concerns(List.of(), reading);
    }

    @Test
    @DisplayName("ALM-5 a normal reading raises nothing")
    void normal() {
        assertThat(concerns(VitalSigns.at(minute(40), 132, 84, 80, 97))).isEmpty();
    }

    @ParameterizedTest(name = "BP-4 {0}/{1} -> recheck {2}")
    @DisplayName("BP-4 a reading above 160/100 needs a recheck")
    @CsvSource({"160, 100, false", "161, 100, true", "160, 101, true", "155, 95, false"})
    void recheck(int sbp, int dbp, boolean recheck) {
        // Baseline chosen so no rise is flagged: only BP-4 is under test.
        List<VitalFlag> flags = ReadingAssessment.assess(Optional.of(VitalSigns.at(FIRST_DEVICE, 150, 90, 72, 98)), List.of(),
                VitalSigns.at(minute(40), sbp, dbp, 80, 97), RULES);
        assertThat(flags.stream().anyMatch(f -> f.concern() == VitalConcern.RECHECK_NEEDED)).isEqualTo(recheck);
        assertThat(flags).allSatisfy(f -> assertThat(f.message().ruleId()).isEqualTo("BP-4"));
    }

    @ParameterizedTest(name = "BP-6 baseline 120/75 -> {0}/{1}: rise {2}")
    @DisplayName("BP-6 a rise from baseline of 40 systolic or 25 diastolic is flagged")
    @CsvSource({"159, 99, false", "160, 75, true", "120, 100, true", "159, 90, false"})
    void rise(int sbp, int dbp, boolean flagged) {
        List<VitalFlag> flags = ReadingAssessment.assess(Optional.of(BASELINE), List.of(), VitalSigns.at(minute(40), sbp, dbp, 80, 97), RULES);
        Optional<VitalFlag> rise = flags.stream().filter(f -> f.concern() == VitalConcern.RISE_FROM_BASELINE).findFirst();
        assertThat(rise.isPresent()).isEqualTo(flagged);
        rise.ifPresent(f -> assertThat(f.message().ruleId()).isEqualTo("BP-6"));
    }

    @Test
    @DisplayName("BP-6 without a baseline no rise can be measured")
    void noBaseline() {
        assertThat(ReadingAssessment.assess(Optional.empty(), List.of(), VitalSigns.at(minute(40), 165, 95, 80, 97), RULES))
                .extracting(VitalFlag::concern).containsExactly(VitalConcern.RECHECK_NEEDED);
    }

    @ParameterizedTest(name = "BP-5 {0}/{1} at 0 min, {2}/{3} at {4} min -> sustained alarm {5}")
    @DisplayName("BP-5 at or above 180/110 on two readings at least 5 min apart alarms")
    @CsvSource({
            "180, 90, 180, 90, 5, true",
            "180, 90, 180, 90, 4.9, false",
            "179, 90, 185, 90, 10, false",
            "185, 90, 179, 90, 10, false",
            "150, 110, 150, 110, 5, true",
            "150, 109, 150, 115, 5, false",
            "190, 90, 150, 112, 6, true"})
    void sustained(int sbp1, int dbp1, int sbp2, int dbp2, double minutesApart, boolean alarm) {
        VitalSigns first = VitalSigns.at(minute(40), sbp1, dbp1, 80, 97);
        VitalSigns second = VitalSigns.at(minute(40 + minutesApart), sbp2, dbp2, 80, 97);
        assertThat(concerns(List.of(first), second).contains(VitalConcern.BLOOD_PRESSURE_SUSTAINED_HIGH)).isEqualTo(alarm);
    }

    @Test
    @DisplayName("BP-5 a normal reading in between breaks the run; an unbroken run over 5 min alarms")
    void sustainedRun() {
        VitalSigns high0 = VitalSigns.at(minute(40), 182, 90, 80, 97);
        VitalSigns normal3 = VitalSigns.at(minute(43), 150, 90, 80, 97);
        VitalSigns high6 = VitalSigns.at(minute(46), 183, 90, 80, 97);
        assertThat(concerns(List.of(high0, normal3), high6)).doesNotContain(VitalConcern.BLOOD_PRESSURE_SUSTAINED_HIGH);
        VitalSigns high3 = VitalSigns.at(minute(43), 181, 90, 80, 97);
        // Given out of order, as a late-typed reading would be.
        assertThat(concerns(List.of(high3, high0), high6)).contains(VitalConcern.BLOOD_PRESSURE_SUSTAINED_HIGH);
        // A reading observed after the new one (typed in late) is not part of its history.
        assertThat(concerns(List.of(VitalSigns.at(minute(50), 185, 90, 80, 97)), high0))
                .doesNotContain(VitalConcern.BLOOD_PRESSURE_SUSTAINED_HIGH);
    }

    @ParameterizedTest(name = "BP-5 single reading {0}/{1} -> alarm {2}")
    @DisplayName("BP-5 one reading at or above 200/120 alarms at once")
    @CsvSource({"199, 100, false", "200, 100, true", "170, 119, false", "170, 120, true"})
    void single(int sbp, int dbp, boolean alarm) {
        List<VitalFlag> flags = ReadingAssessment.assess(Optional.of(BASELINE), List.of(), VitalSigns.at(minute(40), sbp, dbp, 80, 97), RULES);
        Optional<VitalFlag> veryHigh = flags.stream().filter(f -> f.concern() == VitalConcern.BLOOD_PRESSURE_VERY_HIGH).findFirst();
        assertThat(veryHigh.isPresent()).isEqualTo(alarm);
        veryHigh.ifPresent(f -> {
            assertThat(f.highAlarm()).isTrue();
            assertThat(f.message().ruleId()).isEqualTo("BP-5");
        });
    }

    @ParameterizedTest(name = "BP-5 SpO2 {0} -> alarm {1}")
    @DisplayName("BP-5 SpO2 below 93 % alarms")
    @CsvSource({"92, true", "93, false", "97, false", "85, true"})
    void spo2(int spo2, boolean alarm) {
        assertThat(concerns(VitalSigns.at(minute(40), 130, 80, 80, spo2)).contains(VitalConcern.LOW_SPO2)).isEqualTo(alarm);
    }

    @ParameterizedTest(name = "BP-5 HR {0} then {1} after {2} min -> alarm {3}")
    @DisplayName("BP-5 heart rate above 120 sustained for 5 min alarms")
    @CsvSource({
            "121, 121, 5, true",
            "121, 121, 4, false",
            "120, 121, 5, false",
            "121, 120, 5, false",
            "140, 135, 10, true"})
    void heartRate(int hr1, int hr2, int minutesApart, boolean alarm) {
        VitalSigns first = VitalSigns.at(minute(40), 130, 80, hr1, 97);
        VitalSigns second = VitalSigns.at(minute(40 + minutesApart), 130, 80, hr2, 97);
        assertThat(concerns(List.of(first), second).contains(VitalConcern.HEART_RATE_SUSTAINED_HIGH)).isEqualTo(alarm);
    }

    @Test
    @DisplayName("BP-5 one fast heart rate alone is not sustained")
    void heartRateOnce() {
        assertThat(concerns(VitalSigns.at(minute(40), 130, 80, 150, 97))).isEmpty();
    }

    @ParameterizedTest(name = "OBS-2 MOAA/S {0} -> alarm {1}")
    @DisplayName("OBS-2 MOAA/S at or below 2 raises a high-priority alarm")
    @CsvSource({"0, true", "2, true", "3, false", "5, false"})
    void sedation(int moaas, boolean alarm) {
        Optional<VitalFlag> flag = ReadingAssessment.sedation(moaas, RULES);
        assertThat(flag.isPresent()).isEqualTo(alarm);
        flag.ifPresent(f -> {
            assertThat(f.message().ruleId()).isEqualTo("OBS-2");
            assertThat(Alarm.raisedBy(f, minute(30))).get().extracting(Alarm::priority).isEqualTo(AlarmPriority.HIGH);
        });
    }

    @Test
    @DisplayName("BP-4 BP-5 BP-6 a 205/115 after a 120/75 baseline gives every BP concern, alarms first raised as high")
    void everything() {
        VitalSigns earlier = VitalSigns.at(minute(40), 185, 112, 80, 97);
        List<VitalFlag> flags = ReadingAssessment.assess(Optional.of(BASELINE), List.of(earlier), VitalSigns.at(minute(45), 205, 115, 80, 97), RULES);
        assertThat(flags).extracting(VitalFlag::concern).containsExactly(VitalConcern.RECHECK_NEEDED,
                VitalConcern.RISE_FROM_BASELINE, VitalConcern.BLOOD_PRESSURE_SUSTAINED_HIGH, VitalConcern.BLOOD_PRESSURE_VERY_HIGH);
        List<Alarm> alarms = new ArrayList<>();
        flags.forEach(f -> Alarm.raisedBy(f, minute(45)).ifPresent(alarms::add));
        assertThat(alarms).extracting(Alarm::cause).containsExactly("BP-5 BLOOD_PRESSURE_SUSTAINED_HIGH", "BP-5 BLOOD_PRESSURE_VERY_HIGH");
    }
}
