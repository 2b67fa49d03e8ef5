package org.vigil.ui;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Records how long the JavaFX thread went without a pulse, and for the longest gaps what was
 * going on: the collector pauses that fell inside, and where the FX thread was while the pulse
 * was late (sampled from another thread). A figure alone said "101 ms" and nothing about why.
 * Create and {@link #start} on the FX thread; {@link #stop} and {@link #report} from anywhere.
 */
final class PulseGaps {

    /** A pulse later than this is sampled: a pulse every 16 ms is normal. */
    private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

    private record Gap(long endedAt, long nanos) {}

    private record Pause(long endedAt, long millis, String what) {}

    private record Sample(long at, String where) {}

    private final long origin = System.nanoTime();
    private final AtomicLong lastPulse = new AtomicLong(origin);
    private final List<Gap> gaps = new ArrayList<>();
    private final List<Pause> pauses = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread fxThread = Thread.currentThread();
    private final Thread sampler = new Thread(this::sample, "pulse-gap-sampler");
    private Optional<Thread> renderer = Optional.empty();
    private final NotificationListener onPause = (notification, handback) -> {
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        synchronized (pauses) {
            pauses.add(new Pause(System.nanoTime(), info.getGcInfo().getDuration(), info.getGcName() + " (" + info.getGcCause() + ")"));
        }
    };
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            long seen = System.nanoTime();
            lastPulse.set(seen);
            if (last != 0) {
                synchronized (gaps) {
                    gaps.add(new Gap(seen, now - last));
                }
            }
            last = now;
        }
    };

    void start() {
        renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(onPause, null, null);
        }
        timer.start();
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() throws ListenerNotFoundException {
        timer.stop();
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(onPause);
        }
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            if (System.nanoTime() - lastPulse.get() > LATE_NANOS) {
                StackTraceElement[] fx = fxThread.getStackTrace();
                boolean idle = fx.length > 0 && fx[0].getMethodName().startsWith("wait");
                // An idle FX thread with a late pulse: the renderer (or the CPU) is what it waits for.
                String where = idle ? "idle; renderer in " + renderer.map(r -> where(r.getStackTrace())).orElse("?") : where(fx);
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime(), where));
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Our innermost frame if the FX thread is in our code, else its top frame (idle, rendering, CSS). */
    private static String where(StackTraceElement[] stack) {
        return Arrays.stream(stack).filter(f -> f.getClassName().startsWith("org.vigil.")).findFirst()
                .or(() -> Arrays.stream(stack).findFirst())
                .map(f -> f.getClassName().replaceFirst("^.*\\.", "") + "." + f.getMethodName() + ":" + f.getLineNumber())
                .orElse("?");
    }

    /** Lines to print: the distribution, then the longest gaps explained. */
    List<String> report(int explained) {
        List<Gap> all;
        synchronized (gaps) {
            all = new ArrayList<>(gaps);
        }
        long[] ms = all.stream().mapToLong(g -> TimeUnit.NANOSECONDS.toMillis(g.nanos())).sorted().toArray();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "FX pulse gap: median %d ms, p99 %d ms, longest %d ms (target: longest <= 50 ms), %d pulses",
                ms[ms.length / 2], ms[(int) (ms.length * 0.99)], ms[ms.length - 1], ms.length));
        lines.add(String.format(Locale.ROOT, "gaps over 50 ms: %d", Arrays.stream(ms).filter(g -> g > 50).count()));
        all.stream().sorted(Comparator.comparingLong(Gap::nanos).reversed()).limit(explained).forEach(gap -> {
            long began = gap.endedAt() - gap.nanos();
            lines.add(String.format(Locale.ROOT, "  gap of %d ms at %.1f s", TimeUnit.NANOSECONDS.toMillis(gap.nanos()),
                    (began - origin) / 1e9));
            synchronized (pauses) {
                // A pause is reported when it ends, which may be just after the pulse it delayed.
                pauses.stream().filter(p -> p.endedAt() > began && p.endedAt() < gap.endedAt() + LATE_NANOS)
                        .forEach(p -> lines.add(String.format(Locale.ROOT, "    collector pause %d ms: %s", p.millis(), p.what())));
            }
            synchronized (samples) {
                samples.stream().filter(s -> s.at() > began && s.at() <= gap.endedAt()).map(Sample::where).distinct()
                        .forEach(w -> lines.add("    FX thread seen in " + w));
            }
        });
        return lines;
    }
}
