package org.vigil.report;

/**
 * Where a report takes its words: the message bundles, handed in by the screen or the command
 * ({@code messages::get}), so this package depends on the domain alone.
 */
@FunctionalInterface
public interface Wording {

    String get(String key, Object... args);
}
