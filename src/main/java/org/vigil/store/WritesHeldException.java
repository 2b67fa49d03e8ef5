package org.vigil.store;

import java.util.List;

/**
 * Nothing is written while a protection of the records is missing (SIG-4): an administrator must
 * repair it first ({@code vigil verify --repair}).
 */
public final class WritesHeldException extends StoreException {

    private final List<String> missing;

    WritesHeldException(List<String> missing) {
        super("Writing is held: protections missing " + missing, null);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
