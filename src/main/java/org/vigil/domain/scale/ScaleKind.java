package org.vigil.domain.scale;

import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.FieldProblem;

/**
 * The depression rating scales Vigil records, with their published definitions: number of items
 * and the highest score of each item. Totals are always computed from the items, never typed.
 * Message key {@code scale.<NAME>}.
 */
public enum ScaleKind {
    /** Patient Health Questionnaire-9: 9 items scored 0–3, total 0–27. */
    PHQ9(9, 3),
    /** Montgomery–Åsberg Depression Rating Scale: 10 items scored 0–6, total 0–60. */
    MADRS(10, 6);

    /** Local rule ID: the scale's own definition. */
    static final String RULE = "SCALE";

    private final int itemCount;
    private final int itemMax;

    ScaleKind(int itemCount, int itemMax) {
        this.itemCount = itemCount;
        this.itemMax = itemMax;
    }

    public int itemCount() {
        return itemCount;
    }

    public int itemMax() {
        return itemMax;
    }

    public int totalMax() {
        return itemCount * itemMax;
    }

    /**
     * Problems with the answers as entered, by 1-based item number: unanswered (null or
     * missing) or outside 0..itemMax. Empty when {@link #score} may be called. More answers than
     * the scale has items is one problem at the first item past the end: a form or an import sent
     * the wrong scale, which the person is told rather than the answers being cut.
     */
    public List<FieldProblem<Integer>> problems(List<Integer> answers) {
        if (answers.size() > itemCount) {
            return List.of(FieldProblem.of(itemCount + 1, RULE, "scale.items.tooMany", itemCount, answers.size()));
        }
        List<FieldProblem<Integer>> problems = new ArrayList<>();
        for (int item = 1; item <= itemCount; item++) {
            Integer answer = item <= answers.size() ? answers.get(item - 1) : null;
            if (answer == null) {
                problems.add(FieldProblem.of(item, RULE, "scale.item.required", item));
            } else if (answer < 0 || answer > itemMax) {
                problems.add(FieldProblem.of(item, RULE, "scale.item.range", item, itemMax));
            }
        }
        return List.copyOf(problems);
    }

    /** The scored scale; the answers must have no {@link #problems}. */
    public ScaleScore score(List<Integer> answers) {
        return switch (this) {
            case PHQ9 -> new Phq9(answers);
            case MADRS -> new Madrs(answers);
        };
    }

    /** Refuses answers with problems: a score exists only for a complete, valid form. */
    void require(List<Integer> answers) {
        List<FieldProblem<Integer>> problems = problems(answers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(this + " answers not valid: " + problems);
        }
    }
}
