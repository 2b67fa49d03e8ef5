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
    INTEGER_LIST,
    /**
     * Comma-separated whole numbers within the bounds, each at most once, in the order meant (e.g.
     * the chair board's chair order): unlike {@link #INTEGER_LIST}, the order is the value.
     */
    INTEGER_ORDER,
    /** A time of day as HH:mm, 00:00 to 23:59 (e.g. when the daily backup runs). */
    TIME_OF_DAY,
    /** An absolute folder path, or empty for "not configured" (e.g. where backups are written). */
    FOLDER
}
