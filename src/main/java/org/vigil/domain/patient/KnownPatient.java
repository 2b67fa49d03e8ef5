package org.vigil.domain.patient;

/** A patient already registered, with the database's ID, as a duplicate check compares against. */
public record KnownPatient(long id, Patient patient) {}
