package org.vigil.domain.patient;

/** One recorded allergy: the substance and, when known, the reaction. */
public record Allergy(String substance, String reaction) {

    public Allergy {
        substance = substance == null ? "" : substance.strip();
        reaction = reaction == null ? "" : reaction.strip();
    }
}
