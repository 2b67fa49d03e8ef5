package org.vigil.domain;

import java.time.Instant;

/**
 * The one clinic a database belongs to.
 *
 * @param installationId identifies this database, so a backup from another clinic is recognised
 */
public record Clinic(String installationId, String name, Instant createdAt) {}
