package org.vigil.domain;

import java.time.Instant;

/**
 * One version of a setting's value. Versions are appended, never overwritten, so every
 * session can say which protocol it ran under.
 *
 * @param changedBy null for the defaults loaded when the database was created
 */
public record SettingValue(String key, int version, String value, Instant changedAt, String changedBy, String reason) {}
