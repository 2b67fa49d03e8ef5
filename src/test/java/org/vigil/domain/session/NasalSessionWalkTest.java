package org.vigil.domain.session;

import org.vigil.domain.Route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.session.SessionScript.min;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.session.DischargeGate.Criterion;
import org.vigil.domain.session.DueItem.Kind;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.TransportArrived;

/**
 * A full nasal 84 mg session on a simulated clock: three devices five minutes apart, a high BP at
 * the 40-minute check that needs two rechecks, MOAA/S 3 at 30 minutes recovering to 5 at 60,
 * discharge at 130 minutes. The due list is checked at every step, as the board would show it.
 */
@DisplayName("Nasal 84 mg session, minute by minute")
class NasalSessionWalkTest {

    private final SessionProtocol protocol = SessionDefaults.protocol();

    /** The session up to the high BP at 40 minutes. */
    private SessionScript untilHighBp() {
        return SessionScript.authorised(protocol, 84, Route.NASAL, 3, false)
                .then(new DeviceGiven(1, min(0), "", "LOT-T1", true))
                .then(new DeviceGiven(2, min(5), "", "LOT-T1", true))
                .then(new DeviceGiven(3, min(10), "", "LOT-T1", true))
                .moaas(15, 5)
                .then(new DissociationNoted(true, min(20)))
                .moaas(30, 3)
                .vitals(40, 170, 104);
    }

    @Test
    @DisplayName("ADM-2 BP-3 BP-4 OBS-1 OBS-2 BP-7 DIS-1 DIS-2: the due list at each step, ready to leave at 70 min, discharge at 130")
    void walk() {
        SessionScript s = SessionScript.authorised(protocol, 84, Route.NASAL, 3, false);
        assertThat(s.snapshot().state()).isEqualTo(SessionState.DOSE_AUTHORISED);
        assertThat(s.due(-5)).as("no timers before the first device").isEmpty();

        s.then(new DeviceGiven(1, min(0), "", "LOT-T1", true));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.ADMINISTERING);
        assertThat(s.due(0)).containsExactly("NEXT_DEVICE@5", "SEDATION_CHECK@15", "SEDATION_CHECK@30", "BP_CHECK@35",
                "SEDATION_CHECK@60", "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");

