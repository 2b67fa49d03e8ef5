package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.session.SessionScript.min;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.ChecklistCompleted;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

@DisplayName("IV session and a session abandoned before dosing")
class IvAndAbandonedSessionTest {

    private final SessionProtocol protocol = SessionDefaults.protocol();

    @Test
    @DisplayName("OBS-1 IV: timers run from the infusion start; hepatic impairment adds the extra observation (180 min)")
    void ivSessionWithHepaticExtension() {
        SessionScript s = SessionScript.authorised(protocol, 28, Route.IV, 0, true);
        assertThat(s.refusalFor(new DeviceGiven(1, min(0), "", "LOT-T1", true))).as("no nasal device on an IV authorisation")
                .hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("PRE-2"));

        s.then(new InfusionStarted(min(0), BigDecimal.valueOf(60), "LOT-IV1"));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.ADMINISTERING);
        assertThat(s.due(0)).containsExactly("SEDATION_CHECK@15", "SEDATION_CHECK@30", "BP_CHECK@35", "SEDATION_CHECK@60",
                "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@180", "DISCHARGE_BP@180");

        s.moaas(15, 4).moaas(30, 4).vitals(38, 142, 88).then(new InfusionEnded(min(40), BigDecimal.valueOf(40), BigDecimal.ZERO, 9, "Discarded"));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.OBSERVING);
        assertThat(s.due(40)).containsExactly("SEDATION_CHECK@60", "SEDATION_CHECK@90", "SEDATION_CHECK@120",
                "END_OF_OBSERVATION@180", "DISCHARGE_BP@180");

        s.moaas(60, 5).moaas(90, 5).moaas(120, 5);
        assertThat(s.gate(60).readyToLeaveAt()).contains(min(60));
        assertThat(s.due(150)).containsExactly("END_OF_OBSERVATION@180", "DISCHARGE_BP@180");
        assertThat(s.refusalFor(new ReadyToLeaveSigned(min(150)))).as("OBS-1 extended observation not over")
                .hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("OBS-1"));

        s.vitals(175, 130, 80).then(new TransportArrived(min(176)));
        assertThat(s.due(180)).containsExactly("END_OF_OBSERVATION@180");
        s.then(new ReadyToLeaveSigned(min(181))).then(new Discharged(min(185)));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.DISCHARGED);
        assertThat(s.gate(185).readyToLeaveAt()).contains(min(60));
    }

    @Test
    @DisplayName("BP-2 high baseline: the prescriber does not authorise, the session is abandoned, nothing further is accepted")
    void abandonedBeforeDosing() {
        SessionScript s = new SessionScript(protocol)
                .then(new CheckedIn(min(-40), false))
                .answerAllSafely(min(-35))
                .then(new ChecklistCompleted(min(-30)))
                .then(new BaselineRecorded(min(-20), 172, 104, 90, 97));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.PRE_DOSE_CHECKS_DONE);
        assertThat(s.refusalFor(new Abandoned(" ", min(-10)))).hasValueSatisfying(r -> assertThat(r.messageKey())
                .isEqualTo("reason.required"));

        s.then(new Abandoned("Baseline 172/104: rebooked", min(-10)));
        SessionSnapshot snapshot = s.snapshot();
        assertThat(snapshot.state()).isEqualTo(SessionState.ABANDONED);
        assertThat(DueItems.due(snapshot, protocol, min(60))).isEmpty();
        assertThat(s.refusalFor(new DoseAuthorised(min(-5), 56, Route.NASAL, 2))).isPresent();
        assertThat(s.refusalFor(new VitalsRecorded(min(-5), 150, 90, 80, 97))).isPresent();
        assertThat(s.refusalFor(new SessionEvent.ReferredToEmergency("chest pain", min(-5)))).isPresent();
    }
}
