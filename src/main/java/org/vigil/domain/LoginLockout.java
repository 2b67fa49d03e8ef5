package org.vigil.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Throttling of password guessing: after the configured number of consecutive failures the
 * account is locked for the configured time (both system settings).
 */
public record LoginLockout(int maxFailures, Duration lockDuration) {

    /** The instant until which the account is locked after this failure, if it now locks. */
    public Optional<Instant> lockAfterFailure(int consecutiveFailures, Instant now) {
        return consecutiveFailures >= maxFailures ? Optional.of(now.plus(lockDuration)) : Optional.empty();
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
