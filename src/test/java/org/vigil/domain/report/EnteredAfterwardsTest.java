package org.vigil.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionState;

@DisplayName("Sessions entered afterwards in the manager's report")
class EnteredAfterwardsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    @DisplayName("a session without chair-side events counts as its slot says (dosed, stopped) and is counted as entered afterwards")
    void countedAsTheSlotSays() {
        List<HeldSession> held = List.of(
                HeldSession.of(1, DAY, 1, "", SessionReplay.replay(List.of()), "DISCHARGED", true),
                HeldSession.of(2, DAY, 2, "", SessionReplay.replay(List.of()), "ABANDONED", false));

        assertThat(held).extracting(HeldSession::state).containsExactly(SessionState.DISCHARGED, SessionState.ABANDONED);
        PeriodReport.SessionCounts counts = SessionFigures.counts(held, DAY, DAY);
        assertThat(counts.held()).isEqualTo(2);
        assertThat(counts.dosed()).as("the demo's past days were dosed: not 'none given'").isEqualTo(1);
        assertThat(counts.abandoned()).isEqualTo(1);
        assertThat(counts.enteredAfterwards()).isEqualTo(2);
        assertThat(counts.perDay().getFirst().dosed()).isEqualTo(1);
    }
}
