package org.vigil.testing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property runner for JUnit Jupiter tests: many generated cases, each checked, and the
 * first failure shrunk to a small counterexample before it is reported.
 *
 * <p>We keep our own instead of a property library: jqwik, the usual one on the JUnit platform,
 * asks from 1.10 on not to be used by AI coding agents, and this project is written with them.
 * What we need is small: seeded generation, greedy shrinking, a report that says how to rerun.
 *
 * <p>Runs are deterministic by default so CI sees the same cases every time. To explore other
 * cases locally, pass {@code -Dvigil.property.seed=random} (or a number) and
 * {@code -Dvigil.property.tries=N}; a failure names the seed that reproduces it.
 *
 * @param <T> the generated case
 */
public final class ForAll<T> {

    /** Shrinking stops after this many re-checks even if smaller candidates remain. */
    private static final int SHRINK_BUDGET = 5_000;

    private final Function<SplittableRandom, T> generator;
    private Function<T, List<T>> shrinker = t -> List.of();
    private Function<T, String> describer = String::valueOf;
    private int tries = 1_000;

    private ForAll(Function<SplittableRandom, T> generator) {
        this.generator = generator;
    }

    public static <T> ForAll<T> cases(Function<SplittableRandom, T> generator) {
        return new ForAll<>(generator);
    }

    public ForAll<T> tries(int n) {
        this.tries = Integer.getInteger("vigil.property.tries", n);
        return this;
    }

    /** Smaller variants of a case, most aggressive first; the first that still fails is kept. */
    public ForAll<T> shrinkWith(Function<T, List<T>> candidates) {
        this.shrinker = candidates;
        return this;
    }

    /** How a counterexample is shown in the failure report. */
    public ForAll<T> describedBy(Function<T, String> describe) {
        this.describer = describe;
        return this;
    }

    /**
     * Checks the property on every generated case; throws an {@link AssertionError} naming the
     * seed, the try and the shrunk counterexample on the first case it does not hold for.
     *
     * @param name the property as the report names it (the rule ID first)
     * @param property throws when the property does not hold for the case
     */
    public void check(String name, Consumer<T> property) {
        long seed = seed(name);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 1; i <= tries; i++) {
            T value = generator.apply(random.split());
            Throwable failure = failure(property, value);
            if (failure != null) {
                report(name, seed, i, value, failure, property);
            }
        }
    }

    private void report(String name, long seed, int at, T original, Throwable failure, Consumer<T> property) {
        T smallest = original;
        Throwable smallestFailure = failure;
        int shrinks = 0;
        int checks = 0;
        boolean smaller = true;
        while (smaller && checks < SHRINK_BUDGET) {
            smaller = false;
            for (T candidate : shrinker.apply(smallest)) {
                if (++checks > SHRINK_BUDGET) {
                    break;
                }
                Throwable f = failure(property, candidate);
                // Keep to the same kind of failure so shrinking does not wander to another bug.
                if (f != null && f.getClass() == failure.getClass()) {
                    smallest = candidate;
                    smallestFailure = f;
                    shrinks++;
                    smaller = true;
                    break;
                }
            }
        }
        String text = "Property \"" + name + "\" falsified at try " + at + " of " + tries + " (rerun with -Dvigil.property.seed=" + seed
                + ")\nShrunk " + shrinks + " times; counterexample:\n" + describer.apply(smallest) + "\nFailure: "
                + smallestFailure.getMessage();
        throw new AssertionError(text, smallestFailure);
    }

    private static <T> Throwable failure(Consumer<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }

    /** Fixed per property unless asked otherwise, so each property sees its own stable cases. */
    private static long seed(String name) {
        String asked = System.getProperty("vigil.property.seed");
        if (asked == null || asked.isBlank()) {
            return name.hashCode() * 0x9E3779B97F4A7C15L;
        }
        return asked.equals("random") ? new SplittableRandom().nextLong() : Long.parseLong(asked);
    }
}
