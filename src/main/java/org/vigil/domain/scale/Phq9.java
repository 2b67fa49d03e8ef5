package org.vigil.domain.scale;

import java.util.List;

/**
 * A completed PHQ-9. Built only from all nine answers (see {@link ScaleKind#problems}).
 */
public record Phq9(List<Integer> items) implements ScaleScore {

    /** Item 9: thoughts of being better off dead or of self-harm. */
    private static final int SELF_HARM_ITEM = 9;

    public Phq9 {
        ScaleKind.PHQ9.require(items);
        items = List.copyOf(items);
    }

    @Override
    public ScaleKind kind() {
        return ScaleKind.PHQ9;
    }

    public Phq9Severity severity() {
        return Phq9Severity.of(total());
    }

    /** Any score on item 9 asks for a suicide-risk assessment now, whatever the total. */
    public boolean selfHarmThoughts() {
        return items.get(SELF_HARM_ITEM - 1) > 0;
    }
}
