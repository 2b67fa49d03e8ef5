package org.vigil.domain;

/** The fields of the first-run form, so each problem is shown next to its own field (issue 15, item 8). */
public enum SetupField {
    CLINIC_NAME,
    FULL_NAME,
    USERNAME,
    PASSWORD
}
