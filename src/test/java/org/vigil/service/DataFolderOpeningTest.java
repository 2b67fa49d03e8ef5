package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testing.MutableClock;

@DisplayName("Opening a data folder")
class DataFolderOpeningTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TestClinic.MORNING);

    private DataFolderUnavailable openFails() {
        return catchThrowableOfType(DataFolderUnavailable.class, () -> Services.open(dir, clock).close());
    }

    private Path databaseFile() {
        return dir.resolve("vigil.mv.db");
    }

    private long databaseFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).count();
        }
    }

    @Test
    @DisplayName("DB-1 a second open of a folder already open in this process is refused as in use")
    void secondOpenInProcess() {
        try (TestClinic first = TestClinic.setUp(dir)) {
            DataFolderUnavailable refused = openFails();
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(DataFolderUnavailable.Reason.IN_USE);
            assertThat(first.services().setup().isSetUp()).isTrue();
        }
        try (Services again = Services.open(dir, clock)) {
            assertThat(again.setup().isSetUp()).isTrue();
        }
    }

    @Test
    @DisplayName("DB-1 a folder held open by another Vigil process is refused as in use")
    void openInAnotherProcess() throws Exception {
        try (ChildVigil other = new ChildVigil("hold", dir)) {
            assertThat(other.nextLine(30)).isEqualTo("ready");
            DataFolderUnavailable refused = openFails();
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(DataFolderUnavailable.Reason.IN_USE);
            assertThat(other.finish()).isZero();
        }
        try (Services after = Services.open(dir, clock)) {
            assertThat(after.setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
        }
    }

    @Test
    @DisplayName("a database file of garbage is reported damaged, left byte for byte, and not replaced")
    void garbageFile() throws Exception {
        TestClinic.setUp(dir).close();
        byte[] garbage = new byte[(int) Files.size(databaseFile())];
        new Random(42).nextBytes(garbage);
        Files.write(databaseFile(), garbage);
        DataFolderUnavailable refused = openFails();
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(DataFolderUnavailable.Reason.DAMAGED);
        assertThat(refused.path()).isEqualTo(databaseFile());
        assertThat(Files.readAllBytes(databaseFile())).isEqualTo(garbage);
        assertThat(databaseFiles()).isEqualTo(1);
    }

    @Test
    @DisplayName("an emptied database file is reported damaged, not made into a new empty clinic")
    void emptyFile() throws Exception {
        TestClinic.setUp(dir).close();
        Files.write(databaseFile(), new byte[0]);
        DataFolderUnavailable refused = openFails();
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(DataFolderUnavailable.Reason.DAMAGED);
        assertThat(Files.size(databaseFile())).isZero();
        assertThat(databaseFiles()).isEqualTo(1);
    }

    @Test
    @DisplayName("a folder with no database yet gets a new one, ready for first-run setup")
    void newFolder() {
        try (Services services = Services.open(dir.resolve("new"), clock)) {
            assertThat(services.setup().isSetUp()).isFalse();
            assertThat(Services.existsIn(dir.resolve("new"))).isTrue();
        }
    }
}
