package org.vigil.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SIG-4, issue 16: the whole check of {@code verify} (every event of the chain from the first, every
 * record against its seal, every table read, every register signature, the backups' heads) once a
 * day while the program runs. The check at shutdown reads only what was written since the last
 * verified head, so this is what still finds a record or an event changed further back.
 * <p>
 * The program calls {@link #runIfDue} from a background thread of its own, often; it runs the
 * check when none has run on this folder for a day (by the record the last one left, so a restart
 * does not start the day over), when the last one found a problem (so the warning is back at
 * every start until the records are whole again), and when there is no record of one or no
 * verified head (a new folder, a restore, a record deleted or altered). It only reads, in a
 * transaction of its own that is never committed: H2's row versions let writes go on meanwhile.
 */
public final class DailyIntegrityCheck {

    /** Once a day: a technical period, not a clinical number. */
    static final Duration INTERVAL = Duration.ofDays(1);

    private final Integrity integrity;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    DailyIntegrityCheck(Integrity integrity, Clock clock) {
        this.integrity = integrity;
        this.clock = clock;
    }

    /** Whether the whole check is due now. */
    public boolean due() {
        return integrity.wholeCheckDue(clock.instant(), INTERVAL);
    }

    /**
     * Runs the whole check when it is due, on the calling thread; never two at once.
     *
     * @return the report when the check ran; empty when it was not due or is already running
     */
    public Optional<Integrity.Report> runIfDue() {
        if (!due() || !running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(integrity.verify("daily check"));
        } finally {
            running.set(false);
        }
    }
}
