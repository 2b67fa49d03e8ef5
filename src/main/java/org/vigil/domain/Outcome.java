package org.vigil.domain;

/** Either the action was done (with its result) or a rule refused it. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(Refusal refusal) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }

    /** The value of a done outcome; a programming error to call on a refusal. */
    default T value() {
        return switch (this) {
            case Done<T> d -> d.value();
            case Refused<T> r -> throw new IllegalStateException("refused: " + r.refusal());
        };
    }

    /** The refusal, or null when done. */
    default Refusal refusalOrNull() {
        return this instanceof Refused<T> r ? r.refusal() : null;
    }
}
