package org.vigil.ui.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.domain.session.AlarmPriority;

/** ALM-1 the alarm tones: their rhythm and shape, and playing them with or without a sound card. */
class SynthesizedAlarmSoundTest {

    private static final float RATE = AlarmTones.SAMPLE_RATE;
    private static final int FULL_SCALE = Short.MAX_VALUE;
    /** Silence longer than this separates two pulses; a sine's zero crossings are far shorter. */
    private static final int GAP_FRAMES = (int) (0.01 * RATE);

    @ParameterizedTest(name = "ALM-1 {0}: {1} pulses in a cycle of {2} s")
    @DisplayName("ALM-1 high is a burst of 5 pulses every 2.5 s, medium 3 pulses every 8 s, low one pulse")
    @CsvSource({"HIGH, 5, 2.5", "MEDIUM, 3, 8.0", "LOW, 1, 0.25"})
    void rhythm(AlarmPriority priority, int pulses, double cycleSeconds) {
        byte[] pcm = AlarmTones.pattern(priority, RATE);

        assertThat(pcm).hasSize((int) Math.round(cycleSeconds * RATE) * 2);
        assertThat(pulses(pcm)).hasSize(pulses);
        assertThat(AlarmTones.burst(priority).repeats()).isEqualTo(priority != AlarmPriority.LOW);
    }

    @Test
    @DisplayName("ALM-1 high sounds in the rhythm of IEC 60601-1-8: three pulses, a breath, two pulses")
    void highRhythm() {
        List<int[]> pulses = pulses(AlarmTones.pattern(AlarmPriority.HIGH, RATE));
        int[] gaps = new int[pulses.size() - 1];
        for (int i = 1; i < pulses.size(); i++) {
            gaps[i - 1] = pulses.get(i)[0] - pulses.get(i - 1)[1];
        }
        assertThat(gaps[2]).isGreaterThan(2 * gaps[0]);
        assertThat(gaps[0]).isEqualTo(gaps[1]).isEqualTo(gaps[3]);
        int endOfBurst = pulses.getLast()[1];
        assertThat(endOfBurst / (double) RATE).as("seconds of sound in a 2.5 s cycle").isBetween(1.0, 1.5);
    }

    @Test
    @DisplayName("ALM-1 the sample rate is honoured: the same 2.5 s at 8 kHz")
    void otherRate() {
        assertThat(AlarmTones.pattern(AlarmPriority.HIGH, 8_000f)).hasSize(20_000 * 2);
        assertThat(pulses(AlarmTones.pattern(AlarmPriority.HIGH, 8_000f))).hasSize(5);
    }

    @ParameterizedTest(name = "ALM-1 {0} pulses rise and fall without a click")
    @DisplayName("ALM-1 every pulse fades in and out, loud in the middle, never clipping")
    @EnumSource(AlarmPriority.class)
    void envelope(AlarmPriority priority) {
        byte[] pcm = AlarmTones.pattern(priority, RATE);
        int oneMs = (int) (RATE / 1000);
        for (int[] pulse : pulses(pcm)) {
            int start = pulse[0];
            int end = pulse[1];
            assertThat(peak(pcm, start, start + oneMs)).as("first ms").isLessThan(FULL_SCALE / 50);
            assertThat(peak(pcm, end - oneMs, end)).as("last ms").isLessThan(FULL_SCALE / 50);
            int middle = (start + end) / 2;
            assertThat(peak(pcm, middle - 5 * oneMs, middle + 5 * oneMs)).as("middle").isGreaterThan(FULL_SCALE / 4);
        }
        assertThat(peak(pcm, 0, pcm.length / 2)).isLessThanOrEqualTo((int) Math.ceil(AlarmTones.PEAK * FULL_SCALE));
    }

