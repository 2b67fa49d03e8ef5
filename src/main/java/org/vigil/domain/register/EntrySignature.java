package org.vigil.domain.register;

import java.time.Instant;

/**
 * A signature on one register entry (SIG-1 … SIG-3): who, when, what it means, and the hash of
 * the entry's content at the moment of signing. When the content no longer has that hash, the
 * signature no longer holds.
 */
public record EntrySignature(long entryId, Signer signer, SignatureMeaning meaning, Instant at, String contentHash) {

    /** SIG-3: whether this signature is on this entry as it now reads. */
    public boolean holdsFor(RegisterEntry entry) {
        return entryId == entry.id() && contentHash.equals(entry.content().contentHash());
    }
}
