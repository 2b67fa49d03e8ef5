package org.vigil.domain.dose;

/**
 * The prescriber asked to authorise a dose (PRE-2), as the caller found them: whether their
 * account holds the controlled-drug prescribing right, and whether they are themselves the
 * patient (matched by the caller on the person record, not on a name typed here).
 */
public record Prescriber(long userId, boolean holdsPrescribingRight, boolean isThePatient) {}
