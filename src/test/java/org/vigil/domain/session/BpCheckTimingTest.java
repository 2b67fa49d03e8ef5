package org.vigil.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.Route;

/** BP-3 after the fact: the check's window and lateness as the chair's prompt had them. */
@DisplayName("BP-3 BP check timing for reports")
class BpCheckTimingTest {

    private static final Instant CHECK_IN = Instant.parse("2025-03-04T09:00:00Z");

    private static List<SessionEvent> nasal(String... readingsAt) {
        List<SessionEvent> events = new ArrayList<>(List.of(new SessionEvent.CheckedIn(CHECK_IN, false),
                new SessionEvent.BaselineRecorded(at("09:08"), 130, 80, 70, 98),
                new SessionEvent.DoseAuthorised(at("09:10"), 56, Route.NASAL, 2),
                new SessionEvent.DeviceGiven(1, at("09:12"), "", "LOT-A1", true),
                new SessionEvent.DeviceGiven(2, at("09:17"), "", "LOT-A1", true)));
        for (String t : readingsAt) {
            events.add(new SessionEvent.VitalsRecorded(at(t), 130, 80, 70, 98));
        }
        return events;
    }

    private static Instant at(String time) {
        return Instant.parse("2025-03-04T" + time + ":00Z");
    }

    private static BpCheckTiming timing(List<SessionEvent> events, SessionProtocol protocol) {
        return BpCheckTiming.of(SessionReplay.replay(events), protocol).orElseThrow();
    }

    @Test
    @DisplayName("BP-3 due 40 min after the first device; taken at the window's end is on time, a minute later is late against the 40-minute mark")
    void windowAndLateness() {
        SessionProtocol p = SessionDefaults.protocol();
        BpCheckTiming onTime = timing(nasal("09:57"), p);
        assertThat(onTime.target()).isEqualTo(at("09:52"));
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.lateness()).isZero();
        BpCheckTiming late = timing(nasal("09:58"), p);
        assertThat(late.late()).isTrue();
        assertThat(late.lateness()).isEqualTo(Duration.ofMinutes(6));
        assertThat(timing(nasal("09:47"), p).late()).as("from the window's opening the reading is the check").isFalse();
        assertThat(timing(nasal("09:30", "10:10"), p).checkedAt()).as("a reading before the window is not the check").contains(at("10:10"));
    }

    @Test
    @DisplayName("BP-3 anchored on the last device when the clinic says so; IV from the infusion start")
    void anchors() {
        assertThat(timing(nasal("10:00"), SessionDefaults.protocol("bp.check.anchor", "LAST_DEVICE")).target()).isEqualTo(at("09:57"));
        List<SessionEvent> iv = new ArrayList<>(List.of(new SessionEvent.CheckedIn(CHECK_IN, false),
                new SessionEvent.DoseAuthorised(at("09:10"), new BigDecimal("35"), 40),
                new SessionEvent.InfusionStarted(at("09:15"), new BigDecimal("2.1"), "LOT-IV1")));
        assertThat(timing(iv, SessionDefaults.protocol()).target()).isEqualTo(at("09:55"));
    }

    @Test
    @DisplayName("BP-3 never taken is missed only if the patient was still there when the window closed; no dose, no check")
    void missed() {
        BpCheckTiming none = timing(nasal(), SessionDefaults.protocol());
        assertThat(none.missed(at("10:30"))).isTrue();
        assertThat(none.missed(at("09:40"))).as("referred before the check fell due").isFalse();
        assertThat(BpCheckTiming.of(SessionReplay.replay(List.of(new SessionEvent.CheckedIn(CHECK_IN, false))), SessionDefaults.protocol()))
                .isEmpty();
    }
}
