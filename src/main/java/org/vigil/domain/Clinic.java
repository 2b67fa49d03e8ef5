package org.vigil.domain;

import java.time.Instant;

/**
 * The one clinic a database belongs to.
 *
 * @param installationId identifies this database, so a backup from another clinic is recognised
 * @param phone the number patients call after they leave (DIS-3); blank until the administrator sets it
 */
public record Clinic(String installationId, String name, Instant createdAt, String phone) {

    /** Longest telephone number the clinic record holds (its column's width). */
    public static final int PHONE_MAX = 40;

    public Clinic {
        phone = phone == null ? "" : phone.strip();
    }

    public Clinic(String installationId, String name, Instant createdAt) {
        this(installationId, name, createdAt, "");
    }
}
