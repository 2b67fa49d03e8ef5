package org.vigil.domain.session;

import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.session.SessionScript.min;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.ChecklistCompleted;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.ReferredToEmergency;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

@DisplayName("Session state machine")
class SessionTransitionsTest {

    private static final SessionProtocol PROTOCOL = SessionDefaults.protocol();

    private static SessionScript checkedIn() {
        return new SessionScript(PROTOCOL).then(new CheckedIn(min(-40), false));
    }

    private static SessionScript nasal84() {
        return SessionScript.authorised(PROTOCOL, 84, Route.NASAL, 3, false);
    }

    private static SessionScript oneDeviceGiven() {
        return nasal84().then(new DeviceGiven(1, min(0), "", "LOT-T1", true));
    }

    private static SessionScript observing() {
        return SessionScript.authorised(PROTOCOL, 28, Route.NASAL, 1, false).then(new DeviceGiven(1, min(0), "", "LOT-T1", true));
    }

    /** session, event, rule ID of the refusal ("" = accepted) */
    static Stream<Arguments> table() {
        return Stream.of(
                row("BP-1 no device before the baseline", () -> checkedIn().answerAllSafely(min(-35)).then(new ChecklistCompleted(min(-30))),
                        new DeviceGiven(1, min(0), "", "LOT-T1", true), "BP-1"),
                row("PRE-2 no device before the prescriber authorises",
                        () -> checkedIn().answerAllSafely(min(-35)).then(new ChecklistCompleted(min(-30))).then(new BaselineRecorded(min(-20), 120, 80, 70, 98)),
                        new DeviceGiven(1, min(0), "", "LOT-T1", true), "PRE-2"),
                row("PRE-1 no authorisation before the checklist",
                        () -> checkedIn().then(new BaselineRecorded(min(-20), 120, 80, 70, 98)),
                        new DoseAuthorised(min(-10), 56, Route.NASAL, 2), "PRE-1"),
                row("BP-1 no authorisation before the baseline", () -> checkedIn().answerAllSafely(min(-35)).then(new ChecklistCompleted(min(-30))),
                        new DoseAuthorised(min(-10), 56, Route.NASAL, 2), "BP-1"),
                row("ADM-3 84 mg is three 28 mg devices, not two",
                        () -> checkedIn().answerAllSafely(min(-35)).then(new ChecklistCompleted(min(-30))).then(new BaselineRecorded(min(-20), 120, 80, 70, 98)),
                        new DoseAuthorised(min(-10), 84, Route.NASAL, 2), "ADM-3"),
                row("ADM-2 second device during the rest is locked", SessionTransitionsTest::oneDeviceGiven,
                        new DeviceGiven(2, min(4), "", "LOT-T1", true), "ADM-2"),
                row("ADM-2 second device during the rest with an override reason", SessionTransitionsTest::oneDeviceGiven,
                        new DeviceGiven(2, min(4), "Patient must leave for dialysis", "LOT-T1", true), ""),
                row("ADM-2 second device after the rest", SessionTransitionsTest::oneDeviceGiven, new DeviceGiven(2, min(5), "", "LOT-T1", true), ""),
                row("ADM-3 a device is given only with its lot", SessionTransitionsTest::oneDeviceGiven,
                        new DeviceGiven(2, min(5), "", "  ", true), "ADM-3"),
                row("ADM-1 a device is given only with its dots checked", SessionTransitionsTest::oneDeviceGiven,
                        new DeviceGiven(2, min(5), "", "LOT-T1", false), "ADM-1"),
                row("ADM-3 devices are given in order", SessionTransitionsTest::oneDeviceGiven, new DeviceGiven(3, min(5), "", "LOT-T1", true), "ADM-3"),
                row("ADM-5 no device beyond the authorised dose", SessionTransitionsTest::observing, new DeviceGiven(2, min(6), "", "LOT-T1", true),
                        "ADM-5"),
                row("abandon before dosing", SessionTransitionsTest::nasal84, new Abandoned("Patient declined", min(-5)), ""),
                row("OBS-1 no abandoning once a device is given", SessionTransitionsTest::oneDeviceGiven,
                        new Abandoned("Patient wants to go", min(6)), "OBS-1"),
                row("OBS-4 referral any time: before dosing", SessionTransitionsTest::checkedIn,
                        new ReferredToEmergency("Chest pain", min(-30)), ""),
                row("OBS-4 referral any time: during observation", SessionTransitionsTest::observing,
                        new ReferredToEmergency("Seizure", min(20)), ""),
                row("OBS-4 a referral says why", SessionTransitionsTest::observing, new ReferredToEmergency(" ", min(20)), "OBS-4"),
                row("DIS-1 discharge only after the ready-to-leave sign-off, named as such though the state also says no",
                        () -> observing().moaas(15, 5).vitals(40, 120, 80).moaas(120, 5).vitals(125, 122, 78)
                                .then(new SessionEvent.TransportArrived(min(126))),
                        new Discharged(min(130)), "DIS-1"),
                row("OBS-1 discharge at 119 min says the observation time, not the session state", SessionTransitionsTest::observing,
                        new Discharged(min(119)), "OBS-1"),
                row("OBS-1 discharge before any dose says observation has not started", SessionTransitionsTest::nasal84,
                        new Discharged(min(-5)), "OBS-1"),
                row("OBS-1 ready-to-leave while administering says the observation time", SessionTransitionsTest::oneDeviceGiven,
                        new ReadyToLeaveSigned(min(3)), "OBS-1"),
                row("DIS-1 no sign-off before the minimum observation", SessionTransitionsTest::observing,
                        new ReadyToLeaveSigned(min(60)), "OBS-1"),
                row("OBS-4 an unknown adverse event cannot be resolved", SessionTransitionsTest::observing,
                        new AdverseEventResolved("AE-9", "", min(30)), "OBS-4"),
                row("readings need a checked-in patient", () -> new SessionScript(PROTOCOL),
                        new VitalsRecorded(min(-50), 120, 80, 70, 98), "SESSION"));
    }

