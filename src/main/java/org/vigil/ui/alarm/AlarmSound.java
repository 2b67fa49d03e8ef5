package org.vigil.ui.alarm;

import org.vigil.domain.session.AlarmPriority;

/**
 * The sound of the alarms (ALM-1): one pattern at a time, the most urgent one's. No method throws:
 * a machine that cannot make a sound must still show every alarm, so a sound failure is logged and
 * reported through {@link #available()} instead.
 */
public interface AlarmSound {

    /**
     * Starts the priority's pattern and returns at once; high and medium repeat until {@link #stop()}
     * or another play, low sounds once.
     */
    void play(AlarmPriority priority);

    /** Silences the sound at once. */
    void stop();

    /** Whether this machine can make the sound; false means the alarms are visual only. */
    boolean available();
}
