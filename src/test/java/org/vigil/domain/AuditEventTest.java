package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Audit event hash")
class AuditEventTest {

    private static final Instant AT = Instant.parse("2025-03-03T09:15:00.123456Z");
    private static final String PREV = "ab".repeat(32);
    static final ChainKey KEY = new ChainKey("the clinic's chain key, 32 bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
    private static final AuditEvent ORIGINAL = event(12, AT, 7L, "drchen", "SETTING_CHANGED", "setting",
            "obs.minimumMinutes", "120 (v1)", "150 (v2)", "longer observation after review", PREV);

    private static AuditEvent event(long seq, Instant at, Long userId, String username, String action, String entityType,
                                    String entityId, String oldValue, String newValue, String reason, String prevHash) {
        String hash = AuditEvent.computeHash(KEY, seq, at, userId, username, action, entityType, entityId, oldValue, newValue, reason,
                null, prevHash);
        return new AuditEvent(seq, at, userId, username, action, entityType, entityId, oldValue, newValue, reason, null, prevHash, hash);
    }

    static Stream<Arguments> oneFieldChanged() {
        AuditEvent o = ORIGINAL;
        return Stream.of(
                Arguments.of("seq", event(13, o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("at", event(o.seq(), AT.plusNanos(1000), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("userId", event(o.seq(), o.at(), 8L, o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("userId null", event(o.seq(), o.at(), null, o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("username", event(o.seq(), o.at(), o.userId(), "drlee", o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("action", event(o.seq(), o.at(), o.userId(), o.username(), "SETTING_VIEWED", o.entityType(), o.entityId(), o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("entityType", event(o.seq(), o.at(), o.userId(), o.username(), o.action(), "user", o.entityId(), o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("entityId", event(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), "obs.hepaticExtraMinutes", o.oldValue(), o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("oldValue", event(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(), "121 (v1)", o.newValue(), o.reason(), o.prevHash())),
                Arguments.of("newValue", event(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), "90 (v2)", o.reason(), o.prevHash())),
                Arguments.of("reason", event(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), "typo", o.prevHash())),
                Arguments.of("reason null", event(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), null, o.prevHash())),
                Arguments.of("prevHash", event(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(), o.oldValue(), o.newValue(), o.reason(), "cd".repeat(32))));
    }

    @ParameterizedTest(name = "changing {0} changes the hash")
    @MethodSource("oneFieldChanged")
    @DisplayName("SIG-4 the hash covers every field of the event")
    void everyFieldIsCovered(String field, AuditEvent changed) {
        assertThat(changed.hash()).isNotEqualTo(ORIGINAL.hash());
    }

    @Test
    @DisplayName("SIG-4 the hash is keyed: without the clinic's key nobody can recompute it")
    void keyed() {
        ChainKey other = new ChainKey("another clinic's key of 32 bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
        assertThat(ORIGINAL.expectedHash(other)).isNotEqualTo(ORIGINAL.hash());
        String plain = ContentHash.of(PREV, 12L, AT, 7L, "drchen", "SETTING_CHANGED", "setting", "obs.minimumMinutes", "120 (v1)",
                "150 (v2)", "longer observation after review");
        assertThat(ORIGINAL.hash()).isNotEqualTo(plain);
    }

    @Test
    @DisplayName("SIG-4 the hash covers the seals of the rows the event wrote")
    void rowsAreCovered() {
        AuditEvent o = ORIGINAL;
        AuditEvent sealed = new AuditEvent(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(),
                o.oldValue(), o.newValue(), o.reason(), "12".repeat(32), o.prevHash(), o.hash());
        assertThat(sealed.expectedHash(KEY)).isNotEqualTo(o.hash());
    }

    @Test
    @DisplayName("SIG-4 events written before the chain had a key keep their plain SHA-256")
    void beforeTheKey() {
        ChainKey keyedLater = new ChainKey(KEY.key(), 100);
        String plain = ContentHash.of(PREV, 12L, AT, 7L, "drchen", "SETTING_CHANGED", "setting", "obs.minimumMinutes", "120 (v1)",
                "150 (v2)", "longer observation after review");
        AuditEvent o = ORIGINAL;
        AuditEvent old = new AuditEvent(o.seq(), o.at(), o.userId(), o.username(), o.action(), o.entityType(), o.entityId(),
                o.oldValue(), o.newValue(), o.reason(), null, o.prevHash(), plain);
        assertThat(old.expectedHash(keyedLater)).isEqualTo(plain);
    }

    @Test
    @DisplayName("SIG-4 the hash is SHA-256 in hex and the same for the same content")
    void stableSha256() {
        assertThat(ORIGINAL.hash()).matches("[0-9a-f]{64}");
        assertThat(ORIGINAL.expectedHash(KEY)).isEqualTo(ORIGINAL.hash());
    }

    @Test
    @DisplayName("SIG-4 moving text from one field to the next changes the hash (fields are length-prefixed)")
    void fieldBoundariesCount() {
        AuditEvent a = event(1, AT, 7L, "dr", "chenX", "user", "1", null, null, null, AuditEvent.GENESIS);
        AuditEvent b = event(1, AT, 7L, "drchen", "X", "user", "1", null, null, null, AuditEvent.GENESIS);
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    @DisplayName("SIG-4 an event whose stored content differs from what was hashed fails its own check")
    void editedEventFailsItsCheck() {
        AuditEvent edited = new AuditEvent(ORIGINAL.seq(), ORIGINAL.at(), ORIGINAL.userId(), ORIGINAL.username(), ORIGINAL.action(),
                ORIGINAL.entityType(), ORIGINAL.entityId(), ORIGINAL.oldValue(), "480 (v2)", ORIGINAL.reason(), null, ORIGINAL.prevHash(), ORIGINAL.hash());
        assertThat(edited.expectedHash(KEY)).isNotEqualTo(edited.hash());
    }

    @Test
    @DisplayName("SIG-4 a missing value and any text in its place hash differently")
    void nullIsNotAnyText() {
        java.time.Instant at = java.time.Instant.parse("2025-03-03T08:00:00Z");
        String withNull = AuditEvent.computeHash(KEY, 1, at, null, "admin", "LOGIN", "user", "1", null, null, null, null, AuditEvent.GENESIS);
        for (String text : new String[] {"", "\u2400", "~", "null"}) {
            assertThat(AuditEvent.computeHash(KEY, 1, at, null, "admin", "LOGIN", "user", "1", text, null, null, null, AuditEvent.GENESIS))
                    .isNotEqualTo(withNull);
        }
    }
}
