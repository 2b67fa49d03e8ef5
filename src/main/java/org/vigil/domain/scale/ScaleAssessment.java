package org.vigil.domain.scale;

import java.time.LocalDate;
import java.util.Objects;

/** A scale completed on a day. */
public record ScaleAssessment(LocalDate takenOn, ScaleScore score) {

    public ScaleAssessment {
        Objects.requireNonNull(takenOn, "takenOn");
        Objects.requireNonNull(score, "score");
    }
}
