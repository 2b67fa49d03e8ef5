package org.vigil.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.session.SessionScript.min;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.Route;
import org.vigil.domain.session.DischargeGate.Criterion;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.DischargeBpOverridden;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.TransportArrived;

@DisplayName("When each discharge criterion was met, and the key times of a session, for the printed report")
class GateTimesTest {

    private static final SessionProtocol PROTOCOL = SessionDefaults.protocol();

    /** Two devices at 0 and 5, the BP check at 40 (high), back under the line at 55, MOAA/S 5 from 60. */
    private static SessionScript morning() {
        return SessionScript.authorised(PROTOCOL, 56, Route.NASAL, 2, false).then(new DeviceGiven(1, min(0), "", "LOT-T1", true))
                .then(new DeviceGiven(2, min(5), "", "LOT-T1", true)).vitals(15, 140, 86).moaas(15, 4)
                .then(new DissociationNoted(true, min(16))).vitals(40, 172, 96).then(new DissociationNoted(false, min(50)))
                .vitals(55, 150, 90).moaas(60, 5);
    }

    @Test
    @DisplayName("DIS-1 DIS-2 each criterion met since the start of its unbroken run; OBS-1 at the end of observation; unmet ones absent")
    void metSince() {
        SessionScript s = morning().vitals(120, 130, 82).then(new TransportArrived(min(118))).then(new ReadyToLeaveSigned(min(121)));
        Map<Criterion, java.time.Instant> met = GateTimes.metSince(s.snapshot(), PROTOCOL, min(122));

        assertThat(met).containsEntry(Criterion.MINIMUM_OBSERVATION, min(120))
                .as("BP-4 the 40-minute 172/96 broke the run that began at 15").containsEntry(Criterion.LAST_BP_WITHIN_THRESHOLDS, min(55))
                .containsEntry(Criterion.SPO2, min(15)).containsEntry(Criterion.MOAAS_FULL, min(60))
                .containsEntry(Criterion.DISSOCIATION_RESOLVED, min(50)).containsEntry(Criterion.NO_UNRESOLVED_ADVERSE_EVENT, min(0))
                .containsEntry(Criterion.TRANSPORT_PRESENT, min(118)).containsEntry(Criterion.CLINICIAN_SIGNED, min(121));
        assertThat(GateTimes.metSince(s.snapshot(), PROTOCOL, min(100))).as("before OBS-1 ends and before the sign-off")
                .doesNotContainKeys(Criterion.MINIMUM_OBSERVATION, Criterion.CLINICIAN_SIGNED, Criterion.TRANSPORT_PRESENT);
    }

    @Test
    @DisplayName("OBS-4 DIS-1 a new adverse event voids the sign-off and restarts its criterion; a prescriber's BP acceptance meets the BP criterion")
    void relapse() {
        SessionScript s = morning().vitals(120, 168, 98).then(new DischargeBpOverridden("Known hypertensive, at her usual level", min(121)))
                .then(new TransportArrived(min(121))).then(new ReadyToLeaveSigned(min(122)))
                .then(new AdverseEventOpened("AE-1", AdverseEventKind.NAUSEA, Severity.MILD, "", "sips of water", min(124)))
                .then(new AdverseEventResolved("AE-1", "settled", min(130)));
        Map<Criterion, java.time.Instant> met = GateTimes.metSince(s.snapshot(), PROTOCOL, min(132));

        assertThat(met).containsEntry(Criterion.LAST_BP_WITHIN_THRESHOLDS, min(121))
                .containsEntry(Criterion.NO_UNRESOLVED_ADVERSE_EVENT, min(130)).doesNotContainKey(Criterion.CLINICIAN_SIGNED);
    }

    @Test
    @DisplayName("BP-3 DIS-2 OBS-1 the key times: arrival, dose start, the 40-minute check, ready to leave as stored at discharge, monitored minutes")
    void keyTimes() {
        SessionScript s = morning().vitals(120, 130, 82).then(new TransportArrived(min(120))).then(new ReadyToLeaveSigned(min(121)))
                .then(new Discharged(min(122), min(60), 122));
        KeyTimes times = KeyTimes.of(s.snapshot(), PROTOCOL, min(200));

        assertThat(times.doseStart()).contains(min(0));
        assertThat(times.bpCheck()).as("the first reading once the BP-3 window opened").hasValueSatisfying(r -> assertThat(r.sbp()).isEqualTo(172));
        assertThat(times.readyToLeave()).as("DIS-2 as stored with the discharge").contains(min(60));
        assertThat(times.end()).contains(min(122));
        assertThat(times.monitoredMinutes()).contains(122L);
        assertThat(times.minutesAfterDose(min(60))).contains(60L);
        assertThat(KeyTimes.bpCheckDue(s.snapshot(), PROTOCOL)).contains(min(40));
    }
}