        assertThat(s.refusalFor(new DeviceGiven(2, min(3), "", "LOT-T1", true))).as("ADM-2 locked during the rest")
                .hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("ADM-2"));
        s.then(new DeviceGiven(2, min(5), "", "LOT-T1", true));
        assertThat(s.due(5)).startsWith("NEXT_DEVICE@10", "SEDATION_CHECK@15");
        s.then(new DeviceGiven(3, min(10), "", "LOT-T1", true));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.OBSERVING);
        assertThat(s.due(10)).containsExactly("SEDATION_CHECK@15", "SEDATION_CHECK@30", "BP_CHECK@35",
                "SEDATION_CHECK@60", "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");

        s.moaas(15, 5).then(new DissociationNoted(true, min(20)));
        assertThat(s.due(20)).first().isEqualTo("SEDATION_CHECK@30");
        s.moaas(30, 3);
        assertThat(s.due(36)).as("BP-3 due from 35").first().isEqualTo("BP_CHECK@35");
        assertThat(s.dueItems(36).getFirst().isDue(min(36))).isTrue();

        s.vitals(40, 170, 104);
        assertThat(s.due(40)).containsExactly("BP_RECHECK@55", "SEDATION_CHECK@60", "SEDATION_CHECK@90",
                "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");

        s.vitals(55, 166, 98);
        assertThat(s.due(55)).as("BP-4 still above 160: another recheck").containsExactly("SEDATION_CHECK@60",
                "BP_RECHECK@70", "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");

        s.moaas(60, 5).then(new DissociationNoted(false, min(60)));
        assertThat(s.due(60)).startsWith("BP_RECHECK@70", "SEDATION_CHECK@90");
        assertThat(s.gate(60).readyToLeaveAt()).as("BP still high").isEmpty();

        s.vitals(70, 150, 92);
        assertThat(s.due(70)).containsExactly("SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120",
                "DISCHARGE_BP@120");
        assertThat(s.gate(70).readyToLeaveAt()).as("DIS-2 first moment all clinical criteria held").contains(min(70));
        assertThat(unmet(s.gate(70))).containsExactly(Criterion.MINIMUM_OBSERVATION, Criterion.TRANSPORT_PRESENT,
                Criterion.CLINICIAN_SIGNED);

        s.moaas(90, 5);
        assertThat(s.due(100)).containsExactly("SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");

        s.vitals(118, 132, 84);
        assertThat(s.due(118)).as("BP-7 the 118-minute reading covers discharge").containsExactly("SEDATION_CHECK@120",
                "END_OF_OBSERVATION@120");
        s.moaas(120, 5).then(new TransportArrived(min(120)));
        assertThat(s.due(120)).containsExactly("END_OF_OBSERVATION@120");
        assertThat(s.refusalFor(new Discharged(min(120)))).as("DIS-1 not signed yet").isPresent();

        s.then(new ReadyToLeaveSigned(min(125)));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.READY_FOR_DISCHARGE);
        assertThat(s.due(125)).isEmpty();

        DischargeGate.Result atDischarge = s.gate(130);
        assertThat(atDischarge.allMet()).isTrue();
        assertThat(atDischarge.readyToLeaveAt()).contains(min(70));
        s.then(new Discharged(min(130)));
        assertThat(s.snapshot().state()).isEqualTo(SessionState.DISCHARGED);
        assertThat(s.due(130)).isEmpty();
    }

    @Test
    @DisplayName("ALM-4 a restart replays the same events: same items, those that fell due meanwhile overdue with lateness")
    void restart() {
        SessionScript s = untilHighBp();
        List<DueItem> beforeCrash = s.dueItems(40);
        assertThat(SessionScript.describe(beforeCrash)).containsExactly("BP_RECHECK@55", "SEDATION_CHECK@60",
                "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");
        assertThat(beforeCrash).noneMatch(DueItem::isOverdue);

        // The program was closed at 40 min and restarted at 75 min: only the stored events remain.
        SessionSnapshot restarted = SessionReplay.replay(List.copyOf(s.events()));
        List<DueItem> afterRestart = DueItems.due(restarted, protocol, min(75));

        assertThat(afterRestart).extracting(DueItem::kind, DueItem::dueAt, DueItem::overdueAt)
                .containsExactlyElementsOf(beforeCrash.stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.kind(), i.dueAt(),
                        i.overdueAt())).toList());
        assertThat(SessionScript.describe(afterRestart)).containsExactly("BP_RECHECK@55 late 15m", "SEDATION_CHECK@60 late 10m",
                "SEDATION_CHECK@90", "SEDATION_CHECK@120", "END_OF_OBSERVATION@120", "DISCHARGE_BP@120");
        assertThat(DueItems.due(restarted, protocol, min(40))).as("same events, same moment, same list").isEqualTo(beforeCrash);
    }

    @Test
    @DisplayName("ALM-5 a normal session done on time yields only the expected prompts, never overdue, never high priority")
    void normalSessionIsQuiet() {
        SessionScript s = SessionScript.authorised(protocol, 56, Route.NASAL, 2, false)
                .then(new DeviceGiven(1, min(0), "", "LOT-T1", true));
        double[][] plan = {{5, 0}, {15, 1}, {30, 1}, {40, 2}, {60, 1}, {90, 1}, {110, 2}, {120, 1}};
        int step = 0;
        for (int minute = 0; minute <= 125; minute++) {
            while (step < plan.length && plan[step][0] == minute) {
                switch ((int) plan[step][1]) {
                    case 0 -> s.then(new DeviceGiven(2, min(minute), "", "LOT-T1", true));
                    case 1 -> s.moaas(minute, 5);
                    default -> s.vitals(minute, 126, 80);
                }
                step++;
            }
            List<DueItem> due = s.dueItems(minute);
            assertThat(due).as("minute " + minute).noneMatch(DueItem::isOverdue)
                    .allMatch(i -> i.priority() != AlarmPriority.HIGH)
                    .noneMatch(i -> i.kind() == Kind.BP_RECHECK);
        }
        s.then(new TransportArrived(min(120))).then(new ReadyToLeaveSigned(min(121))).then(new Discharged(min(122)));
        assertThat(s.gate(122).readyToLeaveAt()).as("DIS-2 clinically ready once the first post-dose BP was in")
                .contains(min(40));
    }

    private static List<Criterion> unmet(DischargeGate.Result result) {
        return result.checks().stream().filter(c -> !c.met()).map(DischargeGate.Check::criterion).toList();
    }
}
