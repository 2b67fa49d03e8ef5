package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.session.SessionState;
import org.vigil.service.DayRow;
import org.vigil.service.Integrity;
import org.vigil.service.Services;
import org.vigil.text.Messages;

/**
 * `vigil benchmark --clinic-years` at a tiny scale (days, not years): the generated clinic is a
 * valid one (every session discharged, the audit chain and the seals intact, the day list showing
 * the day's twenty sessions) and the table has all its rows. The real sizes are run by hand only.
 */
class ClinicYearsBenchmarkTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A Thursday: three working days before it are Monday to Wednesday. */
    private static final Instant NOW = Instant.parse("2026-03-05T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("three generated days: twenty discharged sessions a day, the audit chain and the row seals verify, the day list shows them")
    void threeDaysAreAClinic() {
        SimulatedClinic.ScriptClock clock = new SimulatedClinic.ScriptClock(NOW, ZONE);
        SimulatedClinic clinic = new SimulatedClinic(clock);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        SimulatedClinic.Written written;
        try (Services services = Services.openForGeneratedData(dir, clock, 500, false)) {
            clinic.setUp(services, monday);
            written = clinic.run(monday, monday.plusDays(2), day -> { });
        }
        assertThat(written.days()).isEqualTo(3);
        // The clinic fills its chairs over a few days: six new courses a day, then the second sessions of the first ones.
        assertThat(written.sessions()).isEqualTo(3 * 6);
        // About 35 transactions per session, each with its audit event.
        assertThat(written.transactions()).isGreaterThan(30L * written.sessions());
        try (Services services = Services.open(dir, clock)) {
            clinic.reopened(services);
            Actor nurse = clinic.staff().nurses().getFirst();
            // Each day's sessions as the manager's session reports read them: all discharged, twenty a day once the chairs are full.
            Map<LocalDate, List<SessionState>> perDay = new java.util.TreeMap<>();
            for (LocalDate day = monday; day.isBefore(monday.plusDays(3)); day = day.plusDays(1)) {
                perDay.put(day, services.sessionReports().day(clinic.staff().manager(), day).value().stream().map(r -> r.state()).toList());
            }
            assertThat(perDay.values().stream().mapToInt(List::size).sum()).isEqualTo(written.sessions());
            // A new clinic: six new courses a day, and none due again before Thursday (twice a week).
            assertThat(perDay.values()).allSatisfy(day -> assertThat(day).hasSize(6));
            assertThat(perDay.values().stream().flatMap(List::stream)).containsOnly(SessionState.DISCHARGED);
            // The morning of the fourth day: Monday's courses due for their second session, the first wave booked.
            List<Long> booked = clinic.bookMorning(monday.plusDays(3));
            assertThat(booked).hasSize(5);
            List<DayRow> thursday = services.clinicDay().between(nurse, monday.plusDays(3), monday.plusDays(3)).value();
            // Monday's six courses due again, six new ones started this morning.
            assertThat(thursday).hasSize(12);
            assertThat(thursday.stream().filter(DayRow::booked)).hasSize(5);
            // SIG-4: the audit chain end to end, every row against its seal, every register signature.
            Integrity.Report report = services.integrity().verify(clinic.staff().admin()).value();
            assertThat(report.intact()).as(report.problems().toString()).isTrue();
            assertThat(report.chain().eventsChecked()).isGreaterThan(written.transactions());
        }
    }

    @Test
    @DisplayName("the table has every row, from the file sizes to the register print, and the throwaway folder is deleted")
    void tablePrintsEveryRow() throws Exception {
        Clock root = Clock.fixed(NOW, ZONE);
        StringWriter out = new StringWriter();
        Path kept = dir.resolve("kept");
        int exit = ClinicYearsBenchmark.run(root, Messages.of(Locale.ENGLISH), new PrintWriter(out, true), 1, 3, Optional.of(kept), 1,
                false);
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("| generated (through the services) |", "`vigil.mv.db` largest while generating",
                "opening the data folder", "closing it after the morning's writes", "opening and closing again",
                "`vigil.mv.db` after closing", "compacted (SHUTDOWN COMPACT of a copy)", "day list, today (12 rows, 5 booked)",
                "patient with the longest history", "recording a reading (durable commit", "registering a patient", "month report 2026-02",
                "register print, 2025-03-05 to 2026-03-04", "statements");
        assertThat(Files.exists(kept.resolve("vigil.mv.db"))).isTrue();
    }
}
