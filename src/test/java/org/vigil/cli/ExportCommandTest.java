package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Role;
import org.vigil.service.TestClinic;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;
import org.vigil.testing.Stockroom;

/** `vigil export` over a clinic whose nurses received two lots of nasal devices on 3 March, witnessed. */
@DisplayName("vigil export")
class ExportCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @TempDir
    Path root;
    private Path dataDir;
    private Path csv;
    private final MutableClock clock = new MutableClock(TestClinic.MORNING);
    private Locale machineLocale;

    @BeforeEach
    void clinicWithStock() {
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        dataDir = root.resolve("clinic");
        csv = root.resolve("register-march.csv");
        try (TestClinic clinic = TestClinic.setUp(dataDir)) {
            var nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
            var witness = clinic.person("nurse.wang", "the second nurse counts twice", Role.NURSE);
            Stockroom.nasal(clinic.services(), nurse, witness, "the second nurse counts twice", TODAY, "LOT-A1", "LOT-B7");
        }
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

    private List<String> lines(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return List.of(text.substring(1).split("\r\n"));
    }

    @Test
    @DisplayName("EXP-1 SIG-4 writes the month's register entries to a new CSV, says where, how many rows and the chain head, and audits the export")
    void exportsRegister() throws Exception {
        Cli.Run run = vigil("export", "register", "--from", "2025-03-01", "--until", "2025-03-31", "--to", csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported to " + csv.toAbsolutePath() + ": 2 rows; audit chain head ");
        List<String> lines = lines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("Entry No.,Written at,Happened at,Product,Lot,Expiry,Entry,Units (+ in, - out)"
                .replace("Units (+ in, - out)", "\"Units (+ in, - out)\""));
        assertThat(lines.get(1)).contains("Esketamine nasal spray 28 mg", "LOT-A1", "RECEIPT", "Person nurse.li", "Person nurse.wang");
        try (RawDatabase raw = RawDatabase.open(dataDir)) {
            assertThat(raw.rows("SELECT action, username, new_value FROM audit_event ORDER BY seq DESC LIMIT 1").getFirst())
                    .startsWith("RECORDS_EXPORTED", "cli:" + System.getProperty("user.name"))
                    .anySatisfy(v -> assertThat(v).contains("kind=REGISTER; period=2025-03-01..2025-03-31; deidentified=false; rows=2"));
        }
    }

    @Test
    @DisplayName("EXP-1 --deidentified --lang zh: Chinese headers, staff as keys, and the answer in Chinese")
    void deidentifiedInChinese() throws Exception {
        Path audit = root.resolve("audit.csv");
        Cli.Run run = vigil("export", "audit", "--from", "2025-03-03", "--until", "2025-03-03", "--to", audit.toString(), "--deidentified",
                "--lang", "zh");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("已导出到", "，已去标识化");
        List<String> lines = lines(audit);
        assertThat(lines.getFirst()).isEqualTo("时间,用户,操作,记录类型,记录");
        assertThat(String.join("\n", lines)).doesNotContain("nurse.li", "Person", "admin").contains("USER_CREATED", "REGISTER_RECEIPT")
                .containsPattern(",U-[0-9a-f]{12},");
    }

    @Test
    @DisplayName("EXP-1 an unknown kind, a wrong date, language or missing option, a reversed period: one line and exit 2; nothing is written")
    void wrongOptions() {
        oneLine(vigil("export", "patients", "--from", "2025-03-01", "--until", "2025-03-31", "--to", csv.toString()),
                "Export sessions, readings, register or audit, not patients.");
        oneLine(vigil("export", "--from", "2025-03-01", "--until", "2025-03-31", "--to", csv.toString()),
                "Choose what to export: sessions, readings, register entries or audit events.");
        oneLine(vigil("export", "sessions", "--from", "2025-02-30", "--until", "2025-03-31", "--to", csv.toString()),
                "Not a date: 2025-02-30. Write dates as YYYY-MM-DD.");
        oneLine(vigil("export", "sessions", "--from", "2025-03-01", "--to", csv.toString()), "Give the first and the last day of the period.");
        oneLine(vigil("export", "sessions", "--from", "2025-03-01", "--until", "2025-03-31"), "Give the CSV file to write with --to FILE.csv.");
        oneLine(vigil("export", "sessions", "--from", "2025-03-01", "--until", "2025-03-31", "--to", csv.toString(), "--lang", "fr"),
                "The language must be en or zh, not fr.");
        Cli.Run reversed = vigil("export", "readings", "--from", "2025-03-31", "--until", "2025-03-01", "--to", csv.toString());
        oneLine(reversed, "The period cannot start on 2025-03-31, after its last day 2025-03-01.");
        Cli.Run zh = vigil("export", "readings", "--from", "31/03/2025", "--until", "2025-03-01", "--to", csv.toString(), "--lang", "zh");
        oneLine(zh, "不是日期：31/03/2025。日期请写作 YYYY-MM-DD。");
        for (Cli.Run run : List.of(reversed, zh, vigil("export", "audit", "--from", "x", "--until", "y", "--to", csv.toString()))) {
            assertThat(run.exit()).isEqualTo(2);
        }
        assertThat(csv).doesNotExist();
    }

    @Test
    @DisplayName("EXP-1 an existing file is never overwritten, and a folder that does not exist is named: one line, exit 2")
    void unusableFile() throws Exception {
        Files.writeString(csv, "last month's export");
        Cli.Run existing = vigil("export", "register", "--from", "2025-03-01", "--until", "2025-03-31", "--to", csv.toString());
        assertThat(existing.exit()).isEqualTo(2);
        oneLine(existing, csv.toAbsolutePath() + " exists already. Choose another file name");
        assertThat(Files.readString(csv)).isEqualTo("last month's export");

        Path nowhere = root.resolve("no-such-folder").resolve("export.csv");
        Cli.Run missing = vigil("export", "register", "--from", "2025-03-01", "--until", "2025-03-31", "--to", nowhere.toString());
        assertThat(missing.exit()).isEqualTo(2);
        oneLine(missing, "The folder " + nowhere.getParent().toAbsolutePath() + " does not exist.");
    }

    @Test
    @DisplayName("SETUP-1 EXP-1 a database without a clinic is refused by the service: one line, exit 1, no file, nothing half-written")
    void refusedByTheService() throws Exception {
        dataDir = root.resolve("not-set-up");
        TestClinic.empty(dataDir).close();

        Cli.Run run = vigil("export", "sessions", "--from", "2025-03-01", "--until", "2025-03-31", "--to", csv.toString());

        assertThat(run.exit()).isEqualTo(VigilCommand.FAILED);
        oneLine(run, "This clinic is not set up yet: there is nothing to export.");
        assertThat(csv).doesNotExist();
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    @DisplayName("DB-1 without a database in the data folder the command says so and writes nothing")
    void noDatabase() {
        dataDir = root.resolve("empty");
        Cli.Run run = vigil("export", "sessions", "--from", "2025-03-01", "--until", "2025-03-31", "--to", csv.toString());
        assertThat(run.exit()).isEqualTo(VigilCommand.DAMAGED);
        assertThat(run.err()).contains("There is no Vigil database in");
        assertThat(csv).doesNotExist();
    }
}
