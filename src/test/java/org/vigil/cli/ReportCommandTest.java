package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.service.ReportedMorning;
import org.vigil.service.TestClinic;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;
import org.vigil.testing.PdfPages;

@DisplayName("vigil report session and vigil report day")
class ReportCommandTest {

    @TempDir
    static Path seeded;
    private static List<Long> sessions;

    @TempDir
    Path root;
    private Path dataDir;
    private Path pdf;
    private final MutableClock clock = new MutableClock(TestClinic.MORNING.plusSeconds(8 * 3600));
    private Locale machineLocale;

    /** One morning seeded once (two sessions run minute by minute take a while), copied for each test. */
    @BeforeAll
    static void aMorning() {
        sessions = ReportedMorning.seed(seeded.resolve("clinic"));
    }

    @BeforeEach
    void copy() throws Exception {
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        dataDir = root.resolve("clinic");
        try (var files = Files.walk(seeded.resolve("clinic"))) {
            for (Path from : files.toList()) {
                Path to = dataDir.resolve(seeded.resolve("clinic").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        pdf = root.resolve("report.pdf");
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(machineLocale);
    }

    private Cli.Run vigil(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return Cli.run(clock, all.toArray(String[]::new));
    }

    private static void oneLine(Cli.Run run, String says) {
        assertThat(run.err().strip()).as("one line, no stack trace").contains(says).doesNotContain("\n").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    private String lastAudit() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dataDir)) {
            return String.join(" | ", raw.rows("SELECT action, username, new_value FROM audit_event ORDER BY seq DESC LIMIT 1").getFirst());
        }
    }

    @Test
    @DisplayName("SIG-4 DIS-2 a session's report to a new PDF: the values of the session, the line says where, and the print is audited")
    void sessionReport() throws Exception {
        long grace = sessions.getFirst();
        Cli.Run run = vigil("report", "session", String.valueOf(grace), "--to", pdf.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Session report of session " + grace + " printed to " + pdf.toAbsolutePath() + ": 2 pages; audit chain head ");
        String text = PdfPages.text(Files.readAllBytes(pdf)).replaceAll("\\s+", " ");
        assertThat(text).contains("Okafor, Grace", "56 mg (2 devices)", "LOT-A1", "172/96", "ready to leave at 09:00 (60 min after the dose",
                "Printed by cli:" + System.getProperty("user.name"));
        assertThat(lastAudit()).startsWith("REPORT_PRINTED | cli:" + System.getProperty("user.name")).contains("kind=SESSION",
                "sessions=[" + grace + "]");
    }

    @Test
    @DisplayName("the daily clinic log, and with --sessions the day's reports in one PDF, in Chinese with --lang zh")
    void day() throws Exception {
        Cli.Run log = vigil("report", "day", "2025-03-03", "--to", pdf.toString(), "--lang", "zh");
        assertThat(log.exit()).as(log.err()).isZero();
        assertThat(log.out()).contains("每日门诊日志已打印到", "2 次治疗");
        assertThat(PdfPages.text(Files.readAllBytes(pdf))).contains("每日门诊日志", "张伟");
        assertThat(lastAudit()).contains("kind=DAY_LOG");

        Path batch = root.resolve("day.pdf");
        Cli.Run reports = vigil("report", "day", "2025-03-03", "--sessions", "--to", batch.toString());
        assertThat(reports.exit()).as(reports.err()).isZero();
        assertThat(reports.out()).contains("Session reports printed to " + batch.toAbsolutePath() + ": 2 sessions on 4 pages");
        assertThat(PdfPages.text(Files.readAllBytes(batch))).contains("Okafor, Grace", "张伟", "sheet 4 of 4");
        assertThat(lastAudit()).contains("kind=DAY_SESSIONS", "sessions=" + sessions);
    }

    @Test
    @DisplayName("a missing or wrong session number, a bad date, a wrong language or no --to is one line and exit 2; nothing is written or audited")
    void wrongOptions() throws Exception {
        String before = lastAudit();
        oneLine(vigil("report", "session", "--to", pdf.toString()), "Give the session’s number: vigil report session ID --to FILE.pdf");
        oneLine(vigil("report", "session", "twelve", "--to", pdf.toString()), "Not a session number: twelve.");
        assertThat(vigil("report", "session", "-3", "--to", pdf.toString()).exit()).isEqualTo(2);
        oneLine(vigil("report", "session", "1"), "Give the PDF file to write with --to FILE.pdf.");
        oneLine(vigil("report", "day", "2025-02-30", "--to", pdf.toString()), "Not a date: 2025-02-30. Write dates as YYYY-MM-DD.");
        oneLine(vigil("report", "day", "--to", pdf.toString()), "Give the day: vigil report day YYYY-MM-DD --to FILE.pdf");
        oneLine(vigil("report", "day", "2025-03-03", "--to", pdf.toString(), "--lang", "fr"), "The language must be en or zh, not fr.");
        assertThat(vigil("report", "day", "3 March", "--to", pdf.toString()).exit()).isEqualTo(2);
        assertThat(pdf).doesNotExist();
        assertThat(lastAudit()).isEqualTo(before);
    }

    @Test
    @DisplayName("an unknown session and a day without sessions are refused: one line, exit 1, no file")
    void refused() {
        Cli.Run unknown = vigil("report", "session", "9999", "--to", pdf.toString());
        assertThat(unknown.exit()).isEqualTo(VigilCommand.FAILED);
        oneLine(unknown, "There is no session 9999.");
        Cli.Run empty = vigil("report", "day", "2025-03-04", "--sessions", "--to", pdf.toString());
        assertThat(empty.exit()).isEqualTo(VigilCommand.FAILED);
        oneLine(empty, "No session began on 2025-03-04");
        assertThat(pdf).doesNotExist();
    }

    @Test
    @DisplayName("an existing file is never overwritten, and a folder that does not exist is named: one line, exit 2")
    void unusableFile() throws Exception {
        Files.writeString(pdf, "yesterday's report");
        Cli.Run existing = vigil("report", "session", String.valueOf(sessions.getFirst()), "--to", pdf.toString());
        assertThat(existing.exit()).isEqualTo(2);
        oneLine(existing, pdf.toAbsolutePath() + " exists already. Choose another file name: a printed report is never overwritten.");
        assertThat(Files.readString(pdf)).isEqualTo("yesterday's report");
        Path nowhere = root.resolve("no-such-folder").resolve("log.pdf");
        Cli.Run missing = vigil("report", "day", "2025-03-03", "--to", nowhere.toString());
        assertThat(missing.exit()).isEqualTo(2);
        oneLine(missing, "The folder " + nowhere.getParent().toAbsolutePath() + " does not exist.");
    }
}
