package org.vigil.domain.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.course.Finding;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.ProtocolDefaults;

/** BP-2: a raised baseline waits for a prescriber's override with a reason. */
class BaselineCheckTest {

    private static final BaselineCheck CHECK = BaselineCheck.from(ProtocolDefaults.settings());
    private static final Instant AT = Instant.parse("2026-03-02T09:05:00Z");

    private static VitalSigns baseline(int sbp, int dbp) {
        return VitalSigns.at(AT, sbp, dbp, 72, 98);
    }

    @ParameterizedTest(name = "BP-2 baseline {0}/{1} needs override: {2}")
    @DisplayName("BP-2 baseline SBP > 140 or DBP > 90 needs a prescriber override")
    @CsvSource({"140, 90, false", "141, 90, true", "140, 91, true", "120, 80, false", "165, 100, true"})
    void threshold(int sbp, int dbp, boolean needsOverride) {
        Optional<Finding> finding = CHECK.evaluate(baseline(sbp, dbp), Optional.empty());
        assertThat(finding.isPresent()).isEqualTo(needsOverride);
        finding.ifPresent(f -> {
            assertThat(f).isInstanceOf(Finding.NeedsOverride.class);
            assertThat(f.blocks()).isTrue();
            assertThat(f.refusal().ruleId()).isEqualTo("BP-2");
            assertThat(f.refusal().args()).containsExactly(sbp + "/" + dbp, 140, 90);
        });
    }

    @Test
    @DisplayName("BP-2 the prescriber’s override with a reason lets the dose go ahead and is recorded")
    void overridden() {
        PrescriberDecision drChen = new PrescriberDecision(7, "Dr Chen", AT, "White-coat hypertension; repeat 138/88 at home");
        Optional<Finding> finding = CHECK.evaluate(baseline(150, 92), Optional.of(drChen));
        assertThat(finding).get().isInstanceOf(Finding.Overridden.class);
        assertThat(finding.get().blocks()).isFalse();
        assertThat(((Finding.Overridden) finding.get()).by()).isEqualTo(drChen);
    }

    @Test
    @DisplayName("BP-2 an override without a reason does not count")
    void overrideWithoutReason() {
        PrescriberDecision noReason = new PrescriberDecision(7, "Dr Chen", AT, "  ");
        assertThat(CHECK.evaluate(baseline(150, 92), Optional.of(noReason))).get().isInstanceOf(Finding.NeedsOverride.class);
    }
}
