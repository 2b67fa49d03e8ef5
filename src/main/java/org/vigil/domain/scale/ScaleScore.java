package org.vigil.domain.scale;

import java.util.List;

/** A completed rating scale: its item answers and the total computed from them. */
public sealed interface ScaleScore permits Phq9, Madrs {

    ScaleKind kind();

    /** Item answers in order, item 1 first. */
    List<Integer> items();

    default int total() {
        return items().stream().mapToInt(Integer::intValue).sum();
    }
}
