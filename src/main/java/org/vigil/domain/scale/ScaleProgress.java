package org.vigil.domain.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How one scale moved over a course: the baseline (the latest assessment on or before the
 * course's first session), the latest assessment, and whether it shows response and remission.
 *
 * @param percentReduction from baseline to latest, one decimal; empty without both or with a
 *     baseline of 0; negative when worse
 */
public record ScaleProgress(
        ScaleKind kind,
        Optional<ScaleAssessment> baseline,
        Optional<ScaleAssessment> latest,
        Optional<BigDecimal> percentReduction,
        boolean response,
        boolean remission) {

    private static final int PERCENT_DECIMALS = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param assessments this course's assessments of any scale, in any order
     * @param baselineBy the day of the first session (today if none yet)
     */
    public static ScaleProgress of(ScaleKind kind, List<ScaleAssessment> assessments, LocalDate baselineBy,
            ScaleThresholds thresholds) {
        Comparator<ScaleAssessment> byDay = Comparator.comparing(ScaleAssessment::takenOn);
        List<ScaleAssessment> ofKind = assessments.stream().filter(a -> a.score().kind() == kind).sorted(byDay).toList();
        Optional<ScaleAssessment> baseline = ofKind.stream().filter(a -> !a.takenOn().isAfter(baselineBy)).reduce((a, b) -> b);
        Optional<ScaleAssessment> latest = ofKind.isEmpty() ? Optional.empty() : Optional.of(ofKind.getLast());
        Optional<BigDecimal> percent = Optional.empty();
        boolean response = false;
        if (baseline.isPresent() && latest.isPresent()) {
            int base = baseline.get().score().total();
            int now = latest.get().score().total();
            if (base > 0) {
                percent = Optional.of(BigDecimal.valueOf((long) base - now).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(base), PERCENT_DECIMALS, RoundingMode.HALF_UP));
            }
            response = thresholds.response(baseline.get().score(), latest.get().score());
        }
        boolean remission = latest.map(a -> thresholds.remission(a.score())).orElse(false);
        return new ScaleProgress(kind, baseline, latest, percent, response, remission);
    }
}
