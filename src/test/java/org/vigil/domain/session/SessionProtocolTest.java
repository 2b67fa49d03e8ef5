package org.vigil.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Session protocol from settings")
class SessionProtocolTest {

    @Test
    @DisplayName("BP-3 BP-4 BP-7 ADM-2 OBS-1 OBS-2 DIS-1 defaults as in clinical-rules.md")
    void defaults() {
        SessionProtocol p = SessionDefaults.protocol();
        assertThat(p.mgPerDevice()).isEqualTo(28);
        assertThat(p.deviceRest()).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.bpCheckAfter()).isEqualTo(Duration.ofMinutes(40));
        assertThat(p.bpCheckAnchor()).isEqualTo(SessionProtocol.BpCheckAnchor.FIRST_DEVICE);
        assertThat(p.bpCheckWindow()).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.recheckSbpAbove()).isEqualTo(160);
        assertThat(p.recheckDbpAbove()).isEqualTo(100);
        assertThat(p.recheckInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.dischargeReadingWithin()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.observation()).isEqualTo(Duration.ofMinutes(120));
        assertThat(p.sedationChecks()).extracting(Duration::toMinutes).containsExactly(15L, 30L, 60L, 90L, 120L);
        assertThat(p.sedationCheckWindow()).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.dischargeMinimumSpo2()).isEqualTo(93);
        assertThat(p.dischargeRequiredMoaas()).isEqualTo(5);
    }

    @Test
    @DisplayName("OBS-1 hepatic impairment lengthens observation by the extra minutes setting")
    void hepaticExtra() {
        SessionProtocol p = SessionDefaults.protocol("obs.hepaticExtraMinutes", "90");
        SessionSnapshot hepatic = SessionReplay.replay(java.util.List.of(new SessionEvent.CheckedIn(SessionScript.T0, true)));
        assertThat(p.observationFor(hepatic)).isEqualTo(Duration.ofMinutes(210));
    }
}
