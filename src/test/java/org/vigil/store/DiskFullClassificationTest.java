package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: a full disk is told from damage, wherever in the causes H2 puts it. */
@DisplayName("A full disk is recognised in a write's failure")
class DiskFullClassificationTest {

    @Test
    @DisplayName("H2's IO error carrying the system's 'No space left on device' (as Database.write wraps it)")
    void h2IoError() {
        SQLException h2 = new SQLException("IO Exception: \"java.io.IOException: No space left on device\"; \"/data/vigil.mv.db\" [90028-252]",
                "90028", 90028, new IOException("No space left on device"));
        assertThat(StoreException.diskFull(new StoreException("Database write failed", new RuntimeException(h2)))).isTrue();
    }

    @Test
    @DisplayName("only the message text says it (MVStore's file write failure), or a FileSystemException's reason, or a quota")
    void otherForms() {
        assertThat(StoreException.diskFull(new StoreException("x", new IllegalStateException(
                "Writing to nio:/data/vigil.mv.db failed; length 4096 at 81920 [2.5.252/2] No space left on device")))).isTrue();
        assertThat(StoreException.diskFull(new FileSystemException("/data/vigil.mv.db", null, "No space left on device"))).isTrue();
        assertThat(StoreException.diskFull(new IOException("Disk quota exceeded"))).isTrue();
        assertThat(StoreException.diskFull(new IOException("There is not enough space on the disk"))).isTrue();
    }

    @Test
    @DisplayName("damage, a lock or a bug is not a full disk")
    void notDiskFull() {
        assertThat(StoreException.diskFull(new StoreException("Database write failed", new SQLException("File corrupted while reading record")))).isFalse();
        assertThat(StoreException.diskFull(new IllegalStateException("boom"))).isFalse();
        assertThat(StoreException.diskFull(new IOException((String) null))).isFalse();
    }
}
