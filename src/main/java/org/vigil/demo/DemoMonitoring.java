package org.vigil.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.demo.DemoStory.Plan;
import org.vigil.demo.DemoStory.Situation;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.MonitoringRules;
import org.vigil.domain.course.Regimen;

/**
 * The demo's long-term monitoring (SCH-7): baseline checks at screening, repeated at the
 * protocol's intervals while the course runs, and withdrawal follow-up after it ends. A patient
 * who stopped coming also let the checks lapse, so their tasks show as overdue.
 */
final class DemoMonitoring {

    private static final List<MonitoringKind> PERIODIC = List.of(MonitoringKind.DRUG_SCREEN, MonitoringKind.LIVER_FUNCTION_TESTS,
            MonitoringKind.COGNITIVE_ASSESSMENT, MonitoringKind.URINARY_SYMPTOMS);

    private static final List<String> DRUG_SCREEN = List.of("Urine drug screen negative.",
            "Urine drug screen negative apart from the prescribed sertraline.", "Urine drug screen negative.");
    private static final List<String> LIVER = List.of("ALT 22 U/L, AST 19 U/L, bilirubin 9 umol/L: normal.",
            "ALT 31 U/L, AST 27 U/L: normal.", "ALT 48 U/L (mildly raised), AST 36 U/L: repeat at the next check.",
            "ALT 18 U/L, AST 21 U/L, GGT 25 U/L: normal.");
    private static final List<String> COGNITIVE = List.of("MoCA 28/30.", "MoCA 27/30.", "MoCA 29/30.", "MoCA 30/30.");
    private static final List<String> URINARY = List.of("No frequency, urgency, dysuria or haematuria.",
            "Nocturia once a night, unchanged since before treatment; no dysuria.");
    private static final List<String> WITHDRAWAL = List.of("No withdrawal symptoms; mood stable.",
            "Two nights of poor sleep, now settled; no cravings.");

    private DemoMonitoring() {}

    static List<MonitoringResult> baseline(Regimen regimen, LocalDate on, int variant) {
        if (!regimen.longTermMonitoring()) {
            return List.of();
        }
        return PERIODIC.stream().map(kind -> new MonitoringResult(kind, on, result(kind, variant))).toList();
    }

    /** Everything done from screening until yesterday, or until the course ended and its follow-up. */
    static List<MonitoringResult> over(Plan plan, LocalDate screened, Optional<LocalDate> endedOn, int variant, MonitoringRules rules,
                                       LocalDate today) {
        List<MonitoringResult> results = new ArrayList<>(baseline(plan.regimen(), screened, variant));
        if (results.isEmpty()) {
            return results;
        }
        LocalDate until = endedOn.orElse(today.minusDays(1));
        if (plan.situation() != Situation.MISSED_IN_MAINTENANCE) {
            for (MonitoringKind kind : PERIODIC) {
                int every = interval(kind, rules);
                int n = 1;
                for (LocalDate d = screened.plusDays(every); !d.isAfter(until); d = d.plusDays(every)) {
                    results.add(new MonitoringResult(kind, d, result(kind, variant + n++)));
                }
            }
        }
        endedOn.ifPresent(end -> {
            LocalDate last = end.plusDays(rules.withdrawalFollowUpDays());
            int n = 0;
            for (LocalDate d = end; d.isBefore(last); ) {
                LocalDate next = d.plusDays(rules.withdrawalCheckEveryDays());
                d = next.isAfter(last) ? last : next;
                if (!d.isBefore(today)) {
                    break;
                }
                results.add(new MonitoringResult(MonitoringKind.WITHDRAWAL_FOLLOW_UP, d, pick(WITHDRAWAL, variant + n++)));
            }
        });
        results.sort(Comparator.comparing(MonitoringResult::doneOn));
        return results;
    }

    private static int interval(MonitoringKind kind, MonitoringRules rules) {
        return switch (kind) {
            case DRUG_SCREEN -> rules.drugScreenDays();
            case LIVER_FUNCTION_TESTS -> rules.liverFunctionDays();
            case COGNITIVE_ASSESSMENT -> rules.cognitiveDays();
            case URINARY_SYMPTOMS -> rules.urinaryDays();
            case SUBSTANCE_USE_QUESTION, WITHDRAWAL_FOLLOW_UP -> throw new IllegalArgumentException(kind + " is not periodic");
        };
    }

    private static String result(MonitoringKind kind, int variant) {
        return switch (kind) {
            case DRUG_SCREEN -> pick(DRUG_SCREEN, variant);
            case LIVER_FUNCTION_TESTS -> pick(LIVER, variant);
            case COGNITIVE_ASSESSMENT -> pick(COGNITIVE, variant);
            case URINARY_SYMPTOMS -> pick(URINARY, variant);
            case WITHDRAWAL_FOLLOW_UP -> pick(WITHDRAWAL, variant);
            case SUBSTANCE_USE_QUESTION -> "No alcohol or drug use since the last visit.";
        };
    }

    private static String pick(List<String> texts, int variant) {
        return texts.get(Math.floorMod(variant, texts.size()));
    }
}
