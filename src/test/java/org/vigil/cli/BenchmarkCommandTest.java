package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark is measured by hand; this only checks that it runs and reports its figures. */
class BenchmarkCommandTest {

    @Test
    @DisplayName("`vigil benchmark --readings 5` records five readings in a throwaway database and prints the quantiles")
    void runs() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        Cli.Run run = Cli.run(clock, "benchmark", "--readings", "5");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("readings recorded: 5", "median", "p99", "board loads: 500");
    }

    @Test
    @DisplayName("`vigil benchmark` with a negative count says what is allowed and exits 2, without a stack trace")
    void negativeCounts() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        for (String[] args : new String[][] {{"benchmark", "--readings", "-5"}, {"benchmark", "--readings", "5", "--board-loads", "-1"}}) {
            Cli.Run run = Cli.run(clock, args);
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("--readings must be at least 1").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    @DisplayName("CD-7 `vigil benchmark --register-entries 400` writes a year of register entries and times its printed register")
    void registerYear() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        Cli.Run run = Cli.run(clock, "benchmark", "--register-entries", "400", "--print-runs", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("register year: \\d{3} entries with \\d+ signatures, 2025-03-02 to 2026-03-01")
                .containsPattern("register print \\((en|zh), CN layout, 2 runs\\): \\d+ pages").contains("median", "printing thread's CPU time")
                .doesNotContain("readings recorded");
    }

    @Test
    @DisplayName("`vigil benchmark --month-report 300` writes a clinic year of sessions and times last month's clinic report")
    void monthReport() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        Cli.Run run = Cli.run(clock, "benchmark", "--month-report", "300", "--print-runs", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("clinic year: 300 sessions with \\d+ events, 2025-03-02 to 2026-03-01")
                .containsPattern("month report 2026-02 \\((en|zh), 2 runs\\): 2\\d sessions, \\d+ pages, \\d+ kB, \\d+ statements")
                .contains("median", "first run").doesNotContain("readings recorded");
        Cli.Run negative = Cli.run(clock, "benchmark", "--month-report", "-1");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--month-report must be at least 0").doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName("CD-7 `vigil benchmark --print-runs 0` says what is allowed and exits 2")
    void noPrintRuns() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        Cli.Run run = Cli.run(clock, "benchmark", "--register-entries", "10", "--print-runs", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--print-runs at least 1").doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName("`vigil benchmark --clinic-years` outside 1..20 says what is allowed in one line and exits 2, before anything is written")
    void clinicYearsOutOfRange() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        for (String years : new String[] {"-1", "21", "100"}) {
            Cli.Run run = Cli.run(clock, "benchmark", "--clinic-years", years);
            assertThat(run.exit()).as(years).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("--clinic-years must be from 1 to 20.");
            assertThat(run.out()).doesNotContain("generating");
        }
        Cli.Run keepAlone = Cli.run(clock, "benchmark", "--keep", "/tmp/nowhere-vigil-bench");
        assertThat(keepAlone.exit()).isEqualTo(2);
        assertThat(keepAlone.err()).contains("--clinic-years must be from 1 to 20.").doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName("`vigil benchmark --clinic-years 1 --keep DIR` refuses a folder that holds anything: never a clinic's data folder")
    void keepOnlyAnEmptyFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("vigil.mv.db"), "a clinic's file");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        Cli.Run run = Cli.run(clock, "benchmark", "--clinic-years", "1", "--keep", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--keep must name a new or empty folder").doesNotContain("Exception", "\tat ");
        assertThat(java.nio.file.Files.readString(dir.resolve("vigil.mv.db"))).isEqualTo("a clinic's file");
    }
}
