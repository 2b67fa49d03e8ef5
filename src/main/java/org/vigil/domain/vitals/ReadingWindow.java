package org.vigil.domain.vitals;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a reading may have been taken (BP-8): not before the session started, and for a
 * post-dose reading not before the dose. A reading timed wrongly would put a baseline value in
 * the observation period (or the reverse) and move due times and the ready-to-leave time.
 *
 * @param sessionStartedAt when the session was opened
 * @param doseGivenAt present when this is a post-dose reading: the first device (nasal) or the
 *     infusion start (IV)
 */
public record ReadingWindow(Instant sessionStartedAt, Optional<Instant> doseGivenAt) {

    public ReadingWindow {
        Objects.requireNonNull(sessionStartedAt, "sessionStartedAt");
        Objects.requireNonNull(doseGivenAt, "doseGivenAt");
    }

    /** A baseline reading: before any device. */
    public static ReadingWindow baseline(Instant sessionStartedAt) {
        return new ReadingWindow(sessionStartedAt, Optional.empty());
    }

    public static ReadingWindow postDose(Instant sessionStartedAt, Instant doseGivenAt) {
        return new ReadingWindow(sessionStartedAt, Optional.of(doseGivenAt));
    }
}
