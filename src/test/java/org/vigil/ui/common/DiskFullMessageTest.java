package org.vigil.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.service.WorkstationPreferences;
import org.vigil.text.Messages;

/** Issue 14 item 4: a save that fails because the disk is full says so in the window, with what to do. */
@DisplayName("A full disk is named in the window, with what to do, never as an unexplained failure")
class DiskFullMessageTest {

    @TempDir
    Path dir;

    private String faultSentence(Locale language, RuntimeException thrown) {
        UiContext ui = new UiContext(language, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), ZoneOffset.UTC, Runnable::run, Runnable::run,
                new WorkstationPreferences(dir));
        AtomicReference<String> said = new AtomicReference<>();
        ui.background().run(() -> {
            throw thrown;
        }, done -> said.set("done"), said::set);
        return said.get();
    }

    /** As Database.write fails on a full disk: H2's IO error around the system's own words. */
    private static RuntimeException diskFull() {
        return new IllegalStateException("Database write failed", new UncheckedIOException(
                new IOException("IO Exception: \"java.io.IOException: No space left on device\" [90028-252]")));
    }

    @Test
    @DisplayName("English and Chinese: the disk is full, nothing saved before was lost, free space and try again; no restore")
    void diskFullSentence() {
        String english = faultSentence(Locale.ENGLISH, diskFull());
        assertThat(english).contains("disk is full").contains("Nothing saved before was lost").contains("Free some space")
                .doesNotContainIgnoringCase("restore");
        assertThat(faultSentence(Messages.CHINESE, diskFull())).contains("磁盘已满").contains("释放磁盘空间");
    }

    @Test
    @DisplayName("any other fault keeps the general sentence")
    void otherFault() {
        assertThat(faultSentence(Locale.ENGLISH, new IllegalStateException("boom"))).contains("Something went wrong");
    }
}
