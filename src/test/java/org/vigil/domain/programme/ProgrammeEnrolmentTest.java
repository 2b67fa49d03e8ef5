package org.vigil.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.SettingValue;

@DisplayName("PAT-6 when the clinic was in the risk programme")
class ProgrammeEnrolmentTest {

    private static final Instant CREATED = Instant.parse("2024-01-10T09:00:00Z");
    private static final Instant JOINED = Instant.parse("2025-03-03T07:30:00Z");
    private static final Instant LEFT = Instant.parse("2025-06-01T07:30:00Z");

    private static SettingValue version(int n, String value, Instant at) {
        return new SettingValue("pat.riskProgrammeRequired", n, value, at, "manager", "");
    }

    @Test
    @DisplayName("a clinic that joined later owes forms from the moment it joined, and none after it left")
    void joinedLater() {
        List<SettingValue> history = List.of(version(2, "YES", JOINED), version(1, "NO", CREATED), version(3, "NO", LEFT));
        assertThat(ProgrammeEnrolment.everEnrolled(history)).isTrue();
        assertThat(ProgrammeEnrolment.firstEnrolled(history)).isEqualTo(JOINED);
        assertThat(ProgrammeEnrolment.enrolledAt(history, JOINED.minusSeconds(1))).isFalse();
        assertThat(ProgrammeEnrolment.enrolledAt(history, JOINED.plusSeconds(60))).isTrue();
        assertThat(ProgrammeEnrolment.enrolledAt(history, LEFT.plusSeconds(60))).isFalse();
        assertThat(ProgrammeEnrolment.enrolledNow(history)).isFalse();
    }

    @Test
    @DisplayName("a clinic enrolled from its first version owes forms for sessions older than the database's defaults too")
    void enrolledFromTheStart() {
        List<SettingValue> history = List.of(version(1, "YES", CREATED));
        assertThat(ProgrammeEnrolment.firstEnrolled(history)).isEqualTo(Instant.EPOCH);
        assertThat(ProgrammeEnrolment.enrolledAt(history, CREATED.minusSeconds(86_400))).isTrue();
    }
}
