package org.vigil.domain.export;

import java.util.List;

/**
 * EXP-1: the age group a de-identified export shows instead of the date of birth. These are
 * reporting bands, not clinical limits (PAT-3's ages are settings and decide nothing here), so
 * they live in this one list rather than among the protocol settings.
 *
 * <p>Why these bands: the ten-year groups national statistics and most registries publish in,
 * so a research export lines up with population figures, with 18–24 on its own (young adults
 * start late in a course and leave early more often). Minors are one group: they are few (an
 * override under PAT-3), and a finer band could single one out. The top group is open from 75,
 * so no export ever shows an age of 90 or more, which the US Safe Harbor standard forbids and
 * which identifies a person in a small clinic.
 */
public final class AgeGroup {

    /** The first age of each group after the first, in years; the last group is open-ended. */
    private static final List<Integer> STARTS = List.of(18, 25, 35, 45, 55, 65, 75);

    private AgeGroup() {
    }

    /** "<18", "18–24" … "75+": the same words in every language, as spreadsheets sort them. */
    public static String of(int ageYears) {
        if (ageYears < STARTS.getFirst()) {
            return "<" + STARTS.getFirst();
        }
        for (int i = 0; i < STARTS.size() - 1; i++) {
            if (ageYears < STARTS.get(i + 1)) {
                return STARTS.get(i) + "\u2013" + (STARTS.get(i + 1) - 1);
            }
        }
        return STARTS.getLast() + "+";
    }
}
