package org.vigil.ui.alarm;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Where the alarm samples are played: the machine's sound output, or in tests a recorder. */
interface SoundOutput {

    /** A cheap guess, before any line is opened, whether {@link #open} can succeed. */
    boolean present(AudioFormat format);

    /**
     * A started line ready for samples.
     *
     * @throws LineUnavailableException when the output is busy or gone
     * @throws IllegalArgumentException when the machine has no output for the format at all
     */
    Line open(AudioFormat format) throws LineUnavailableException;

    interface Line extends AutoCloseable {
        /** Blocks until the samples are queued, which paces the player in real time. */
        void write(byte[] samples, int offset, int length);

        /** Drops what is queued, so a stop is heard at once. */
        void flush();

        /** Waits until what is queued has been heard. */
        void drain();

        @Override
        void close();
    }

    /** The default output of the machine through javax.sound. */
    static SoundOutput speakers() {
        return new SoundOutput() {
            @Override
            public boolean present(AudioFormat format) {
                return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, format));
            }

            @Override
            public Line open(AudioFormat format) throws LineUnavailableException {
                SourceDataLine line = AudioSystem.getSourceDataLine(format);
                // A tenth of a second of buffer: short enough that a new priority is heard promptly.
                line.open(format, (int) (format.getFrameRate() / 10) * format.getFrameSize());
                line.start();
                return new Speakers(line);
            }
        };
    }

    record Speakers(SourceDataLine line) implements Line {
        @Override
        public void write(byte[] samples, int offset, int length) {
            line.write(samples, offset, length);
        }

        @Override
        public void flush() {
            line.flush();
        }

        @Override
        public void drain() {
            line.drain();
        }

        @Override
        public void close() {
            line.close();
        }
    }
}
