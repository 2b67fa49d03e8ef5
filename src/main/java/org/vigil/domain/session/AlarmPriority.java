package org.vigil.domain.session;

/**
 * ALM-1 priorities with their IEC 60601-1-8 presentation: colour and flash rate are fixed by the
 * standard so that a nurse reads the urgency the same on every device, so they are constants
 * here and not clinic settings. Declared from least to most urgent.
 */
public enum AlarmPriority {
    /** Steady (no flashing), single tone or silent. */
    LOW(0.0),
    /** Yellow, flashing about 0.5 Hz, repeating three-tone sound. */
    MEDIUM(0.5),
    /** Red, flashing about 2 Hz, repeating burst. */
    HIGH(2.0);

    private final double flashHz;

    AlarmPriority(double flashHz) {
        this.flashHz = flashHz;
    }

    /** Flashes per second of the visual signal; 0 for a steady light. */
    public double flashHz() {
        return flashHz;
    }

    public boolean flashes() {
        return flashHz > 0;
    }
}
