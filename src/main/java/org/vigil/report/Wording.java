package org.vigil.report;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a report takes its words: the message bundles, handed in by the screen or the command
 * ({@code messages::get}), so this package depends on the domain alone.
 */
@FunctionalInterface
public interface Wording {

    /** The message for the key; without arguments, its pattern as the bundle has it. */
    String get(String key, Object... args);

    /**
     * The same words with each pattern parsed once: a year's register fills some hundred thousand
     * messages, and parsing the pattern each time took a tenth of the print.
     */
    static Wording parsedOnce(Wording words, Locale locale) {
        Map<String, MessageFormat> patterns = new HashMap<>();
        return (key, args) -> args.length == 0 ? words.get(key)
                : patterns.computeIfAbsent(key, k -> new MessageFormat(words.get(k), locale)).format(args);
    }
}
