package org.vigil.domain;

/** The four kinds of user in a clinic (ROLE-1). */
public enum Role {
    NURSE,
    PRESCRIBER,
    MANAGER,
    ADMIN
}
