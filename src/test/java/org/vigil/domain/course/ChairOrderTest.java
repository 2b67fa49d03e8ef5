package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;

/** Issue 15, item 3: each chair keeps its place on the board, by the clinic's chair order. */
class ChairOrderTest {

    private static final SettingDefinition ORDER = new SettingDefinition("clinic.chairOrder", SettingCategory.SYSTEM,
            SettingKind.INTEGER_ORDER, BigDecimal.ONE, BigDecimal.valueOf(40), List.of(), "", "SCH-6");

    @Test
    @DisplayName("SCH-6 the listed chairs in the listed order, then those the list leaves out by number; a chair the clinic no longer has is passed over")
    void order() {
        assertThat(ChairOrder.of(List.of(1, 2, 3, 4, 5, 6), 6, Set.of())).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ChairOrder.of(List.of(4, 5, 6, 3, 2, 1), 6, Set.of())).containsExactly(4, 5, 6, 3, 2, 1);
        assertThat(ChairOrder.of(List.of(3, 1), 4, Set.of())).containsExactly(3, 1, 2, 4);
        assertThat(ChairOrder.of(List.of(6, 5, 4, 3, 2, 1), 4, Set.of())).containsExactly(4, 3, 2, 1);
        assertThat(ChairOrder.of(List.of(6, 5, 4, 3, 2, 1), 4, Set.of(6))).as("a session booked on chair 6 keeps its tile")
                .containsExactly(6, 4, 3, 2, 1);
    }

    @Test
    @DisplayName("SCH-6 the chair order setting takes chair numbers in any order, each once and within the range; it is stored without spaces")
    void validated() {
        assertThat(ORDER.check("4, 5, 6, 3, 2, 1")).isEmpty();
        assertThat(ORDER.canonical(" 4, 5,6 ")).isEqualTo("4,5,6");
        Refusal twice = Refusal.of("SCH-6", "setting.invalid.order", "1", "40");
        assertThat(ORDER.check("1,2,2")).contains(twice);
        assertThat(ORDER.check("1,41")).contains(twice);
        assertThat(ORDER.check("1,two")).contains(twice);
        assertThat(ORDER.check("1.5")).contains(twice);
        assertThat(ORDER.check("")).contains(twice);
    }
}
