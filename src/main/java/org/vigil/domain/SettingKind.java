package org.vigil.domain;

/** The shape of a setting's value. */
public enum SettingKind {
    /** An integer within the definition's bounds. */
    INTEGER,
    /** A decimal within the definition's bounds. */
    DECIMAL,
    /** One of the definition's listed choices. */
    CHOICE,
    /** Comma-separated ascending integers, each within the bounds (e.g. sedation check minutes). */
    INTEGER_LIST
}
