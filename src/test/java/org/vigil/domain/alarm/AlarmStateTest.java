package org.vigil.domain.alarm;

import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.domain.session.AlarmPriority;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.domain.patient.ProtocolDefaults;

/** ALM-1 … ALM-3: priority, escalation, acknowledgement pause, and the alarm bar's order. */
class AlarmStateTest {

    private static final AlarmRules RULES = AlarmRules.from(ProtocolDefaults.settings());
    private static final Instant RAISED = Instant.parse("2026-03-02T10:00:00Z");
    private static final long NURSE = 3;

    private static Instant at(int seconds) {
        return RAISED.plusSeconds(seconds);
    }

    @ParameterizedTest(name = "ALM-3 medium, acknowledged at {0}s, seen at {1}s -> {2}")
    @DisplayName("ALM-3 an unacknowledged medium alarm escalates to high after 5 min")
    @CsvSource({
            "-1, 299, MEDIUM",
            "-1, 300, HIGH",
            "-1, 900, HIGH",
            "180, 900, MEDIUM",
            "299, 900, MEDIUM",
            "300, 900, HIGH",
            "400, 900, HIGH"})
    void escalation(int acknowledgedAtSecond, int nowSecond, AlarmPriority expected) {
        Alarm alarm = Alarm.raised("BP-3 overdue", AlarmPriority.MEDIUM, RAISED);
        if (acknowledgedAtSecond >= 0) {
            alarm = alarm.acknowledged(NURSE, at(acknowledgedAtSecond));
        }
        assertThat(AlarmState.at(alarm, at(nowSecond), RULES).priority()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ALM-3 {0} raised never escalates")
    @DisplayName("ALM-3 only medium alarms escalate")
    @EnumSource(value = AlarmPriority.class, names = {"LOW", "HIGH"})
    void onlyMediumEscalates(AlarmPriority priority) {
        assertThat(AlarmState.at(Alarm.raised("x", priority, RAISED), at(3600), RULES).priority()).isEqualTo(priority);
    }

    @ParameterizedTest(name = "ALM-2 acknowledged at 60s, seen at {0}s -> paused {1}, sounding {2}")
    @DisplayName("ALM-2 acknowledging pauses the sound for 2 min; it resumes while unresolved, and stays shown")
    @CsvSource({
            "30, false, true",
            "60, true, false",
            "179, true, false",
            "180, false, true",
            "600, false, true"})
    void acknowledgePause(int nowSecond, boolean paused, boolean sounding) {
        Alarm alarm = Alarm.raised("BP-5 LOW_SPO2", AlarmPriority.HIGH, RAISED).acknowledged(NURSE, at(60));
        AlarmState state = AlarmState.at(alarm, at(nowSecond), RULES);
        assertThat(state.soundPaused()).isEqualTo(paused);
        assertThat(state.sounding()).isEqualTo(sounding);
        assertThat(state.shown()).isTrue();
    }

    @Test
    @DisplayName("ALM-2 a resolved alarm is no longer shown nor sounding; before its resolution time it still is")
    void resolved() {
        Alarm alarm = Alarm.raised("BP-4 recheck overdue", AlarmPriority.MEDIUM, RAISED).resolved(NURSE, at(120));
        assertThat(AlarmState.at(alarm, at(119), RULES).shown()).isTrue();
        AlarmState after = AlarmState.at(alarm, at(120), RULES);
        assertThat(after.shown()).isFalse();
        assertThat(after.sounding()).isFalse();
    }

    @Test
    @DisplayName("ALM-1 a low alarm is steady and silent; medium flashes ~0.5 Hz, high ~2 Hz")
    void presentation() {
        assertThat(AlarmPriority.LOW.flashes()).isFalse();
        assertThat(AlarmPriority.MEDIUM.flashHz()).isEqualTo(0.5);
        assertThat(AlarmPriority.HIGH.flashHz()).isEqualTo(2.0);
        assertThat(AlarmState.at(Alarm.raised("x", AlarmPriority.LOW, RAISED), RAISED, RULES).sounding()).isFalse();
    }

    @Test
    @DisplayName("ALM-1 ALM-3 the alarm bar shows the most urgent first, then the oldest, without the resolved")
    void board() {
        Alarm oldMedium = Alarm.raised("BP-3 overdue", AlarmPriority.MEDIUM, RAISED);
        Alarm newHigh = Alarm.raised("BP-5 LOW_SPO2", AlarmPriority.HIGH, at(400));
        Alarm ackedMedium = Alarm.raised("OBS-2 check overdue", AlarmPriority.MEDIUM, at(200)).acknowledged(NURSE, at(210));
        Alarm low = Alarm.raised("end of observation", AlarmPriority.LOW, at(10));
        Alarm resolvedHigh = Alarm.raised("BP-5 BLOOD_PRESSURE_VERY_HIGH", AlarmPriority.HIGH, at(5)).resolved(NURSE, at(100));

        // At 420s the old medium alarm (raised 0s, unacknowledged) has escalated and is older than the new high.
        List<AlarmState> bar = AlarmBoard.order(List.of(low, newHigh, resolvedHigh, ackedMedium, oldMedium), at(420), RULES);
        assertThat(bar).extracting(s -> s.alarm().cause())
                .containsExactly("BP-3 overdue", "BP-5 LOW_SPO2", "OBS-2 check overdue", "end of observation");
        assertThat(bar).extracting(AlarmState::priority)
                .containsExactly(AlarmPriority.HIGH, AlarmPriority.HIGH, AlarmPriority.MEDIUM, AlarmPriority.LOW);

        // At 200s nothing has escalated yet: the new high is not raised, the old medium comes before the low.
        assertThat(AlarmBoard.order(List.of(low, resolvedHigh, oldMedium), at(200), RULES)).extracting(s -> s.alarm().cause())
                .containsExactly("BP-3 overdue", "end of observation");
    }
}
