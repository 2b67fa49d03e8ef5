package org.vigil.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.vigil.demo.ClinicYear;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.report.PeriodReport;
import org.vigil.report.PeriodReportPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.service.Services;
import org.vigil.text.Messages;

/**
 * `vigil benchmark --month-report N`: a year of about N sessions in the benchmark's scratch
 * folder, then the manager's report for last month made several times as the Reports screen and
 * `vigil report month` make it: read in one transaction with a fixed number of statements,
 * audited, rendered to a PDF in memory.
 */
final class MonthReportBenchmark {

    private MonthReportBenchmark() {}

    static int run(Services services, Clock clock, List<Actor> nurses, Actor prescriber, Actor manager, Messages m, PrintWriter out,
                   int wanted, int runs) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        long start = System.nanoTime();
        ClinicYear.Written year = ClinicYear.write(services, new ClinicYear.Staff(nurses, prescriber), today, wanted, clock.getZone());
        out.printf("clinic year: %d sessions with %d events, %s to %s, written in %.1f s (a month per transaction)%n", year.sessions(),
                year.events(), year.from(), year.until(), (System.nanoTime() - start) / 1e9);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        Timed timed = time(services, manager, month, m, runs);
        if (timed.refusal() != null) {
            out.println(timed.refusal());
            return VigilCommand.FAILED;
        }
        long[] reads = timed.reads();
        long[] renders = timed.renders();
        long[] totals = timed.totals();
        long statements = timed.statements();
        PrintedPdf pdf = timed.pdf();
        PeriodReport report = timed.report();
        long first = totals[0];
        long firstRead = reads[0];
        Arrays.sort(reads);
        Arrays.sort(renders);
        Arrays.sort(totals);
        out.printf("month report %s (%s, %d runs): %d sessions, %d pages, %.0f kB, %d statements (permission check, read, audit); "
                        + "median %.0f ms (read and audit %.0f ms, render %.0f ms), fastest %.0f ms, slowest %.0f ms, "
                        + "first run %.0f ms (read %.0f ms)%n", month, m.locale().getLanguage(), runs, report.sessions().held(), pdf.pages(),
                pdf.bytes().length / 1e3, statements, median(totals), median(reads), median(renders), totals[0] / 1e6,
                totals[runs - 1] / 1e6, first / 1e6, firstRead / 1e6);
        out.printf("load average %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        return VigilCommand.OK;
    }

    /** A month's report made {@code runs} times as the Reports screen makes it: each run's read and audit, render, and whole time. */
    record Timed(long[] reads, long[] renders, long[] totals, long statements, PrintedPdf pdf, PeriodReport report, String refusal) {}

    /** The manager's report for {@code month}, read, audited and rendered {@code runs} times; also for `--clinic-years`. */
    static Timed time(Services services, Actor manager, YearMonth month, Messages m, int runs) {
        long[] reads = new long[runs];
        long[] renders = new long[runs];
        long[] totals = new long[runs];
        long statements = 0;
        PrintedPdf pdf = null;
        PeriodReport report = null;
        for (int i = 0; i < runs; i++) {
            long s0 = services.statements();
            long t0 = System.nanoTime();
            report = services.clinicReports().printout(manager, month.atDay(1), month.atEndOfMonth()).value();
            long t1 = System.nanoTime();
            statements = services.statements() - s0;
            Outcome<PrintedPdf> rendered = PeriodReportPdf.render(report, m.locale(), m::get);
            long t2 = System.nanoTime();
            if (!(rendered instanceof Outcome.Done<PrintedPdf> done)) {
                return new Timed(reads, renders, totals, statements, null, report, m.notDone(rendered));
            }
            pdf = done.value();
            reads[i] = t1 - t0;
            renders[i] = t2 - t1;
            totals[i] = t2 - t0;
        }
        return new Timed(reads, renders, totals, statements, pdf, report, null);
    }

    private static double median(long[] sorted) {
        return sorted[(sorted.length - 1) / 2] / 1e6;
    }
}
