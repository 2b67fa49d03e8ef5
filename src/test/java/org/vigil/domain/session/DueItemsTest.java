package org.vigil.domain.session;

import org.vigil.domain.Route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.session.SessionScript.min;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.domain.session.DueItem.Kind;
import org.vigil.domain.session.SessionEvent.DeviceGiven;

@DisplayName("Due items")
class DueItemsTest {

    private static final SessionProtocol PROTOCOL = SessionDefaults.protocol();

    /** A single 28 mg device at minute 0, then whatever the row adds. */
    private static SessionScript oneDevice(UnaryOperator<SessionScript> then) {
        return then.apply(SessionScript.authorised(PROTOCOL, 28, Route.NASAL, 1, false).then(new DeviceGiven(1, min(0), "", "LOT-T1", true)));
    }

    /** name, what happened, minute asked, kind looked at, expected items of that kind */
    static Stream<Arguments> table() {
        return Stream.of(
                row("BP-3 due from 35 min, not yet done", s -> s, 30, Kind.BP_CHECK, "BP_CHECK@35"),
                row("BP-3 overdue after 45 min", s -> s, 50, Kind.BP_CHECK, "BP_CHECK@35 late 5m"),
                row("BP-3 a reading at 34 min is too early to count", s -> s.vitals(34, 120, 80), 36, Kind.BP_CHECK, "BP_CHECK@35"),
                row("BP-3 a reading at 35 min is the check", s -> s.vitals(35, 120, 80), 36, Kind.BP_CHECK),
                row("BP-3 a late reading at 50 min still closes the check", s -> s.vitals(50, 120, 80), 51, Kind.BP_CHECK),
                row("BP-4 recheck due 15 min after 165/95", s -> s.vitals(40, 165, 95), 41, Kind.BP_RECHECK, "BP_RECHECK@55"),
                row("BP-4 recheck due 15 min after 150/102", s -> s.vitals(40, 150, 102), 41, Kind.BP_RECHECK, "BP_RECHECK@55"),
                row("BP-4 no recheck at exactly 160/100", s -> s.vitals(40, 160, 100), 41, Kind.BP_RECHECK),
                row("BP-4 overdue 20 min after the high reading", s -> s.vitals(40, 170, 90), 62, Kind.BP_RECHECK,
                        "BP_RECHECK@55 late 2m"),
                row("BP-4 a reading back under threshold ends the rechecks", s -> s.vitals(40, 170, 90).vitals(52, 150, 90), 60,
                        Kind.BP_RECHECK),
                row("OBS-2 a score 4 min late is within the window", s -> s.moaas(19, 5), 20, Kind.SEDATION_CHECK,
                        "SEDATION_CHECK@30", "SEDATION_CHECK@60", "SEDATION_CHECK@90", "SEDATION_CHECK@120"),
                row("OBS-2 missed 15-min check is overdue after 20 min", s -> s, 22, Kind.SEDATION_CHECK,
                        "SEDATION_CHECK@15 late 2m", "SEDATION_CHECK@30", "SEDATION_CHECK@60", "SEDATION_CHECK@90",
                        "SEDATION_CHECK@120"),
                row("OBS-2 a score at 8 min is too early for the 15-min check", s -> s.moaas(8, 5), 9, Kind.SEDATION_CHECK,
                        "SEDATION_CHECK@15", "SEDATION_CHECK@30", "SEDATION_CHECK@60", "SEDATION_CHECK@90", "SEDATION_CHECK@120"),
                row("BP-7 no discharge BP needed while a reading covers the end of observation",
                        s -> s.vitals(110, 120, 80), 112, Kind.DISCHARGE_BP),
                row("BP-7 discharge BP due again once the last reading is older than 15 min", s -> s.vitals(110, 120, 80), 140,
                        Kind.DISCHARGE_BP, "DISCHARGE_BP@125"),
                row("OBS-1 end of observation at 120 min, late after 135", s -> s, 140, Kind.END_OF_OBSERVATION,
                        "END_OF_OBSERVATION@120 late 5m"));
    }

    private static Arguments row(String name, UnaryOperator<SessionScript> then, int minute, Kind kind, String... expected) {
        return Arguments.of(name, then, minute, kind, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void dueOfKind(String name, UnaryOperator<SessionScript> then, int minute, Kind kind, List<String> expected) {
        List<DueItem> due = oneDevice(then).dueItems(minute);
        assertThat(SessionScript.describe(due.stream().filter(i -> i.kind() == kind).toList())).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("ADM-2 next device unlocks 5 min after each device and is late 5 min after that")
    void nextDevice() {
        SessionScript s = SessionScript.authorised(PROTOCOL, 56, Route.NASAL, 2, false).then(new DeviceGiven(1, min(0), "", "LOT-T1", true));
        DueItem next = s.dueItems(2).getFirst();
        assertThat(next.kind()).isEqualTo(Kind.NEXT_DEVICE);
        assertThat(next.dueAt()).isEqualTo(min(5));
        assertThat(next.isDue(min(2))).isFalse();
        assertThat(next.ruleId()).isEqualTo("ADM-2");
        assertThat(s.dueItems(13).getFirst().lateness()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    @DisplayName("BP-3 anchored on the last device: due 35 min after the third device")
    void lastDeviceAnchor() {
        SessionProtocol lastAnchor = SessionDefaults.protocol("bp.check.anchor", "LAST_DEVICE");
        SessionScript s = SessionScript.authorised(lastAnchor, 84, Route.NASAL, 3, false)
                .then(new DeviceGiven(1, min(0), "", "LOT-T1", true)).then(new DeviceGiven(2, min(5), "", "LOT-T1", true)).then(new DeviceGiven(3, min(10), "", "LOT-T1", true));
        assertThat(s.due(10)).contains("BP_CHECK@45").doesNotContain("BP_CHECK@35");
    }

    @Test
    @DisplayName("OBS-2 the check minutes come from the settings")
    void sedationMinutesFromSettings() {
        SessionProtocol p = SessionDefaults.protocol("obs.sedationCheckMinutes", "20,40");
        SessionScript s = SessionScript.authorised(p, 28, Route.NASAL, 1, false).then(new DeviceGiven(1, min(0), "", "LOT-T1", true));
        assertThat(s.due(0)).filteredOn(d -> d.startsWith("SEDATION")).containsExactly("SEDATION_CHECK@20", "SEDATION_CHECK@40");
    }
}
