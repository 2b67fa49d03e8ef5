package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Role;
import org.vigil.service.TestClinic;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;
import org.vigil.testing.PdfPages;
import org.vigil.testing.Stockroom;

@DisplayName("vigil register print")
class RegisterCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @TempDir
    Path root;
    private Path dataDir;
    private Path pdf;
    private final MutableClock clock = new MutableClock(TestClinic.MORNING);
    private Locale machineLocale;

    @BeforeEach
    void clinicWithStock() {
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        dataDir = root.resolve("clinic");
        pdf = root.resolve("register-march.pdf");
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

    @Test
    @DisplayName("CD-7 SIG-4 writes the period's register to a new PDF, says where, how many pages and the chain head, and audits the print")
    void prints() throws Exception {
        Cli.Run run = vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to", pdf.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Register printed to " + pdf.toAbsolutePath() + ": 1 page, 2 entries; audit chain head ");
        String text = PdfPages.text(Files.readAllBytes(pdf));
        assertThat(text).contains("Clinic: " + TestClinic.CLINIC, "Period 1 Mar 2025 to 31 Mar 2025", "LOT-B7", "Page 1 of 1",
                "Printed by cli:" + System.getProperty("user.name"));
        try (RawDatabase raw = RawDatabase.open(dataDir)) {
            assertThat(raw.rows("SELECT action, username, new_value FROM audit_event ORDER BY seq DESC LIMIT 1").getFirst())
                    .startsWith("REGISTER_PRINTED", "cli:" + System.getProperty("user.name"))
                    .anySatisfy(v -> assertThat(v).contains("period=2025-03-01..2025-03-31"));
        }
    }

    @Test
    @DisplayName("CD-7 --lang zh prints the register and says so in Chinese")
    void chinese() throws Exception {
        Cli.Run run = vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to", pdf.toString(), "--lang", "zh");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("登记册已打印到");
        assertThat(PdfPages.text(Files.readAllBytes(pdf))).contains("麻醉药品和精神药品登记册",
                "第 1 页，共 1 页");
    }

    @Test
    @DisplayName("CD-7 a wrong date, language or missing option is one line and exit 2; nothing is written")
    void wrongOptions() {
        oneLine(vigil("register", "print", "--from", "2025-13-01", "--until", "2025-03-31", "--to", pdf.toString()),
                "Not a date: 2025-13-01. Write dates as YYYY-MM-DD.");
        assertThat(vigil("register", "print", "--from", "1 March", "--until", "2025-03-31", "--to", pdf.toString()).exit()).isEqualTo(2);
        oneLine(vigil("register", "print", "--from", "2025-03-01", "--to", pdf.toString()), "Give the first and the last day of the period.");
        oneLine(vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31"), "Give the PDF file to write with --to FILE.pdf.");
        oneLine(vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to", pdf.toString(), "--lang", "fr"),
                "The language must be en or zh, not fr.");
        assertThat(vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to", pdf.toString(), "--lang", "fr")
                .exit()).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }

    @Test
    @DisplayName("CD-7 a period that ends before it starts is refused: one line, exit 1, no file")
    void reversedPeriod() {
        Cli.Run run = vigil("register", "print", "--from", "2025-03-31", "--until", "2025-03-01", "--to", pdf.toString());

        assertThat(run.exit()).isEqualTo(VigilCommand.FAILED);
        oneLine(run, "The period cannot start on 2025-03-31, after its last day 2025-03-01.");
        assertThat(pdf).doesNotExist();
    }

    @Test
    @DisplayName("CD-7 an existing file is never overwritten, and a folder that does not exist is named: one line, exit 2")
    void unusableFile() throws Exception {
        Files.writeString(pdf, "last month's register");
        Cli.Run existing = vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to", pdf.toString());
        assertThat(existing.exit()).isEqualTo(2);
        oneLine(existing, pdf.toAbsolutePath() + " exists already. Choose another file name");
        assertThat(Files.readString(pdf)).isEqualTo("last month's register");

        Path nowhere = root.resolve("no-such-folder").resolve("register.pdf");
        Cli.Run missing = vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to", nowhere.toString());
        assertThat(missing.exit()).isEqualTo(2);
        oneLine(missing, "The folder " + nowhere.getParent().toAbsolutePath() + " does not exist.");

        Cli.Run underAFile = vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to",
                pdf.resolve("inside.pdf").toString());
        oneLine(underAFile, "The folder " + pdf.toAbsolutePath() + " does not exist.");
    }

    @Test
    @DisplayName("DB-1 without a database in the data folder the command says so and writes nothing")
    void noDatabase() {
        dataDir = root.resolve("empty");
        Cli.Run run = vigil("register", "print", "--from", "2025-03-01", "--until", "2025-03-31", "--to", pdf.toString());
        assertThat(run.exit()).isEqualTo(VigilCommand.DAMAGED);
        assertThat(run.err()).contains("There is no Vigil database in");
        assertThat(pdf).doesNotExist();
    }
}
