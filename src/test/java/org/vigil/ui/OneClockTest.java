package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 10: one 24-hour clock in the clinic's language everywhere. Screens once wrote
 * times a dozen ways ("12/7/26, 10:20 PM" beside "22:36:46"); every time, date and duration now
 * goes through org.vigil.text.TimeWords, so a formatter of a screen's own is a regression.
 */
class OneClockTest {

    private static final Path UI = Path.of("src/main/java/org/vigil/ui");
    /** Every screen package: times, dates and durations come from TimeWords (issue 15, item 10). */
    private static final List<String> CHECKED = List.of("admin", "settings", "patients", "register", "report", "lock", "shell",
            "login", "board", "session", "day", "alarm", "setup");
    private static final Pattern OWN_FORMAT = Pattern.compile("DateTimeFormatter|FormatStyle|ofPattern|SimpleDateFormat");

    @Test
    @DisplayName("no screen in the checked packages formats a time or date itself")
    void noOwnFormatters() throws IOException {
        List<String> found = CHECKED.stream().flatMap(pkg -> javaFiles(UI.resolve(pkg))).flatMap(OneClockTest::offendingLines).toList();
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("the services word no moment for people either: a refusal carries the moment, the reader's language writes it")
    void servicesFormatNoMomentsForPeople() throws IOException {
        assertThat(offendingLines(Path.of("src/main/java/org/vigil/service/Accounts.java")).toList()).isEmpty();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> offendingLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size()).filter(i -> OWN_FORMAT.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