    private static Arguments row(String name, Supplier<SessionScript> session, SessionEvent event, String ruleId) {
        return Arguments.of(name, session, event, ruleId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void transition(String name, Supplier<SessionScript> session, SessionEvent event, String expectedRule) {
        var refusal = session.get().refusalFor(event);
        if (expectedRule.isEmpty()) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo(expectedRule));
        }
    }

    @Test
    @DisplayName("A refusal by state names the action and the state in words, in English and Chinese")
    void refusedByStateReadsAsWords() {
        var refusal = new SessionScript(PROTOCOL).refusalFor(new VitalsRecorded(min(-50), 120, 80, 70, 98)).orElseThrow();
        assertThat(refusal.messageKey()).isEqualTo("session.refused.state");
        assertThat(org.vigil.text.Messages.of(java.util.Locale.ENGLISH).refusal(refusal))
                .isEqualTo("Recording vital signs is not possible while the session is “Booked”.");
        assertThat(org.vigil.text.Messages.of(org.vigil.text.Messages.CHINESE).refusal(refusal)).isEqualTo("会话处于“已预约”状态，无法记录生命体征。");
    }

    @Test
    @DisplayName("Every kind of session action has words in both languages for a refusal by state")
    void everyActionHasWords() {
        for (var locale : org.vigil.text.Messages.SUPPORTED) {
            var messages = org.vigil.text.Messages.of(locale);
            for (Class<?> kind : SessionEvent.class.getPermittedSubclasses()) {
                assertThat(messages.has("session.action." + kind.getSimpleName())).as("%s in %s", kind.getSimpleName(), locale).isTrue();
            }
            for (SessionState state : SessionState.values()) {
                assertThat(messages.has("session.state." + state.name())).as("%s in %s", state, locale).isTrue();
            }
        }
    }

    @Test
    @DisplayName("OBS-1 a discharge 1 minute early says so in words: one minute, not one minutes")
    void oneMinuteToGo() {
        var refusal = observing().refusalFor(new Discharged(min(119))).orElseThrow();
        assertThat(refusal).isEqualTo(org.vigil.domain.Refusal.of("OBS-1", "session.discharge.observation", 120L, 1L));
        assertThat(org.vigil.text.Messages.of(java.util.Locale.ENGLISH).refusal(refusal))
                .isEqualTo("Observation must last 120 minutes; 1 minute to go.");
        var earlier = observing().refusalFor(new Discharged(min(100))).orElseThrow();
        assertThat(org.vigil.text.Messages.of(java.util.Locale.ENGLISH).refusal(earlier))
                .isEqualTo("Observation must last 120 minutes; 20 minutes to go.");
    }

    @Test
    @DisplayName("OBS-4 a new adverse event after the sign-off returns the patient to observation")
    void adverseEventVoidsSignOff() {
        SessionScript s = observing().moaas(15, 5).vitals(40, 120, 80).moaas(120, 5).vitals(121, 122, 78)
                .then(new SessionEvent.TransportArrived(min(121))).then(new ReadyToLeaveSigned(min(122)));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.READY_FOR_DISCHARGE);
        s.then(new AdverseEventOpened("AE-1", AdverseEventKind.NAUSEA, Severity.MILD, "", "", min(123)));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.OBSERVING);
        assertThat(s.snapshot().readyToLeaveSignedAt()).isEmpty();
        assertThat(s.refusalFor(new Discharged(min(124)))).isPresent();
        s.then(new AdverseEventResolved("AE-1", "", min(128)));
        assertThat(s.gate(128).readyToLeaveAt()).as("DIS-2 the run restarts when the event resolves").contains(min(128));
    }

    @Test
    @DisplayName("replay is a pure fold: the same events give the same snapshot")
    void replayIsDeterministic() {
        List<SessionEvent> events = oneDeviceGiven().vitals(3, 130, 85).events();
        assertThat(SessionReplay.replay(events)).isEqualTo(SessionReplay.replay(List.copyOf(events)));
        assertThat(SessionReplay.replay(events).firstDevice()).contains(min(0));
        assertThat(SessionReplay.replay(List.of()).state()).isEqualTo(SessionState.BOOKED);
    }
}
