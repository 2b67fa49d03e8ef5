package org.vigil.domain.scale;

import java.util.List;

/** A completed MADRS. Built only from all ten answers (see {@link ScaleKind#problems}). */
public record Madrs(List<Integer> items) implements ScaleScore {

    public Madrs {
        ScaleKind.MADRS.require(items);
        items = List.copyOf(items);
    }

    @Override
    public ScaleKind kind() {
        return ScaleKind.MADRS;
    }
}