    @Test
    @DisplayName("Issue 15: the tones are computed on the player's thread, not by the window's thread that makes the sound")
    void tonesAreNotComputedByTheCaller() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // Warm, so that what is compared is the work, not loading and compiling the classes.
        for (int round = 0; round < 3; round++) {
            for (AlarmPriority priority : AlarmPriority.values()) {
                AlarmTones.pattern(priority, RATE);
            }
            new SynthesizedAlarmSound(new FakeOutput()).close();
        }
        long before = threads.getCurrentThreadCpuTime();
        for (AlarmPriority priority : AlarmPriority.values()) {
            AlarmTones.pattern(priority, RATE);
        }
        long tones = threads.getCurrentThreadCpuTime() - before;

        before = threads.getCurrentThreadCpuTime();
        SynthesizedAlarmSound sound = new SynthesizedAlarmSound(new FakeOutput());
        long made = threads.getCurrentThreadCpuTime() - before;
        sound.close();

        assertThat(made).as("CPU ns of making the sound, against %d ns for its tones", tones).isLessThan(tones / 2);
    }

    @Test
    @DisplayName("ALM-1 the burst is followed by true silence until it repeats")
    void silenceAfterBurst() {
        byte[] pcm = AlarmTones.pattern(AlarmPriority.MEDIUM, RATE);
        int endOfBurst = pulses(pcm).getLast()[1];
        assertThat(peak(pcm, endOfBurst, pcm.length / 2)).isZero();
        assertThat(pcm.length / 2 - endOfBurst).as("frames of silence").isGreaterThan((int) (7 * RATE));
    }

    @Test
    @DisplayName("On this machine available() tells whether a line opens, and play and stop never throw")
    void thisMachine() throws Exception {
        boolean opens = lineOpens();
        try (SynthesizedAlarmSound sound = new SynthesizedAlarmSound()) {
            assertThatCode(() -> {
                sound.play(AlarmPriority.HIGH);
                sound.play(AlarmPriority.MEDIUM);
                sound.stop();
                sound.play(AlarmPriority.LOW);
                sound.stop();
            }).doesNotThrowAnyException();
            await(() -> sound.available() == opens);
            assertThat(sound.available()).isEqualTo(opens);
        }
    }

    @Test
    @DisplayName("A high alarm repeats its burst until stopped; stopping drops what was queued and closes the line")
    void repeatsUntilStopped() throws Exception {
        FakeOutput output = new FakeOutput();
        byte[] high = AlarmTones.pattern(AlarmPriority.HIGH, RATE);
        try (SynthesizedAlarmSound sound = new SynthesizedAlarmSound(output)) {
            sound.play(AlarmPriority.HIGH);
            await(() -> output.lines.size() == 2 && output.lines.get(1).written().length >= 2 * high.length);
            FakeLine line = output.lines.get(1);
            byte[] written = line.written();
            assertThat(same(written, 0, high)).as("first burst").isTrue();
            assertThat(same(written, high.length, high)).as("second burst").isTrue();
            assertThat(sound.available()).isTrue();

            sound.stop();
            await(() -> line.closed);
            assertThat(line.flushed).isTrue();
            assertThat(output.lines).hasSize(2);
        }
    }

    @Test
    @DisplayName("A low alarm sounds its single tone once, to the end")
    void lowOnce() throws Exception {
        FakeOutput output = new FakeOutput();
        try (SynthesizedAlarmSound sound = new SynthesizedAlarmSound(output)) {
            sound.play(AlarmPriority.LOW);
            await(() -> output.lines.size() == 2 && output.lines.get(1).closed);
            FakeLine line = output.lines.get(1);
            byte[] low = AlarmTones.pattern(AlarmPriority.LOW, RATE);
            assertThat(line.written()).hasSameSizeAs(low);
            assertThat(same(line.written(), 0, low)).isTrue();
            assertThat(line.drained).isTrue();
            assertThat(line.flushed).isFalse();
        }
    }

    @Test
    @DisplayName("Without a sound card nothing throws and available() is false; a card plugged in later is used")
    void noSoundCard() throws Exception {
        FakeOutput output = new FakeOutput();
        output.plugged = false;
        try (SynthesizedAlarmSound sound = new SynthesizedAlarmSound(output)) {
            assertThat(sound.available()).isFalse();
            assertThatCode(() -> sound.play(AlarmPriority.HIGH)).doesNotThrowAnyException();
            await(() -> output.attempts >= 2);
            assertThat(sound.available()).isFalse();
            assertThat(output.lines).isEmpty();

            output.plugged = true;
            sound.play(AlarmPriority.MEDIUM);
            await(() -> !output.lines.isEmpty() && output.lines.getFirst().written().length > 0);
            assertThat(sound.available()).isTrue();
            byte[] written = output.lines.getFirst().written();
            byte[] medium = AlarmTones.pattern(AlarmPriority.MEDIUM, RATE);
            assertThat(same(written, 0, Arrays.copyOf(medium, Math.min(medium.length, written.length)))).isTrue();
        }
    }

    @Test
    @DisplayName("close() ends the player thread")
    void closeEndsThread() throws Exception {
        SynthesizedAlarmSound sound = new SynthesizedAlarmSound(new FakeOutput());
        sound.play(AlarmPriority.HIGH);
        sound.close();
        assertThat(sound.ended(2_000)).isTrue();
    }

    /** Pulses as [first frame, frame after the last] runs of sound, split by silences longer than GAP_FRAMES. */
    private static List<int[]> pulses(byte[] pcm) {
        List<int[]> pulses = new java.util.ArrayList<>();
        int frames = pcm.length / 2;
        int start = -1;
        int lastSound = -1;
        for (int f = 0; f < frames; f++) {
            if (AlarmTones.sampleAt(pcm, f) != 0) {
                if (start < 0 || f - lastSound > GAP_FRAMES) {
                    if (start >= 0) {
                        pulses.add(new int[] {start, lastSound + 1});
                    }
                    start = f;
                }
                lastSound = f;
            }
        }
        if (start >= 0) {
            pulses.add(new int[] {start, lastSound + 1});
        }
        return pulses;
    }

    /** Whether the played bytes hold the pattern at the offset; a boolean, so a failure does not print megabytes. */
    private static boolean same(byte[] played, int offset, byte[] pattern) {
        return played.length >= offset + pattern.length
                && Arrays.equals(played, offset, offset + pattern.length, pattern, 0, pattern.length);
    }

    private static int peak(byte[] pcm, int fromFrame, int toFrame) {
        int peak = 0;
        for (int f = fromFrame; f < toFrame; f++) {
            peak = Math.max(peak, Math.abs(AlarmTones.sampleAt(pcm, f)));
        }
        return peak;
    }

    private static boolean lineOpens() {
        AudioFormat format = AlarmTones.FORMAT;
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            return true;
        } catch (LineUnavailableException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 5 s").isTrue();
    }

    /** A sound card in memory that can be unplugged. */
    private static final class FakeOutput implements SoundOutput {
        final List<FakeLine> lines = new CopyOnWriteArrayList<>();
        volatile boolean plugged = true;
        volatile int attempts;

        @Override
        public boolean present(AudioFormat format) {
            return plugged;
        }

        @Override
        public Line open(AudioFormat format) throws LineUnavailableException {
            attempts++;
            if (!plugged) {
                throw new IllegalArgumentException("No line matching interface SourceDataLine is supported.");
            }
            FakeLine line = new FakeLine();
            lines.add(line);
            return line;
        }
    }

    /** Keeps the first 30 s of what is played; beyond that it only waits, like a full buffer. */
    private static final class FakeLine implements SoundOutput.Line {
        private static final int KEEP = (int) (30 * RATE) * 2;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        volatile boolean flushed;
        volatile boolean drained;
        volatile boolean closed;

        @Override
        public synchronized void write(byte[] samples, int offset, int length) {
            if (bytes.size() < KEEP) {
                bytes.write(samples, offset, length);
            } else {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing", e);
                }
            }
        }

        synchronized byte[] written() {
            return bytes.toByteArray();
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void drain() {
            drained = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
