package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("vigil benchmark --export-sessions")
class ExportBenchmarkTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("EXP-1 `vigil benchmark --export-sessions 40` writes a year of sessions and times each export of it, with rows, size, CPU and heap")
    void exportYear() {
        Cli.Run run = Cli.run(clock, "benchmark", "--export-sessions", "40");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("session year: 40 sessions with 800 events, 2025-03-02 to 2026-03-01")
                .contains("export sessions: 40 rows", "export readings: 480 rows", "export readings (de-identified): 480 rows")
                .containsPattern("export audit: \\d+ rows").contains("exporting thread's CPU", "heap at most")
                .doesNotContain("readings recorded");
    }

    @Test
    @DisplayName("EXP-1 a negative --export-sessions says what is allowed and exits 2, without a stack trace")
    void negative() {
        Cli.Run run = Cli.run(clock, "benchmark", "--export-sessions", "-1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--export-sessions must be at least 0.").doesNotContain("Exception", "\tat ");
    }
}
