package org.vigil.testing;

import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;

/**
 * What the fuzz suite asks of every call (issue 14, item 7): no exception, no refusal without a
 * message a person can read, and no call over {@link #BUDGET_MILLIS} once the JIT has warmed up.
 * One instance per entry point, so each counts its own warm-up calls.
 */
public final class FuzzVerdict {

    /** The longest a typed value may keep the screen waiting. */
    public static final long BUDGET_MILLIS = 50;
    /** Calls not timed while the JIT compiles the code under test. */
    public static final int WARM_UP_CALLS = 20;

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final String entryPoint;
    private int calls;

    public FuzzVerdict(String entryPoint) {
        this.entryPoint = entryPoint;
    }

    /**
     * Runs a call that has no lasting effect, failing on an exception or a slow answer. A slow
     * answer is timed once more before failing, so a garbage-collection pause on a shared CI
     * machine is not taken for slow code; slow code is slow twice.
     */
    public <T> T pure(String input, Supplier<T> call) {
        long started = System.nanoTime();
        T answer = run(input, call);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (++calls > WARM_UP_CALLS && millis > BUDGET_MILLIS) {
            long again = System.nanoTime();
            run(input, call);
            long secondMillis = (System.nanoTime() - again) / 1_000_000;
            if (secondMillis > BUDGET_MILLIS) {
                throw new AssertionError(entryPoint + " took " + millis + " ms then " + secondMillis + " ms (budget " + BUDGET_MILLIS
                        + " ms) for " + describe(input));
            }
        }
        return answer;
    }

    /**
     * Runs a call that may write (a service action): timed once, as a second run would be another
     * action. What is timed is the calling thread's CPU time: every write ends in a synchronous
     * checkpoint, and waiting for the disk of a shared CI machine is not the code being slow,
     * while a runaway pattern or a ten-million-digit number is CPU on this thread.
     */
    public <T> T once(String input, Supplier<T> call) {
        long started = CPU.getCurrentThreadCpuTime();
        T answer = run(input, call);
        long millis = (CPU.getCurrentThreadCpuTime() - started) / 1_000_000;
        if (++calls > WARM_UP_CALLS && millis > BUDGET_MILLIS) {
            throw new AssertionError(entryPoint + " took " + millis + " ms of CPU (budget " + BUDGET_MILLIS + " ms) for " + describe(input));
        }
        return answer;
    }

    private <T> T run(String input, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(entryPoint + " threw " + e + " for " + describe(input), e);
        }
    }

    /** A refusal or invalid form says why, in words the bundle has; a done outcome passes. */
    public void explained(String input, Outcome<?> outcome) {
        switch (outcome) {
            case Outcome.Done<?> d -> { }
            case Outcome.Refused<?> r -> readable(input, r.refusal());
            case Outcome.Invalid<?> i -> problems(input, i.problems());
        }
    }

    /** Every problem names its field and a message the bundle has. */
    public void problems(String input, Collection<? extends FieldProblem<?>> problems) {
        for (FieldProblem<?> p : problems) {
            if (p.field() == null) {
                throw new AssertionError(entryPoint + " gave a problem without a field for " + describe(input));
            }
            readable(input, p.refusal());
        }
    }

    public void readable(String input, Refusal refusal) {
        if (refusal == null || refusal.messageKey() == null || !ENGLISH.containsKey(refusal.messageKey())
                || refusal.ruleId() == null || refusal.ruleId().isBlank()) {
            throw new AssertionError(entryPoint + " refused without a message the user can read (" + refusal + ") for " + describe(input));
        }
    }

    /** The input as a failure message shows it: its length and a readable start, not 100 000 characters. */
    public static String describe(String input) {
        if (input == null) {
            return "null";
        }
        String start = input.length() > 60 ? input.substring(0, 60) + "…" : input;
        StringBuilder shown = new StringBuilder();
        start.codePoints().forEach(c -> shown.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return "\"" + shown + "\" (" + input.length() + " chars)";
    }
}
