package org.vigil.domain;

/**
 * How esketamine is given: whole nasal devices (PROD-1) or an IV infusion (PROD-2). One type for
 * the course a prescriber sets up and the session that follows it, so the two cannot disagree.
 */
public enum Route {
    NASAL,
    IV
}
