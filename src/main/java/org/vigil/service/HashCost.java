package org.vigil.service;

/**
 * The Argon2id cost of new password hashes: memory in KiB, passes and lanes. The clinic always
 * runs with {@link #PRODUCTION}; {@link Services#open(java.nio.file.Path, java.time.Clock)} uses
 * it and nothing a clinic can set (property, setting, environment) changes it. Only the test
 * fixtures pass a cheaper cost, explicitly, through
 * {@link Services#open(java.nio.file.Path, java.time.Clock, HashCost)}.
 *
 * <p>Each stored hash carries the cost it was made with, so a hash of either cost verifies
 * under the other.
 */
public record HashCost(int memoryKib, int iterations, int parallelism) {

    /** The OWASP minimum for Argon2id: m = 19 MiB, t = 2, p = 1. */
    public static final HashCost PRODUCTION = new HashCost(19 * 1024, 2, 1);

    public HashCost {
        // The Argon2 lower bounds (RFC 9106, section 3.1).
        if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Not an Argon2 cost: m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism);
        }
    }
}
