package org.vigil.ui.alarm;

import java.util.EnumMap;
import java.util.Map;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.session.AlarmPriority;

/**
 * Plays the computed alarm tones ({@link AlarmTones}) on a daemon thread of its own, so a blocked
 * sound card can never freeze the screen. Callers only set what should be heard; the player thread
 * notices between chunks of 50 ms, which bounds how late a stop or a new priority is heard.
 */
public final class SynthesizedAlarmSound implements AlarmSound, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SynthesizedAlarmSound.class);
    /** After the output failed, try again this often while the alarm wants sound: a headset plugged in later is used. */
    static final long RETRY_MILLIS = 30_000;
    private static final int CHUNK_BYTES = (int) (AlarmTones.SAMPLE_RATE / 20) * AlarmTones.FORMAT.getFrameSize();

    /** The latest wish of the callers; a new number for each call, so a repeated play restarts. */
    private record Request(long number, AlarmPriority priority) {}

    private final SoundOutput output;
    /** Only the player thread reads and writes this. */
    private final Map<AlarmPriority, byte[]> patterns = new EnumMap<>(AlarmPriority.class);
    private final Object lock = new Object();
    private final Thread player;
    private Request wanted = new Request(0, null);
    private boolean closed;
    private volatile boolean available;
    /** Only the player thread reads and writes this. */
    private boolean failureLogged;

    public SynthesizedAlarmSound() {
        this(SoundOutput.speakers());
    }

    SynthesizedAlarmSound(SoundOutput output) {
        this.output = output;
        this.available = present(output);
        this.player = Thread.ofPlatform().daemon().name("vigil-alarm-sound").start(this::run);
    }

    @Override
    public void play(AlarmPriority priority) {
        request(priority);
    }

    @Override
    public void stop() {
        request(null);
    }

    @Override
    public boolean available() {
        return available;
    }

    /** Ends the player thread; the sound cannot be used afterwards. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    /** Whether the player thread has ended, after {@link #close()}. */
    boolean ended(long waitMillis) throws InterruptedException {
        player.join(waitMillis);
        return !player.isAlive();
    }

    private void request(AlarmPriority priority) {
        synchronized (lock) {
            wanted = new Request(wanted.number() + 1, priority);
            lock.notifyAll();
        }
    }

    private void run() {
        // Computed here, not by the caller: on the window's FX thread it was about 0.15 s before the login
        // screen could be drawn (issue 15, item 14). A wish made meanwhile waits in `wanted`.
        for (AlarmPriority priority : AlarmPriority.values()) {
            patterns.put(priority, AlarmTones.pattern(priority, AlarmTones.SAMPLE_RATE));
        }
        probe();
        Request handled = null;
        boolean failed = false;
        Request next;
        while ((next = awaitChange(handled, failed)) != null) {
            handled = next;
            failed = next.priority() != null && !sound(next);
        }
    }

    /** The wish to act on next, or null once closed. After a failure the same wish is retried after a while. */
    private Request awaitChange(Request handled, boolean retry) {
        synchronized (lock) {
            try {
                if (retry) {
                    // The same wish is tried again after a pause; a new wish is tried at once.
                    if (!closed && wanted.equals(handled)) {
                        lock.wait(RETRY_MILLIS);
                    }
                } else {
                    while (!closed && wanted.equals(handled)) {
                        lock.wait();
                    }
                }
            } catch (InterruptedException e) {
                // Only close() should end the player; an interrupt from elsewhere ends it too, but says so.
                log.warn("Alarm sound player interrupted; alarms are visual only from now", e);
                closed = true;
                available = false;
                Thread.currentThread().interrupt();
            }
            return closed ? null : wanted;
        }
    }

    private boolean stillWanted(Request request) {
        synchronized (lock) {
            return !closed && wanted.equals(request);
        }
    }

    /** Plays until the wish changes (or once, for low); false when the output could not be used. */
    private boolean sound(Request request) {
        byte[] pattern = patterns.get(request.priority());
        boolean repeats = AlarmTones.burst(request.priority()).repeats();
        try (SoundOutput.Line line = output.open(AlarmTones.FORMAT)) {
            nowAvailable();
            do {
                for (int offset = 0; offset < pattern.length; offset += CHUNK_BYTES) {
                    if (!stillWanted(request)) {
                        line.flush();
                        return true;
                    }
                    line.write(pattern, offset, Math.min(CHUNK_BYTES, pattern.length - offset));
                }
            } while (repeats);
            line.drain();
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            unavailable("No audio output for alarm sounds; alarms are visual only", e);
            return false;
        } catch (RuntimeException e) {
            unavailable("Alarm sound failed; alarms are visual only until it works again", e);
            return false;
        }
    }

    // A sound card may accept the format in principle and still refuse to open: only opening tells.
    private void probe() {
        try {
            output.open(AlarmTones.FORMAT).close();
            nowAvailable();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            unavailable("No audio output for alarm sounds; alarms are visual only", e);
        } catch (RuntimeException e) {
            unavailable("Audio output could not be checked; alarms are visual only", e);
        }
    }

    private static boolean present(SoundOutput output) {
        try {
            return output.present(AlarmTones.FORMAT);
        } catch (RuntimeException e) {
            log.warn("Audio output could not be listed; alarms are visual only", e);
            return false;
        }
    }

    private void nowAvailable() {
        if (failureLogged) {
            log.info("Audio output available again; alarms will sound");
        }
        failureLogged = false;
        available = true;
    }

    // Logged in full once when the sound is lost; the retries every 30 s would otherwise flood the log.
    private void unavailable(String why, Exception e) {
        if (failureLogged) {
            log.debug(why, e);
        } else {
            log.warn(why, e);
            failureLogged = true;
        }
        available = false;
    }
}
