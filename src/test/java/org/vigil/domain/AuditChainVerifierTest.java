package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Audit chain verifier")
class AuditChainVerifierTest {

    private static final Instant NINE = Instant.parse("2025-03-03T09:00:00Z");

    /** A well-formed chain of n events, as the audit trail writes it. */
    private static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = AuditEvent.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            events.add(event(seq, NINE.plus(Duration.ofMinutes(seq)), "nurse.li", "BP recorded " + seq, prev));
            prev = events.getLast().hash();
        }
        return events;
    }

    private static AuditEvent event(long seq, Instant at, String user, String newValue, String prev) {
        String hash = AuditEvent.computeHash(AuditEventTest.KEY, seq, at, 7L, user, "VITALS_RECORDED", "session", "42", null, newValue,
                null, null, prev);
        return new AuditEvent(seq, at, 7L, user, "VITALS_RECORDED", "session", "42", null, newValue, null, null, prev, hash);
    }

    private static AuditEvent withNewValue(AuditEvent e, String newValue) {
        return new AuditEvent(e.seq(), e.at(), e.userId(), e.username(), e.action(), e.entityType(), e.entityId(),
                e.oldValue(), newValue, e.reason(), e.rowsDigest(), e.prevHash(), e.hash());
    }

    private static ChainVerdict verify(List<AuditEvent> events, long storedHead, ChainCheckpoint... checkpoints) {
        AuditChainVerifier verifier = new AuditChainVerifier(List.of(checkpoints), AuditEventTest.KEY);
        events.forEach(verifier::accept);
        return verifier.verdict(storedHead);
    }

    private static ChainCheckpoint checkpointAt(AuditEvent e) {
        return new ChainCheckpoint(e.seq(), e.hash(), e.at(), "shutdown");
    }

    @Test
    @DisplayName("SIG-4 an untouched chain is intact and reports its head")
    void intact() {
        List<AuditEvent> events = chain(5);
        ChainVerdict verdict = verify(events, 5, checkpointAt(events.get(2)), checkpointAt(events.get(4)));
        assertThat(verdict).isEqualTo(ChainVerdict.intact(5, 5, events.getLast().hash()));
    }

    @Test
    @DisplayName("SIG-4 an empty chain is intact with head 0")
    void empty() {
        assertThat(verify(List.of(), 0)).isEqualTo(ChainVerdict.intact(0, 0, AuditEvent.GENESIS));
    }

    @Test
    @DisplayName("SIG-4 an edited event is named with problem content; later events are still counted")
    void edited() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.set(2, withNewValue(events.get(2), "BP 120/80 changed to 150/95"));
        ChainVerdict verdict = verify(events, 5);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBadSeq()).isEqualTo(3);
        assertThat(verdict.problem()).isEqualTo("audit.problem.content");
        assertThat(verdict.eventsChecked()).isEqualTo(5);
        assertThat(verdict.head()).isEqualTo(2);
    }

    @Test
    @DisplayName("SIG-4 an edit with a recomputed hash breaks the next link")
    void editedAndRehashed() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        AuditEvent original = events.get(2);
        events.set(2, event(3, original.at(), "nurse.li", "forged", original.prevHash()));
        ChainVerdict verdict = verify(events, 5);
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.link");
    }

    @Test
    @DisplayName("SIG-4 a deleted event is named as missing")
    void deleted() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.remove(2);
        ChainVerdict verdict = verify(events, 5);
        assertThat(verdict.firstBadSeq()).isEqualTo(3);
        assertThat(verdict.problem()).isEqualTo("audit.problem.missing");
    }

    @Test
    @DisplayName("SIG-4 a repeated sequence number is a reordering")
    void repeated() {
        List<AuditEvent> events = new ArrayList<>(chain(3));
        events.add(events.get(1));
        ChainVerdict verdict = verify(events, 3);
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.order");
    }

    @Test
    @DisplayName("SIG-4 two events whose contents were swapped break the link at the first of them")
    void swapped() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        AuditEvent second = events.get(1);
        AuditEvent third = events.get(2);
        events.set(1, new AuditEvent(2, third.at(), third.userId(), third.username(), third.action(), third.entityType(),
                third.entityId(), third.oldValue(), third.newValue(), third.reason(), null, third.prevHash(), third.hash()));
        events.set(2, new AuditEvent(3, second.at(), second.userId(), second.username(), second.action(), second.entityType(),
                second.entityId(), second.oldValue(), second.newValue(), second.reason(), null, second.prevHash(), second.hash()));
        ChainVerdict verdict = verify(events, 5);
        assertThat(verdict.firstBadSeq()).isEqualTo(2);
        assertThat(verdict.problem()).isEqualTo("audit.problem.link");
    }

    @Test
    @DisplayName("SIG-4 a tail cut off below the stored head is truncated at head + 1")
    void truncatedBelowStoredHead() {
        List<AuditEvent> events = chain(5).subList(0, 3);
        ChainVerdict verdict = verify(events, 5);
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.truncated");
    }

    @Test
    @DisplayName("SIG-4 a tail cut off with the head record moved back is still caught by a checkpoint")
    void truncatedBelowCheckpoint() {
        List<AuditEvent> full = chain(5);
        ChainVerdict verdict = verify(full.subList(0, 3), 3, checkpointAt(full.get(4)));
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.truncated");
    }

    @Test
    @DisplayName("SIG-4 a chain rebuilt from a point differs from the checkpoint there: rewritten")
    void rewritten() {
        List<AuditEvent> original = chain(4);
        List<AuditEvent> rebuilt = new ArrayList<>(original.subList(0, 2));
        rebuilt.add(event(3, original.get(2).at(), "nurse.li", "forged", original.get(1).hash()));
        rebuilt.add(event(4, original.get(3).at(), "nurse.li", "forged too", rebuilt.get(2).hash()));
        ChainVerdict verdict = verify(rebuilt, 4, checkpointAt(original.get(3)));
        assertThat(verdict.firstBadSeq()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("audit.problem.rewritten");
    }
}
