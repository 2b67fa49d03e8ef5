package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.service.PeriodClinic;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;
import org.vigil.testing.PdfPages;

@DisplayName("vigil report month")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthReportCommandTest {

    private Path root;
    private Path dataDir;
    private MutableClock clock;
    private Locale machineLocale;

    @BeforeAll
    void marchAtTheClinic(@TempDir Path dir) {
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        root = dir;
        dataDir = dir.resolve("clinic");
        try (PeriodClinic clinic = PeriodClinic.open(dataDir)) {
            clock = new MutableClock(clinic.clinic.clock.instant());
        }
    }

    @AfterAll
    void restoreLocale() {
        Locale.setDefault(machineLocale);
    }

    private Cli.Run vigil(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return Cli.run(clock, all.toArray(String[]::new));
    }

    private static void oneLine(Cli.Run run, String says) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).as("one line, no stack trace").contains(says).doesNotContain("\n").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("SIG-4 writes March's report to a new PDF with its figures, says where, and audits the print with the chain head")
    void writesTheMonth() throws Exception {
        Path pdf = root.resolve("march.pdf");
        Cli.Run run = vigil("report", "month", "2025-03", "--to", pdf.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Clinic report for 2025-03 written to " + pdf.toAbsolutePath(), "5 sessions; audit chain head ");
        String text = PdfPages.text(Files.readAllBytes(pdf));
        assertThat(text).contains("Clinic report", "Period 1 Mar 2025 to 31 Mar 2025", "Person nurse.li", "Chest pain, ambulance called",
                "Printed by cli:" + System.getProperty("user.name"));
        try (RawDatabase raw = RawDatabase.open(dataDir)) {
            assertThat(raw.rows("SELECT action, username, new_value FROM audit_event ORDER BY seq DESC LIMIT 1").getFirst())
                    .startsWith("PERIOD_REPORT_PRINTED", "cli:" + System.getProperty("user.name"))
                    .anySatisfy(v -> assertThat(v).contains("period=2025-03-01..2025-03-31", "sessions=5"));
        }
    }

    @Test
    @DisplayName("--lang zh writes the report in Chinese")
    void chinese() throws Exception {
        Path pdf = root.resolve("march-zh.pdf");
        assertThat(vigil("report", "month", "2025-03", "--to", pdf.toString(), "--lang", "zh").exit()).isZero();
        assertThat(PdfPages.text(Files.readAllBytes(pdf))).contains("诊所报表", "给药后血压检查", "第 1 页");
    }

    @Test
    @DisplayName("A wrong month, a missing --to or a wrong language: exit 2 with one line, nothing written")
    void wrongValues() {
        Path pdf = root.resolve("never.pdf");
        oneLine(vigil("report", "month", "2025-13", "--to", pdf.toString()), "Not a month: 2025-13. Write the month as YYYY-MM");
        oneLine(vigil("report", "month", "March", "--to", pdf.toString()), "Not a month: March.");
        oneLine(vigil("report", "month", "--to", pdf.toString()), "Write the month as YYYY-MM");
        oneLine(vigil("report", "month", "2025-03"), "Give the PDF file to write with --to FILE.pdf.");
        oneLine(vigil("report", "month", "2025-03", "--to", pdf.toString(), "--lang", "fr"), "The language must be en or zh, not fr.");
        assertThat(pdf).doesNotExist();
    }

    @Test
    @DisplayName("An existing file is never overwritten, a missing folder or a folder that is a file is said: exit 2, one line")
    void badPaths() throws Exception {
        Path existing = Files.writeString(root.resolve("kept.pdf"), "an earlier report");
        oneLine(vigil("report", "month", "2025-03", "--to", existing.toString()), "exists already");
        assertThat(Files.readString(existing)).isEqualTo("an earlier report");
        Path nowhere = root.resolve("no-such-folder").resolve("march.pdf");
        oneLine(vigil("report", "month", "2025-03", "--to", nowhere.toString()), "does not exist");
        Path underAFile = existing.resolve("march.pdf");
        oneLine(vigil("report", "month", "2025-03", "--to", underAFile.toString()), "does not exist");
    }
}
