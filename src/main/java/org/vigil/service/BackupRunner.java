package org.vigil.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Vigil's backup thread (SETUP-1): looks every half minute whether the daily backup
 * is owed and takes it, and runs the backups an administrator asks for in the window. A backup
 * takes seconds to minutes; on its own thread it never holds up the window or the sessions'
 * database work. Closing waits for a backup that has started: it is never interrupted (H2).
 */
public final class BackupRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackupRunner.class);
    /** How often the schedule is looked at: a backup starts at most this late after its time. */
    static final long CHECK_EVERY_SECONDS = 30;
    /** How long closing waits for a backup that has started before the database closes under it. */
    static final long CLOSE_WAIT_MINUTES = 10;

    private final BackupSchedule schedule;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vigil-backup");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Instant watchingSince;

    public BackupRunner(BackupSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** From now on the schedule is watched; a slot that passed before now was missed and is taken at once. */
    public void start() {
        watchingSince = clock.instant();
        thread.scheduleWithFixedDelay(this::check, 0, CHECK_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Called on the backup thread after each backup or failure the schedule made, e.g. for the window's alarm. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Where "Back up now" runs: one backup at a time, off the window's thread and its database queue. */
    public Executor executor() {
        return thread;
    }

    /** One look at the schedule; public so a test can drive it with its own clock. */
    public void check() {
        try {
            if (schedule.runIfDue(watchingSince).isPresent()) {
                listeners.forEach(Runnable::run);
            }
        } catch (RuntimeException e) {
            // The thread must survive to try the next day; the failure is in the log with its cause.
            log.error("Daily backup check failed", e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT_MINUTES, TimeUnit.MINUTES)) {
                log.warn("A backup was still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while waiting for a backup to finish", e);
        }
    }

    /** For tests that need the thread's work finished. */
    ExecutorService thread() {
        return thread;
    }
}
