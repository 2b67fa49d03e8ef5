package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.service.TestClinic;
import picocli.CommandLine;

/**
 * Issue 14 item 4: every error of a command is a sentence with an exit code, never a stack trace
 * or a usage page, whatever the operator typed.
 */
@DisplayName("CLI errors are sentences with an exit code, never a stack trace")
class CommandErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** One or two lines of words: no Java frames, no exception class names, no usage page. */
    private static void sentences(Cli.Run run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Usage:");
        assertThat(run.err().strip().lines()).hasSizeBetween(1, 2);
    }

    @Test
    @DisplayName("benchmark --readings 0: what is allowed, exit 2")
    void benchmarkZeroReadings() {
        Cli.Run run = Cli.run(CLOCK, "--data-dir", dir.toString(), "benchmark", "--readings", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--readings must be at least 1").contains("vigil benchmark --help");
        sentences(run);
    }

    @Test
    @DisplayName("verify --data-dir naming a file, with and without --demo: it is a file, not a folder, exit 2")
    void dataDirIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        for (List<String> args : List.of(List.of("verify", "--data-dir", file.toString()),
                List.of("--demo", "verify", "--data-dir", file.toString()))) {
            Cli.Run run = Cli.run(CLOCK, args.toArray(String[]::new));
            assertThat(run.exit()).as(args.toString()).isEqualTo(2);
            assertThat(run.err()).contains(file + " is a file, not a folder");
            sentences(run);
        }
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    @DisplayName("--data-dir '' is refused, never taken for the current folder: exit 2, nothing created")
    void emptyDataDir() throws IOException {
        Cli.Run run = Cli.run(CLOCK, "--demo", "verify", "--data-dir", "");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--data-dir is empty");
        sentences(run);
        assertThat(Files.exists(Path.of("demo"))).as("no demo clinic in the current folder").isFalse();
    }

    @Test
    @DisplayName("a read-only data folder: Vigil cannot write there, exit 1 (as root every folder is writable, so this runs as another user)")
    void readOnlyFolder() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes anywhere; see the README for the manual check");
        try (TestClinic clinic = TestClinic.setUp(dir.resolve("clinic"))) {
            // set up, then closed
        }
        Path folder = dir.resolve("clinic");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Cli.Run run = Cli.run(CLOCK, "verify", "--data-dir", folder.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("cannot write in " + folder).contains("read-only");
            sentences(run);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    @DisplayName("a folder name Java cannot turn into a path (a NUL character, as an unmappable name is): a sentence, exit 2")
    void invalidPathOption() {
        Cli.Run run = Cli.run(CLOCK, "verify", "--data-dir", "/tmp/bad\u0000name");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be used on this system");
        sentences(run);
    }

    @Test
    @DisplayName("VIGIL_HOME that is not a valid path: the same sentence, exit 2")
    void invalidVigilHome() {
        StringWriter err = new StringWriter();
        CommandLine line = VigilCommand.commandLine(new VigilCommand(CLOCK, Map.of("VIGIL_HOME", "/tmp/bad\u0000home"),
                (d, demo, language) -> 0), d -> { });
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(line.execute("verify")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot be used on this system").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("the window started where there is no desktop (DISPLAY unset, over ssh): says so and points at the commands, exit 1")
    void noDisplay() {
        // What JavaFX's GTK glass throws when it cannot open the X display (found by running java -jar vigil.jar with DISPLAY unset).
        Cli.Run run = Cli.run(CLOCK, (d, demo, language) -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("desktop").contains("vigil --help").doesNotContain("failed unexpectedly");
        sentences(run);
    }

    @Test
    @DisplayName("the window opened without building the commands fails as under picocli: no desktop said so, exit 1")
    void noDisplayWithoutPicocli() {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = VigilCommand.openWindow((d, demo, language) -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, dir, false, null, new java.io.PrintWriter(err, true));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("desktop").contains("vigil --help").doesNotContain("failed unexpectedly").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("anything nobody foresaw at the top level: one sentence pointing at the log, exit 1")
    void uncaughtAtTopLevel() {
        Cli.Run run = Cli.run(CLOCK, (d, demo, language) -> {
            throw new IllegalStateException("something deep inside went wrong");
        }, "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("failed unexpectedly").contains("log").doesNotContain("something deep inside");
        sentences(run);
    }

    @Test
    @DisplayName("a folder name in characters the system's encoding cannot hold (LC_ALL=C): a sentence, exit 2, in a real process")
    void unmappableNameInAsciiLocale() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "org.vigil.Main",
                "verify", "--data-dir", dir.resolve("诊所数据").toString()));
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        builder.environment().remove("VIGIL_HOME");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isEqualTo(2);
        assertThat(printed).contains("cannot be used on this system").doesNotContain("\tat ").doesNotContain("Usage:");
    }
}
