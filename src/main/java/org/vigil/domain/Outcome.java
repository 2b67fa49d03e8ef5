package org.vigil.domain;

import java.util.List;

/**
 * What a service answers: the action was done (with its result), a rule refused it, or the form
 * was not valid field by field. Callers switch over these three and nothing else, so a screen
 * words every answer the same way.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(Refusal refusal) implements Outcome<T> {}

    /** Nothing was done: each problem is shown next to its field, all at once. */
    record Invalid<T>(List<FieldProblem<?>> problems) implements Outcome<T> {

        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid form has at least one problem");
            }
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static <T> Outcome<T> invalid(List<? extends FieldProblem<?>> problems) {
        return new Invalid<>(List.copyOf(problems));
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }

    /** The value of a done outcome; a programming error to call on any other. */
    default T value() {
        return switch (this) {
            case Done<T> d -> d.value();
            case Refused<T> r -> throw new IllegalStateException("refused: " + r.refusal());
            case Invalid<T> i -> throw new IllegalStateException("invalid: " + i.problems());
        };
    }

    /** The refusal, or null when done or invalid field by field. */
    default Refusal refusalOrNull() {
        return this instanceof Refused<T> r ? r.refusal() : null;
    }

    /** The same refusal or problems as the answer of an action whose value has another type; not for a done outcome. */
    default <U> Outcome<U> notDone() {
        return switch (this) {
            case Done<T> d -> throw new IllegalStateException("done: " + d.value());
            case Refused<T> r -> refused(r.refusal());
            case Invalid<T> i -> new Invalid<>(i.problems());
        };
    }
}
