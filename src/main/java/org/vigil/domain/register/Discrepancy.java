package org.vigil.domain.register;

import java.time.Instant;
import java.util.Optional;

/**
 * A count that did not match the register (CD-6). It stays open, and blocks the next handover
 * count, until a manager resolves it with an explanation and a signature.
 */
public record Discrepancy(long id, long countId, long productId, String lot, int expected, int counted, Instant openedAt,
                          Optional<Resolution> resolution) {

    /** The manager's signed resolution ("discrepancy resolved", SIG-1). */
    public record Resolution(Instant at, Signer resolver, DiscrepancyOutcome outcome, String explanation, Optional<Long> writeOffEntry) {}

    public boolean open() {
        return resolution.isEmpty();
    }

    /** Units missing (positive) or found over the book (negative). */
    public int missing() {
        return expected - counted;
    }
}
