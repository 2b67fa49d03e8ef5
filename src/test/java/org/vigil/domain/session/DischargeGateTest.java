package org.vigil.domain.session;

import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.session.SessionScript.min;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.domain.session.DischargeGate.Criterion;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

@DisplayName("Discharge gate")
class DischargeGateTest {

    private static final SessionProtocol PROTOCOL = SessionDefaults.protocol();

    /** A single device at 0, calm all along, ready at 125 min except what the row changes. */
    private static SessionScript session(UnaryOperator<SessionScript> change) {
        SessionScript s = SessionScript.authorised(PROTOCOL, 28, Route.NASAL, 1, false).then(new DeviceGiven(1, min(0), "", "LOT-T1", true))
                .moaas(15, 5).vitals(40, 124, 80);
        return change.apply(s);
    }

    private static SessionScript complete(SessionScript s) {
        return s.vitals(120, 126, 82).moaas(120, 5).then(new TransportArrived(min(120))).then(new ReadyToLeaveSigned(min(122)));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("OBS-1 minimum observation not over at 100 min", s -> s.vitals(95, 120, 80).moaas(95, 5)
                        .then(new TransportArrived(min(95))), 100, Criterion.MINIMUM_OBSERVATION, "OBS-1"),
                row("BP-7 last reading older than 15 min", s -> s.moaas(120, 5).then(new TransportArrived(min(120))), 125,
                        Criterion.LAST_BP_WITHIN_THRESHOLDS, "BP-7"),
                row("DIS-1 last BP 168/96 above threshold", s -> s.vitals(120, 168, 96).moaas(120, 5)
                        .then(new TransportArrived(min(120))), 125, Criterion.LAST_BP_WITHIN_THRESHOLDS, "DIS-1"),
                row("DIS-1 SpO2 91 below 93", s -> s.then(new VitalsRecorded(min(120), 120, 80, 80, 91)).moaas(120, 5)
                        .then(new TransportArrived(min(120))), 125, Criterion.SPO2, "DIS-1"),
                row("DIS-1 MOAA/S 4 is not full", s -> s.vitals(120, 120, 80).moaas(120, 4).then(new TransportArrived(min(120))),
                        125, Criterion.MOAAS_FULL, "DIS-1"),
                row("OBS-3 dissociation still present", s -> s.then(new DissociationNoted(true, min(20))).vitals(120, 120, 80)
                        .moaas(120, 5).then(new TransportArrived(min(120))), 125, Criterion.DISSOCIATION_RESOLVED, "OBS-3"),
                row("OBS-4 unresolved nausea", s -> s.then(new AdverseEventOpened("AE-1", AdverseEventKind.NAUSEA, Severity.MILD, "", "", min(30)))
                        .vitals(120, 120, 80).moaas(120, 5).then(new TransportArrived(min(120))), 125,
                        Criterion.NO_UNRESOLVED_ADVERSE_EVENT, "OBS-4"),
                row("DIS-1 transport not here", s -> s.vitals(120, 120, 80).moaas(120, 5), 125, Criterion.TRANSPORT_PRESENT, "DIS-1"),
                row("DIS-1 nobody has signed", s -> s.vitals(120, 120, 80).moaas(120, 5).then(new TransportArrived(min(120))), 125,
                        Criterion.CLINICIAN_SIGNED, "DIS-1"));
    }

    private static Arguments row(String name, UnaryOperator<SessionScript> change, int minute, Criterion unmet, String rule) {
        return Arguments.of(name, change, minute, unmet, rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void criterion(String name, UnaryOperator<SessionScript> change, int minute, Criterion unmet, String rule) {
        DischargeGate.Result result = session(change).gate(minute);
        assertThat(result.checks()).extracting(DischargeGate.Check::criterion).containsExactly(Criterion.values());
        DischargeGate.Check check = result.checks().stream().filter(c -> c.criterion() == unmet).findFirst().orElseThrow();
        assertThat(check.met()).isFalse();
        assertThat(check.reason()).hasValueSatisfying(r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.messageKey()).startsWith("session.discharge.");
        });
        assertThat(result.allMet()).isFalse();
    }

    @Test
    @DisplayName("DIS-1 all criteria met after sign-off; DIS-2 ready-to-leave is clinical, not the clock or the signature")
    void allMet() {
        SessionScript s = complete(session(x -> x));
        DischargeGate.Result result = s.gate(125);
        assertThat(result.allMet()).isTrue();
        assertThat(result.refusals()).isEmpty();
        assertThat(result.readyToLeaveAt()).contains(min(40));
    }

    @Test
    @DisplayName("DIS-2 a relapse restarts the ready-to-leave time")
    void relapseRestartsReadyTime() {
        SessionScript s = session(x -> x.vitals(60, 172, 96).vitals(75, 140, 85));
        assertThat(s.gate(80).readyToLeaveAt()).contains(min(75));
        assertThat(session(x -> x.moaas(50, 3)).gate(80).readyToLeaveAt()).isEmpty();
    }

    @Test
    @DisplayName("DIS-2 a reading entered late counts at the time it was observed")
    void lateEntryCountsWhenObserved() {
        SessionScript s = SessionScript.authorised(PROTOCOL, 28, Route.NASAL, 1, false).then(new DeviceGiven(1, min(0), "", "LOT-T1", true))
                .vitals(40, 124, 80).moaas(45, 5).vitals(44, 122, 80);
        assertThat(s.gate(60).readyToLeaveAt()).contains(min(45));
    }
}
