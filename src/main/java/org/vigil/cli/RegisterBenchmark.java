package org.vigil.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.vigil.demo.RegisterYear;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.RegisterPrintout;
import org.vigil.report.PrintedPdf;
import org.vigil.report.RegisterPdf;
import org.vigil.service.PatientView;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import org.vigil.text.Messages;

/**
 * `vigil benchmark --register-entries N`: a year of register entries in the benchmark's scratch
 * folder, then the printed register (CD-7) for that year made several times, as the window and
 * `vigil register print` make it: read in one transaction, audited, rendered to a PDF in memory.
 */
final class RegisterBenchmark {

    private static final String[][] NAMES = {{"张", "伟"}, {"Okafor", "Grace"}, {"李", "娜"}, {"Brown", "David"}, {"王", "芳"},
            {"Smith", "Ann"}, {"刘", "洋"}, {"Garcia", "Maria"}};
    private static final int PATIENTS = 40;

    private RegisterBenchmark() {}

    static int run(Services services, Clock clock, Actor nurse, Actor prescriber, Messages m, PrintWriter out, int wanted, int runs) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        List<EntryDraft.PatientLine> patients = patients(services, nurse, today);
        long start = System.nanoTime();
        RegisterYear.Written year = RegisterYear.write(services, new RegisterYear.Staff(nurse, prescriber, prescriber), patients, today,
                wanted, clock.getZone());
        out.printf("register year: %d entries with %d signatures, %s to %s, written in %.1f s (a month per transaction)%n",
                year.entries(), year.signatures(), year.from(), year.until(), (System.nanoTime() - start) / 1e9);
        Timed timed = time(services, nurse, year.from(), year.until(), m, runs);
        if (timed.refusal() != null) {
            out.println(timed.refusal());
            return VigilCommand.FAILED;
        }
        long[] reads = timed.reads();
        long[] renders = timed.renders();
        long[] totals = timed.totals();
        long[] cpu = timed.cpu();
        PrintedPdf pdf = timed.pdf();
        long first = totals[0];
        Arrays.sort(reads);
        Arrays.sort(renders);
        Arrays.sort(totals);
        Arrays.sort(cpu);
        out.printf("register print (%s, %s layout, %d runs): %d pages, %.1f MB; median %.0f ms (read and audit %.0f ms, render %.0f ms), "
                        + "fastest %.0f ms, slowest %.0f ms, first run %.0f ms%n", m.locale().getLanguage(),
                services.settings().current().text(SettingKeys.CD_REGISTER_LAYOUT), runs, pdf.pages(), pdf.bytes().length / 1e6, median(totals),
                median(reads), median(renders), totals[0] / 1e6, totals[runs - 1] / 1e6, first / 1e6);
        // On a shared machine the wall time includes waiting for a core: the printing thread's own CPU time and the load say how much.
        out.printf("printing thread's CPU time: median %.0f ms; load average %.1f on %d cores%n", median(cpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        return VigilCommand.OK;
    }

    /** The register printed {@code runs} times: each run's read and audit, render, whole time and the printing thread's CPU time. */
    record Timed(long[] reads, long[] renders, long[] totals, long[] cpu, PrintedPdf pdf, String refusal) {}

    /** CD-7: the printed register for a period, read, audited and rendered {@code runs} times; also for `--clinic-years`. */
    static Timed time(Services services, Actor nurse, LocalDate from, LocalDate until, Messages m, int runs) {
        long[] reads = new long[runs];
        long[] renders = new long[runs];
        long[] totals = new long[runs];
        long[] cpu = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PrintedPdf pdf = null;
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            RegisterPrintout printout = services.registerPrinting().printout(nurse, from, until).value();
            long t1 = System.nanoTime();
            Outcome<PrintedPdf> rendered = RegisterPdf.render(printout, m.locale(), m::get);
            long t2 = System.nanoTime();
            if (!(rendered instanceof Outcome.Done<PrintedPdf> done)) {
                return new Timed(reads, renders, totals, cpu, null, m.notDone(rendered));
            }
            pdf = done.value();
            reads[i] = t1 - t0;
            renders[i] = t2 - t1;
            totals[i] = t2 - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        return new Timed(reads, renders, totals, cpu, pdf, null);
    }

    private static double median(long[] sorted) {
        return sorted[(sorted.length - 1) / 2] / 1e6;
    }

    /** Forty patients, half with Chinese names, so the print embeds Chinese glyphs as a clinic in China would. */
    private static List<EntryDraft.PatientLine> patients(Services services, Actor nurse, LocalDate today) {
        List<EntryDraft.PatientLine> lines = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            String[] name = NAMES[i % NAMES.length];
            Patient patient = new Patient("REG-" + i, new PersonName(name[0], name[1] + (i / NAMES.length == 0 ? "" : " " + i)),
                    today.minusYears(30 + i % 40), i % 2 == 0 ? Sex.MALE : Sex.FEMALE, null, null, "REG-ID-" + (1000 + i),
                    Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(), new Childbearing(ChildbearingPotential.NO, false, ""), "");
            PatientView saved = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient();
            lines.add(new EntryDraft.PatientLine(saved.id(), saved.displayName(), patient.idNumber()));
        }
        return lines;
    }
}
