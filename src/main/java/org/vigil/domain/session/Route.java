package org.vigil.domain.session;

/** How the dose is given: whole nasal devices (PROD-1) or an IV infusion (PROD-2). */
public enum Route {
    NASAL,
    IV
}
