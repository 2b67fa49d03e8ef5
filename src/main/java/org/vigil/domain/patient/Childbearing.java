package org.vigil.domain.patient;

/**
 * Childbearing potential and contraception (PAT-4: effective contraception during treatment and
 * for a set number of weeks after the last dose).
 *
 * @param potential null while not yet answered
 * @param contraceptionMethod the method in use, required when effective contraception is ticked
 */
public record Childbearing(ChildbearingPotential potential, boolean effectiveContraception, String contraceptionMethod) {

    public static final Childbearing NOT_APPLICABLE = new Childbearing(ChildbearingPotential.NO, false, "");
    public static final Childbearing NOT_ANSWERED = new Childbearing(null, false, "");

    public Childbearing {
        contraceptionMethod = contraceptionMethod == null ? "" : contraceptionMethod.strip();
    }

    /** Whether PAT-4's pregnancy and contraception questions apply (yes or unknown). */
    public boolean pregnancyPossible() {
        return potential == null || potential.possible();
    }
}
