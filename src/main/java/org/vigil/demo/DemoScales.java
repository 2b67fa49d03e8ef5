package org.vigil.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vigil.demo.DemoHistory.Scale;
import org.vigil.demo.DemoStory.Plan;
import org.vigil.domain.course.Indication;
import org.vigil.domain.scale.ScaleKind;

/**
 * The demo's rating scales: a story's totals spread over its course, the baseline on the day of
 * the first dose, each total turned into item answers (the program computes totals from items).
 */
final class DemoScales {

    private DemoScales() {}

    /** Only the baseline, for a course whose first dose is still to come. */
    static List<Scale> baseline(Plan plan, LocalDate on) {
        List<Scale> scales = new ArrayList<>();
        boolean suicidal = plan.regimen().indication() == Indication.MDSI;
        if (!plan.phq9().isEmpty()) {
            scales.add(new Scale(ScaleKind.PHQ9, on, answers(ScaleKind.PHQ9, plan.phq9().getFirst(), suicidal)));
        }
        if (!plan.madrs().isEmpty()) {
            scales.add(new Scale(ScaleKind.MADRS, on, answers(ScaleKind.MADRS, plan.madrs().getFirst(), suicidal)));
        }
        return scales;
    }

    /** Totals spread from the first dose to the last day seen: at sessions, when there are enough. */
    static List<Scale> over(Plan plan, List<LocalDate> doses, LocalDate lastSeen) {
        List<Scale> scales = new ArrayList<>();
        boolean suicidal = plan.regimen().indication() == Indication.MDSI;
        add(scales, ScaleKind.PHQ9, plan.phq9(), doses, lastSeen, suicidal);
        add(scales, ScaleKind.MADRS, plan.madrs(), doses, lastSeen, suicidal);
        return scales;
    }

    private static void add(List<Scale> scales, ScaleKind kind, List<Integer> totals, List<LocalDate> doses, LocalDate lastSeen,
                            boolean suicidal) {
        int n = totals.size();
        for (int i = 0; i < n; i++) {
            scales.add(new Scale(kind, dayOf(i, n, doses, lastSeen), answers(kind, totals.get(i), suicidal)));
        }
    }

    private static LocalDate dayOf(int i, int n, List<LocalDate> doses, LocalDate lastSeen) {
        if (n == 1) {
            return doses.getFirst();
        }
        if (doses.size() >= n) {
            return doses.get(Math.round((float) i * (doses.size() - 1) / (n - 1)));
        }
        long span = ChronoUnit.DAYS.between(doses.getFirst(), lastSeen);
        return doses.getFirst().plusDays(Math.round((double) i * span / (n - 1)));
    }

    /**
     * Item answers that add up to the total, spread evenly. The last item (PHQ-9 item 9, MADRS
     * item 10) asks about suicidal thoughts: scored in proportion for a course for suicidal
     * ideation (MDSI), otherwise only when the other items are full.
     */
    static List<Integer> answers(ScaleKind kind, int total, boolean suicidal) {
        if (total < 0 || total > kind.totalMax()) {
            throw new IllegalArgumentException(kind + " total " + total);
        }
        int items = kind.itemCount();
        int[] answers = new int[items];
        int last = items - 1;
        answers[last] = suicidal ? total * kind.itemMax() / kind.totalMax() : 0;
        int left = total - answers[last];
        for (int round = 0; round < kind.itemMax() && left > 0; round++) {
            for (int item = 0; item < last && left > 0; item++) {
                answers[item]++;
                left--;
            }
        }
        answers[last] += left;
        List<Integer> list = new ArrayList<>();
        for (int a : answers) {
            list.add(a);
        }
        return List.copyOf(list);
    }
}
