package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generated-data mode (`vigil benchmark --clinic-years`) skips the per-commit
 * sync of that opening only: the next opening of the folder syncs every write again, with H2's
 * write delay back at the URL's 0.
 */
@DisplayName("Writes without a sync for generated data last until the database is closed")
class GeneratedDataWritesTest {

    private static final Instant NINE = Instant.parse("2025-03-03T09:00:00Z");

    @TempDir
    Path dir;

    /** H2 lists the setting more than once (as set, and as in force): each must say the same. */
    private static String writeDelay(Database database) {
        java.util.List<String> values = database.read(tx -> tx.handle().createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'WRITE_DELAY'").mapTo(String.class).list());
        assertThat(values).isNotEmpty();
        assertThat(new java.util.HashSet<>(values)).as(values.toString()).hasSize(1);
        return values.getFirst();
    }

    private static void event(Database database, String action) {
        database.write(tx -> {
            new AuditTrail().append(tx, new AuditTrail.Entry(null, "admin", action, "clinic", "1", null, null, null), NINE);
            return null;
        });
    }

    @Test
    @DisplayName("generated writes are committed with their audit event but not synced; reopened, every write is synced again")
    void onlyForThatOpening() {
        try (Database database = Database.open(dir)) {
            assertThat(writeDelay(database)).isEqualTo("0");
            database.skipDiskSyncForGeneratedData(500);
            assertThat(writeDelay(database)).isEqualTo("500");
            event(database, "GENERATED");
            assertThat(database.syncedWrites()).isZero();
        }
        try (Database database = Database.open(dir)) {
            assertThat(writeDelay(database)).isEqualTo("0");
            long generated = database.read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'GENERATED'")
                    .mapTo(Long.class).one());
            assertThat(generated).isEqualTo(1L);
            event(database, "CLINIC_WRITE");
            assertThat(database.syncedWrites()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("compaction deferred for generated data runs neither after writes nor at close; the next opening compacts again")
    void deferredCompactionOnlyForThatOpening() throws Exception {
        try (Database database = Database.open(dir)) {
            database.deferCompactionForGeneratedData();
            // The opening's own run may have a slice under way: it ends before this look, and no slice starts after it.
            database.betweenChunkWrites(() -> { });
            long openingSlices = database.compactionSlices();
            for (int i = 0; i < 200; i++) {
                event(database, "GENERATED");
            }
            assertThat(database.compactionSlices()).isEqualTo(openingSlices);
        }
        long closed = java.nio.file.Files.size(Database.fileIn(dir));
        Database.compactClosed(dir);
        assertThat(java.nio.file.Files.size(Database.fileIn(dir))).as("compacted after closing").isLessThan(closed / 2);
        try (Database database = Database.open(dir)) {
            for (int i = 0; i < 200 && database.compactionSlices() == 0; i++) {
                event(database, "CLINIC_WRITE");
                Thread.sleep(5);
            }
            assertThat(database.compactionSlices()).as("compaction after the clinic's writes").isPositive();
        }
    }
}
