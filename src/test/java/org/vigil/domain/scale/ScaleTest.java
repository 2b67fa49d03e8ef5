package org.vigil.domain.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.ProtocolDefaults;

/** PHQ-9 and MADRS: totals from items, bands, response and remission. */
class ScaleTest {

    private static final ScaleThresholds DEFAULTS = ScaleThresholds.from(ProtocolDefaults.settings());
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** "1 2 3 _" → [1, 2, 3, null]. */
    private static List<Integer> answers(String items) {
        List<Integer> list = new ArrayList<>();
        for (String s : items.strip().split("\\s+")) {
            list.add("_".equals(s) ? null : Integer.valueOf(s));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @DisplayName("PHQ-9 total computed from the nine items, with its severity band")
    @CsvSource(delimiter = '|', textBlock = """
            # items               | total | band
            0 0 0 0 0 0 0 0 0     | 0     | NONE_MINIMAL
            1 1 1 1 0 0 0 0 0     | 4     | NONE_MINIMAL
            1 1 1 1 1 0 0 0 0     | 5     | MILD
            2 2 2 2 1 0 0 0 0     | 9     | MILD
            2 2 2 2 2 0 0 0 0     | 10    | MODERATE
            2 2 2 2 2 2 2 0 0     | 14    | MODERATE
            3 3 3 3 3 0 0 0 0     | 15    | MODERATELY_SEVERE
            3 3 3 3 3 3 1 0 0     | 19    | MODERATELY_SEVERE
            3 3 3 3 3 3 2 0 0     | 20    | SEVERE
            3 3 3 3 3 3 3 3 3     | 27    | SEVERE
            """)
    void phq9(String items, int total, Phq9Severity band) {
        Phq9 phq9 = (Phq9) ScaleKind.PHQ9.score(answers(items));
        assertThat(phq9.total()).isEqualTo(total);
        assertThat(phq9.severity()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("PHQ-9 item 9 above 0 flags thoughts of self-harm whatever the total")
    @CsvSource({"0 0 0 0 0 0 0 0 1, true", "3 3 3 3 3 3 3 3 0, false"})
    void item9(String items, boolean flagged) {
        assertThat(new Phq9(answers(items)).selfHarmThoughts()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @DisplayName("Items must all be answered and within range; each problem names its item")
    @CsvSource(delimiter = '|', textBlock = """
            # scale | items                  | problems
            PHQ9    | 0 1 2 3 0 1 2 3 0      |
            PHQ9    | 0 1 2 3 0 1 2 3        | 9 scale.item.required
            PHQ9    | 0 _ 2 3 0 1 2 4 0      | 2 scale.item.required, 8 scale.item.range
            PHQ9    | -1 0 0 0 0 0 0 0 0     | 1 scale.item.range
            MADRS   | 6 6 6 6 6 6 6 6 6 6    |
            MADRS   | 6 6 6 6 6 6 6 6 6 7    | 10 scale.item.range
            MADRS   | 0 0 0 0 0 0 0 0 0      | 10 scale.item.required
            """)
    void problems(ScaleKind kind, String items, String expected) {
        List<FieldProblem<Integer>> problems = kind.problems(answers(items));
        assertThat(problems).extracting(p -> p.field() + " " + p.refusal().messageKey())
                .containsExactlyElementsOf(expected == null ? List.of() : Arrays.asList(expected.split(", ")));
    }

    @Test
    @DisplayName("The range message says the item and its highest score")
    void rangeMessage() {
        assertThat(ScaleKind.MADRS.problems(answers("0 0 0 0 0 0 0 0 0 9"))).singleElement()
                .extracting(FieldProblem::refusal).isEqualTo(Refusal.of("SCALE", "scale.item.range", 10, 6));
    }

    @Test
    @DisplayName("A score cannot be built from incomplete answers or typed as a total")
    void noScoreWithoutItems() {
        assertThatThrownBy(() -> new Phq9(answers("1 2 3"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Madrs(List.of(60))).isInstanceOf(IllegalArgumentException.class);
        // Issue 14: ten answers to a nine-item scale are a problem to show, not an exception.
        assertThat(ScaleKind.PHQ9.problems(answers("0 0 0 0 0 0 0 0 0 0"))).singleElement()
                .extracting(FieldProblem::refusal).isEqualTo(Refusal.of("SCALE", "scale.items.tooMany", 9, 10));
        assertThatThrownBy(() -> new Phq9(answers("0 0 0 0 0 0 0 0 0 0"))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "MADRS {0} → {1}")
    @DisplayName("MADRS total from the ten items, 0–60")
    @CsvSource({"0 0 0 0 0 0 0 0 0 0, 0", "1 2 3 4 5 6 0 1 2 3, 27", "6 6 6 6 6 6 6 6 6 6, 60"})
    void madrs(String items, int total) {
        assertThat(ScaleKind.MADRS.score(answers(items)).total()).isEqualTo(total);
        assertThat(ScaleKind.MADRS.totalMax()).isEqualTo(60);
        assertThat(ScaleKind.PHQ9.totalMax()).isEqualTo(27);
    }

    private static Phq9 phq9Total(int total) {
        List<Integer> items = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0));
        for (int i = 0; total > 0; i++) {
            int item = Math.min(3, total);
            items.set(i, item);
            total -= item;
        }
        return new Phq9(items);
    }

    private static Madrs madrsTotal(int total) {
        List<Integer> items = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        for (int i = 0; total > 0; i++) {
            int item = Math.min(6, total);
            items.set(i, item);
            total -= item;
        }
        return new Madrs(items);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @DisplayName("Response is at least 50 % below the course baseline; remission PHQ-9 < 5, MADRS ≤ 10")
    @CsvSource(delimiter = '|', textBlock = """
            # scale | baseline | latest | response | remission
            PHQ9    | 20       | 10     | true     | false
            PHQ9    | 20       | 11     | false    | false
            PHQ9    | 21       | 10     | true     | false
            PHQ9    | 21       | 11     | false    | false
            PHQ9    | 9        | 5      | false    | false
            PHQ9    | 9        | 4      | true     | true
            PHQ9    | 0        | 0      | false    | true
            PHQ9    | 12       | 14     | false    | false
            MADRS   | 34       | 17     | true     | false
            MADRS   | 34       | 18     | false    | false
            MADRS   | 30       | 10     | true     | true
            MADRS   | 30       | 11     | true     | false
            """)
    void responseAndRemission(ScaleKind kind, int baseline, int latest, boolean response, boolean remission) {
        ScaleScore b = kind == ScaleKind.PHQ9 ? phq9Total(baseline) : madrsTotal(baseline);
        ScaleScore l = kind == ScaleKind.PHQ9 ? phq9Total(latest) : madrsTotal(latest);
        assertThat(DEFAULTS.response(b, l)).as("response").isEqualTo(response);
        assertThat(DEFAULTS.remission(l)).as("remission").isEqualTo(remission);
    }

    @Test
    @DisplayName("Thresholds come from the settings")
    void thresholdsFromSettings() {
        ScaleThresholds strict = ScaleThresholds.from(ProtocolDefaults.with(ScaleSettingKeys.RESPONSE_REDUCTION_PERCENT, "60"));
        assertThat(strict.response(phq9Total(20), phq9Total(10))).isFalse();
        assertThat(strict.response(phq9Total(20), phq9Total(8))).isTrue();
        assertThat(DEFAULTS).isEqualTo(new ScaleThresholds(50, 5, 10));
    }

    @Test
    @DisplayName("Response is only between the same scale")
    void likeWithLike() {
        assertThatThrownBy(() -> DEFAULTS.response(phq9Total(20), madrsTotal(10))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Course progress: baseline is the last score before the first session; latest decides response and remission")
    void progress() {
        List<ScaleAssessment> history = List.of(
                new ScaleAssessment(START.minusDays(30), phq9Total(15)),
                new ScaleAssessment(START.plusDays(14), phq9Total(12)),
                new ScaleAssessment(START, phq9Total(22)),
                new ScaleAssessment(START.plusDays(28), phq9Total(4)),
                new ScaleAssessment(START.plusDays(3), madrsTotal(30)));
        ScaleProgress p = ScaleProgress.of(ScaleKind.PHQ9, history, START, DEFAULTS);
        assertThat(p.baseline()).map(a -> a.score().total()).contains(22);
        assertThat(p.latest()).map(a -> a.score().total()).contains(4);
        assertThat(p.percentReduction()).contains(new BigDecimal("81.8"));
        assertThat(p.response()).isTrue();
        assertThat(p.remission()).isTrue();
    }

    @Test
    @DisplayName("Course progress without a baseline before the first session has no response")
    void noBaseline() {
        List<ScaleAssessment> history = List.of(new ScaleAssessment(START.plusDays(3), madrsTotal(30)),
                new ScaleAssessment(START.plusDays(28), madrsTotal(8)));
        ScaleProgress p = ScaleProgress.of(ScaleKind.MADRS, history, START, DEFAULTS);
        assertThat(p.baseline()).isEmpty();
        assertThat(p.percentReduction()).isEmpty();
        assertThat(p.response()).isFalse();
        assertThat(p.remission()).isTrue();
        assertThat(ScaleProgress.of(ScaleKind.PHQ9, history, START, DEFAULTS).latest()).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("Worse than baseline shows as a negative reduction")
    void worse() {
        List<ScaleAssessment> history = List.of(new ScaleAssessment(START, phq9Total(12)), new ScaleAssessment(START.plusDays(7), phq9Total(15)));
        assertThat(ScaleProgress.of(ScaleKind.PHQ9, history, START, DEFAULTS).percentReduction()).contains(new BigDecimal("-25.0"));
    }
}
