package org.vigil.domain.alarm;

import org.vigil.domain.alarm.AlarmCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlarmCauseTest {

    private static final Instant RAISED = Instant.parse("2026-03-02T09:45:00Z");

    @Test
    void aKeyReadsBackAsTheSameCause() {
        AlarmCause cause = new AlarmCause("BP-3", "BP_CHECK", RAISED);

        assertThat(AlarmCause.parse(cause.key())).isEqualTo(cause);
    }

    @Test
    void theWhatOfAKeyIsReadWithoutItsInstant() {
        String key = new AlarmCause("OBS-2", "DEEP_SEDATION", RAISED).key();

        assertThat(AlarmCause.whatOf(key)).isEqualTo("DEEP_SEDATION").isEqualTo(AlarmCause.parse(key).what());
    }

    @Test
    void somethingElseIsNotAKey() {
        assertThatThrownBy(() -> AlarmCause.whatOf("BP-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlarmCause.parse("BP-3 BP_CHECK")).isInstanceOf(IllegalArgumentException.class);
    }
}
