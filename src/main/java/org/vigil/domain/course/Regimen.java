package org.vigil.domain.course;

import org.vigil.domain.Route;
import java.util.Arrays;
import java.util.Optional;

/**
 * An indication given by a route: the combinations PAT-5 allows, each with its schedule
 * (SCH-1 to SCH-4). Message key {@code regimen.<NAME>}.
 */
public enum Regimen {
    /** SCH-1: induction, optimisation, maintenance. */
    TRD_NASAL(Indication.TRD, Route.NASAL),
    /** SCH-2: twice weekly for a set number of weeks; later sessions warn. */
    MDSI_NASAL(Indication.MDSI, Route.NASAL),
    /** SCH-3: induction at the configured sessions per week, then as TRD nasal. */
    TRD_IV(Indication.TRD, Route.IV),
    /** SCH-4: one dose at caesarean after cord clamping; no follow-on schedule. */
    PPD_SINGLE_IV(Indication.PPD_PREVENTION, Route.IV),
    /** Another indication: the prescriber sets the frequency. */
    OTHER_NASAL(Indication.OTHER, Route.NASAL),
    OTHER_IV(Indication.OTHER, Route.IV);

    private final Indication indication;
    private final Route route;

    Regimen(Indication indication, Route route) {
        this.indication = indication;
        this.route = route;
    }

    public Indication indication() {
        return indication;
    }

    public Route route() {
        return route;
    }

    /** The regimen for an indication and route, or empty when PAT-5 does not allow the pair. */
    public static Optional<Regimen> of(Indication indication, Route route) {
        return Arrays.stream(values()).filter(r -> r.indication == indication && r.route == route).findFirst();
    }

    /** SCH-1/SCH-2: a review task at the end of the induction weeks (continue, change or stop). */
    public boolean hasWeekFourReview() {
        return switch (this) {
            case TRD_NASAL, MDSI_NASAL, TRD_IV -> true;
            case PPD_SINGLE_IV, OTHER_NASAL, OTHER_IV -> false;
        };
    }

    /** SCH-4: one dose, no schedule. */
    public boolean singleDose() {
        return this == PPD_SINGLE_IV;
    }

    /**
     * Given in the outpatient clinic, where PAT-6 risk-programme enrolment applies; PPD
     * prevention is given on the obstetric ward.
     */
    public boolean outpatient() {
        return !singleDose();
    }

    /** SCH-7 long-term monitoring applies to repeated dosing, not to a single dose. */
    public boolean longTermMonitoring() {
        return !singleDose();
    }

    /** The SCH rule that governs this regimen's schedule. */
    public String scheduleRule() {
        return switch (this) {
            case TRD_NASAL -> "SCH-1";
            case MDSI_NASAL -> "SCH-2";
            case TRD_IV -> "SCH-3";
            case PPD_SINGLE_IV -> "SCH-4";
            case OTHER_NASAL, OTHER_IV -> "SCH-6";
        };
    }
}
