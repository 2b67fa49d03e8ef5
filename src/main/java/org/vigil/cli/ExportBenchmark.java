package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.vigil.demo.SessionYear;
import org.vigil.domain.Actor;
import org.vigil.domain.export.ExportKind;
import org.vigil.domain.export.ExportRequest;
import org.vigil.domain.export.ExportSummary;
import org.vigil.report.CsvFile;
import org.vigil.service.Services;
import org.vigil.text.Messages;

/**
 * `vigil benchmark --export-sessions N`: a year of about N sessions in the benchmark's scratch
 * folder, then each export of that year (EXP-1) written to a CSV file as `vigil export` writes it,
 * with its time, size and the heap it needed at most, which says whether it streamed.
 */
final class ExportBenchmark {

    private ExportBenchmark() {}

    static int run(Services services, Clock clock, Actor manager, Actor nurse, Actor prescriber, Messages m, PrintWriter out, Path dir,
                   int wanted) throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        long start = System.nanoTime();
        SessionYear.Written year = SessionYear.write(services, nurse, prescriber, wanted, today, clock.getZone());
        out.printf("session year: %d sessions with %d events, %s to %s, written in %.1f s (a month per transaction)%n", year.sessions(),
                year.events(), year.from(), year.until(), (System.nanoTime() - start) / 1e9);
        record Run(ExportKind kind, boolean deidentified) {}
        List<Run> runs = List.of(new Run(ExportKind.SESSIONS, false), new Run(ExportKind.READINGS, false), new Run(ExportKind.READINGS, true),
                new Run(ExportKind.AUDIT, false));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Until today: the year's sessions end yesterday, and its audit events were written today.
        LocalDate until = today;
        for (Run run : runs) {
            Path file = dir.resolve(run.kind() + (run.deidentified() ? "-deidentified" : "") + ".csv");
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ExportSummary summary;
            try (CsvFile csv = CsvFile.beside(file, m::get)) {
                summary = services.exports().export(manager, new ExportRequest(run.kind(), year.from(), until, run.deidentified()), csv)
                        .value();
                csv.publish();
            }
            long elapsed = System.nanoTime() - t0;
            long cpu = threads.getCurrentThreadCpuTime() - c0;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            // On a shared machine the wall time includes waiting for a core: the exporting thread's own CPU time says how much.
            out.printf("export %s%s: %d rows, %.1f MB, %.2f s (exporting thread's CPU %.2f s); heap at most %.0f MB above the %.0f MB "
                            + "in use before%n", run.kind().name().toLowerCase(Locale.ROOT), run.deidentified() ? " (de-identified)" : "",
                    summary.rows(), Files.size(file) / 1e6, elapsed / 1e9, cpu / 1e9, Math.max(0, peak - before) / 1e6, before / 1e6);
        }
        out.printf("max heap %.0f MB; load average %.1f on %d cores%n", Runtime.getRuntime().maxMemory() / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        return VigilCommand.OK;
    }
}
