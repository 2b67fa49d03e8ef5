package org.vigil.store;

import java.util.regex.Pattern;

/**
 * A database failure as it may be logged: H2 quotes the offending value in its messages (a
 * duplicate ID number, a name too long for its column) and a log must not carry a patient's
 * name or ID number. The values become '…'; the types, error codes, statements with their
 * placeholders and stack traces stay for diagnosis.
 */
final class RedactedFailure extends RuntimeException {

    /** A quoted SQL literal: H2 doubles a quote inside one. */
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private RedactedFailure(String message, RedactedFailure cause, StackTraceElement[] stack) {
        super(message, cause);
        setStackTrace(stack);
    }

    static RedactedFailure of(Throwable failure) {
        return of(failure, 0);
    }

    private static RedactedFailure of(Throwable failure, int depth) {
        // A cause cycle, or a very deep chain, ends here: the top frames are what diagnosis needs.
        RedactedFailure cause = failure.getCause() == null || failure.getCause() == failure || depth > 20 ? null
                : of(failure.getCause(), depth + 1);
        String message = failure.getMessage() == null ? "" : LITERAL.matcher(failure.getMessage()).replaceAll("'…'");
        return new RedactedFailure(failure.getClass().getName() + ": " + message, cause, failure.getStackTrace());
    }

    static String redact(String text) {
        return LITERAL.matcher(text).replaceAll("'…'");
    }
}
