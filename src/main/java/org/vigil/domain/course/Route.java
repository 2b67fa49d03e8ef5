package org.vigil.domain.course;

/** How esketamine is given (PROD-1 nasal device, PROD-2 IV infusion). */
public enum Route {
    NASAL,
    IV
}
