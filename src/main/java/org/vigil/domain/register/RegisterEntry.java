package org.vigil.domain.register;

import java.time.Instant;

/**
 * One line of the controlled-drug register as stored: numbered, with the moment it was written.
 * Entries are never edited or deleted (CD-1).
 */
public record RegisterEntry(long id, EntryDraft content, Instant recordedAt) {

    public long productId() {
        return content.productId();
    }

    public String lot() {
        return content.lot();
    }

    public EntryKind kind() {
        return content.kind();
    }

    public int units() {
        return content.units();
    }
}
