package org.vigil.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.vigil.service.HashCost;
import org.vigil.service.Services;

/**
 * How the test fixtures open a clinic's services, faster than the program does and otherwise the
 * same: new password hashes at {@link #CHEAP_HASHING}, the least cost Argon2 allows. A fixture
 * creates several accounts and the tests log in, unlock and sign many times; at the production
 * cost each of those takes tens of milliseconds. Stored hashes carry their cost, so everything
 * else about passwords is unchanged; PasswordStorageTest keeps the production cost and checks
 * that {@code Services.open(dir, clock)} uses it.
 */
public final class TestServices {

    /** Argon2id with 8 KiB, one pass, one lane: the RFC 9106 minimum. */
    public static final HashCost CHEAP_HASHING = new HashCost(8, 1, 1);

    private TestServices() {}

    /** {@link Services#open(Path, Clock)} with cheap hashing. */
    public static Services open(Path dataDir, Clock clock) {
        return Services.open(dataDir, clock, CHEAP_HASHING);
    }
}
