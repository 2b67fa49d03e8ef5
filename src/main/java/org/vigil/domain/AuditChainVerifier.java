package org.vigil.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Walks the audit events in sequence order and finds the first one that breaks the chain.
 * Feed events with {@link #accept}; ask {@link #verdict} at the end. Checkpoints are chain heads
 * recorded outside the database (backups, reports, shutdowns): the chain must still reach each
 * one, with the same hash there.
 */
public final class AuditChainVerifier {

    private final List<ChainCheckpoint> checkpoints;
    private final Map<Long, String> checkpointHashes;
    private final ChainKey key;

    private long expectedSeq = 1;
    private String previousHash = AuditEvent.GENESIS;
    /** When resuming: the hash the first event read must have (it was verified before); null from the genesis. */
    private String resumeHash;
    private long firstSeq = 1;
    private long count;
    private long firstBadSeq = -1;
    private String problem;

    public AuditChainVerifier(Collection<ChainCheckpoint> checkpoints, ChainKey key) {
        this.key = key;
        this.checkpoints = List.copyOf(checkpoints);
        this.checkpointHashes = this.checkpoints.stream()
                .collect(Collectors.toMap(ChainCheckpoint::seq, ChainCheckpoint::hash, (a, b) -> a));
    }

    /**
     * A verifier that resumes at a head verified before (the last check's): the event at that
     * head must still be there with the same hash and a valid keyed hash, and every event after it
     * must link to it. Events before it are not read; the whole check ({@code verify}, the daily
     * check) still reads them.
     */
    public static AuditChainVerifier resumingAt(ChainCheckpoint verified, Collection<ChainCheckpoint> checkpoints, ChainKey key) {
        AuditChainVerifier verifier = new AuditChainVerifier(checkpoints, key);
        verifier.expectedSeq = verified.seq();
        verifier.firstSeq = verified.seq();
        verifier.resumeHash = verified.hash();
        return verifier;
    }

    /** The first sequence number this verifier reads: 1, or the verified head it resumes at. */
    public long firstSeq() {
        return firstSeq;
    }

    /** Checks the next event; after the first fault, later events are only counted. */
    public void accept(AuditEvent event) {
        count++;
        if (firstBadSeq >= 0) {
            return;
        }
        if (event.seq() != expectedSeq) {
            // A gap is a deleted event; a repeat or step back is a reordering.
            fail(expectedSeq, event.seq() > expectedSeq ? "audit.problem.missing" : "audit.problem.order");
            return;
        }
        if (resumeHash != null) {
            // The verified head itself: its link was checked by the check that verified it.
            if (!resumeHash.equals(event.hash())) {
                fail(event.seq(), "audit.problem.rewritten");
                return;
            }
            resumeHash = null;
        } else if (!event.prevHash().equals(previousHash)) {
            fail(event.seq(), "audit.problem.link");
            return;
        }
        if (!key.keys(event.seq()) && event.rowsDigest() != null) {
            // Rows are sealed only by keyed events: a seal on an unkeyed one was added afterwards.
            fail(event.seq(), "audit.problem.content");
            return;
        }
        if (!event.expectedHash(key).equals(event.hash())) {
            fail(event.seq(), "audit.problem.content");
            return;
        }
        String recorded = checkpointHashes.get(event.seq());
        if (recorded != null && !recorded.equals(event.hash())) {
            // Internally consistent but not the chain that was printed: rewritten from here.
            fail(event.seq(), "audit.problem.rewritten");
            return;
        }
        previousHash = event.hash();
        expectedSeq++;
    }

    /** Row seals were found for an event after the last one: the events were cut off, their seals forgotten. */
    public void sealsWithoutEvent(long seq) {
        if (firstBadSeq < 0) {
            fail(Math.min(seq, expectedSeq), "audit.problem.truncated");
        }
    }

    private void fail(long seq, String key) {
        firstBadSeq = seq;
        problem = key;
    }

    /** @param storedHead the head as the database's own head record says (seq), or -1 if none */
    public ChainVerdict verdict(long storedHead) {
        long head = expectedSeq - 1;
        if (firstBadSeq >= 0) {
            return ChainVerdict.broken(count, head, previousHash, firstBadSeq, problem);
        }
        long reached = Math.max(storedHead, checkpoints.stream().mapToLong(ChainCheckpoint::seq).max().orElse(0));
        if (reached > head) {
            return ChainVerdict.broken(count, head, previousHash, head + 1, "audit.problem.truncated");
        }
        return ChainVerdict.intact(count, head, previousHash);
    }
}
