package org.vigil.ui.alarm;

import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.vigil.domain.session.AlarmPriority;

/**
 * The alarm sounds as samples, computed here so there are no sound files to lose (ALM-1). The
 * rhythm loosely follows IEC 60601-1-8, so the sound means the same as on the clinic's monitors:
 * high is a fast burst of five pulses (three, a breath, two) every 2.5 s, medium three slower
 * pulses every 8 s, low one pulse. Each pulse has a few harmonics, which the standard asks for
 * because a pure sine is hard to locate in a room, and a raised-cosine attack and release, because
 * a tone that starts or stops at full amplitude clicks.
 */
final class AlarmTones {

    static final float SAMPLE_RATE = 44_100f;
    /** 16-bit signed little-endian mono: the format every sound card accepts. */
    static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    static final double RAMP_SECONDS = 0.012;
    /** Half of full scale: loud enough over a ward, with room so the harmonics never clip. */
    static final double PEAK = 0.5;
    private static final double[] HARMONIC_WEIGHTS = {1.0, 0.5, 0.33, 0.25};

    /**
     * How one priority sounds.
     *
     * @param onsets seconds from the start of the cycle at which each pulse begins
     * @param cycleSeconds how often the burst repeats; for a one-off sound, its length
     */
    record Burst(double hz, List<Double> onsets, double pulseSeconds, double cycleSeconds, boolean repeats) {}

    private AlarmTones() {}

    static Burst burst(AlarmPriority priority) {
        return switch (priority) {
            case HIGH -> new Burst(880, List.of(0.0, 0.23, 0.46, 0.94, 1.17), 0.15, 2.5, true);
            case MEDIUM -> new Burst(660, List.of(0.0, 0.35, 0.70), 0.2, 8.0, true);
            case LOW -> new Burst(523.25, List.of(0.0), 0.25, 0.25, false);
        };
    }

    /** One cycle of the priority's sound in {@link #FORMAT} at the given rate: its pulses, then silence until it repeats. */
    static byte[] pattern(AlarmPriority priority, float sampleRate) {
        Burst burst = burst(priority);
        int frames = (int) Math.round(burst.cycleSeconds() * sampleRate);
        byte[] pcm = new byte[frames * 2];
        int pulseFrames = (int) Math.round(burst.pulseSeconds() * sampleRate);
        for (double onset : burst.onsets()) {
            int start = (int) Math.round(onset * sampleRate);
            for (int i = 0; i < pulseFrames && start + i < frames; i++) {
                double t = i / (double) sampleRate;
                double value = PEAK * envelope(i, pulseFrames, sampleRate) * tone(burst.hz(), t);
                short sample = (short) Math.round(value * Short.MAX_VALUE);
                pcm[2 * (start + i)] = (byte) sample;
                pcm[2 * (start + i) + 1] = (byte) (sample >> 8);
            }
        }
        return pcm;
    }

    /** The 16-bit sample at a frame of a pattern, for reading one back. */
    static int sampleAt(byte[] pcm, int frame) {
        return (short) ((pcm[2 * frame] & 0xff) | (pcm[2 * frame + 1] << 8));
    }

    // The weights are divided by their sum so the loudest moment of the mix is exactly 1.
    private static double tone(double hz, double t) {
        double sum = 0;
        double weights = 0;
        for (int h = 0; h < HARMONIC_WEIGHTS.length; h++) {
            sum += HARMONIC_WEIGHTS[h] * Math.sin(2 * Math.PI * hz * (h + 1) * t);
            weights += HARMONIC_WEIGHTS[h];
        }
        return sum / weights;
    }

    private static double envelope(int frame, int pulseFrames, float sampleRate) {
        int ramp = (int) Math.round(RAMP_SECONDS * sampleRate);
        int fromEdge = Math.min(frame, pulseFrames - 1 - frame);
        return fromEdge >= ramp ? 1.0 : 0.5 - 0.5 * Math.cos(Math.PI * fromEdge / ramp);
    }
}
