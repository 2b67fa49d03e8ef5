package org.vigil.domain.course;

/** A phase of a regimen: from which course week, and at which frequency by protocol. */
public record PhasePlan(Phase phase, int firstWeek, SessionFrequency frequency) {}
