package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.vigil.domain.Actor;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.service.CourseView;
import org.vigil.service.Services;
import org.vigil.text.Messages;

/**
 * `vigil benchmark --clinic-years N`: N years of a busy clinic ({@link SimulatedClinic}) written
 * through the services into a throwaway data folder (never the clinic's), closed and reopened
 * every clinic-year as a clinic closes Vigil. Those years are compacted after closing rather than
 * while written (written a thousand times faster than a clinic writes, compaction sized for a
 * clinic's day took most of a run: 555 s of a 680 s run at 3 400 sessions); the last weeks are
 * written with the clinic's own compaction. Then the folder is opened as the clinic opens it and
 * measured: the file before and after compaction, backup and verify as whole processes, opening
 * and closing, the day list, the screen of the patient who came for all those years, a reading,
 * a registration, last month's report and last year's printed register. Prints one table.
 */
final class ClinicYearsBenchmark {

    /** The most years the command accepts: twenty years is already beyond any retention rule (CD-8). */
    static final int MAX_YEARS = 20;
    /**
     * How long H2 may gather commits while generating (SET WRITE_DELAY, benchmark only): a
     * chunk per half second instead of one per transaction, so the file grows by the data, not by
     * a chunk per commit.
     */
    private static final int GENERATION_WRITE_DELAY_MS = 500;
    /** How many last weeks are written with the clinic's own background compaction. */
    private static final int WEEKS_WITH_CLINIC_COMPACTION = 4;
    private static final int READINGS = 50;
    private static final int REGISTRATIONS = 5;
    private static final int LOADS = 5;
    private static final String MAIN_CLASS = "org.vigil.Main";

    private final Clock root;
    private final Messages m;
    private final PrintWriter out;
    private final int years;
    private final int printRuns;
    /** The table's rows, in order: what was measured, and the figure. */
    private final Map<String, String> rows = new LinkedHashMap<>();

    private ClinicYearsBenchmark(Clock root, Messages m, PrintWriter out, int years, int printRuns) {
        this.root = root;
        this.m = m;
        this.out = out;
        this.years = years;
        this.printRuns = printRuns;
    }

    /**
     * Runs the benchmark.
     *
     * @param keep where to leave the generated folder; empty: a temporary folder, deleted after
     * @param measureProcesses whether to time {@code backup} and {@code verify} as child processes
     *     (the unit test at three days leaves them out: it runs without a jar)
     */
    static int run(Clock root, Messages m, PrintWriter out, int years, int days, Optional<Path> keep, int printRuns,
                   boolean measureProcesses) throws IOException {
        Path dir = keep.isPresent() ? keep.get() : Files.createTempDirectory("vigil-clinic-years-");
        try {
            return new ClinicYearsBenchmark(root, m, out, years, printRuns).measure(dir, days, measureProcesses);
        } finally {
            if (keep.isEmpty()) {
                delete(dir);
            }
        }
    }

    private int measure(Path dir, int days, boolean measureProcesses) throws IOException {
        ZoneId zone = root.getZone();
        LocalDate today = SimulatedClinic.nextWorkingDay(LocalDate.ofInstant(root.instant(), zone).minusDays(1));
        LocalDate first = days > 0 ? today.minusDays(days) : today.minusYears(years);
        SimulatedClinic.ScriptClock clock = new SimulatedClinic.ScriptClock(first.atStartOfDay(zone).toInstant(), zone);
        SimulatedClinic clinic = new SimulatedClinic(clock);
        out.printf("generating %s in %s (benchmark only: commits not synced one by one, staff passwords at the Argon2 minimum%s)%n",
                days > 0 ? days + " days" : years + " clinic-year" + (years == 1 ? "" : "s"), dir,
                days > 0 ? "" : ", each year compacted after closing; the last " + WEEKS_WITH_CLINIC_COMPACTION
                        + " weeks with the clinic's own compaction");
        out.flush();
        long generating = System.nanoTime();
        long peakDeferred = 0;
        long peakClinic = 0;
        long closedCompactionNanos = 0;
        SimulatedClinic.Written total = null;
        List<Stretch> stretches = stretches(first, today, days > 0);
        for (int i = 0; i < stretches.size(); i++) {
            Stretch stretch = stretches.get(i);
            long started = System.nanoTime();
            long[] biggest = {0};
            SimulatedClinic.Written year;
            try (Services services = Services.openForGeneratedData(dir, clock, GENERATION_WRITE_DELAY_MS, stretch.compactAfterClosing())) {
                if (i == 0) {
                    clinic.setUp(services, stretch.from());
                } else {
                    clinic.reopened(services);
                }
                year = clinic.run(stretch.from(), stretch.until(), day -> {
                    if (day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY) {
                        long now = size(dir);
                        biggest[0] = Math.max(biggest[0], now);
                        // A long run says how far it is, once a week.
                        out.printf("    %s: %d sessions so far, %.0f s, file %s%n", day, clinic.sessions(),
                                (System.nanoTime() - generating) / 1e9, mb(now));
                        out.flush();
                    }
                });
                biggest[0] = Math.max(biggest[0], size(dir));
            }
            String compactedNote = "";
            if (stretch.compactAfterClosing()) {
                peakDeferred = Math.max(peakDeferred, biggest[0]);
                long closedAt = size(dir);
                long c0 = System.nanoTime();
                Services.compactClosed(dir);
                closedCompactionNanos += System.nanoTime() - c0;
                compactedNote = String.format(Locale.ROOT, " (compaction deferred: %s at closing, %s compacted in %.0f s)", mb(closedAt),
                        mb(size(dir)), (System.nanoTime() - c0) / 1e9);
            } else {
                peakClinic = Math.max(peakClinic, biggest[0]);
            }
            total = total == null ? year : new SimulatedClinic.Written(total.from(), year.until(), total.days() + year.days(),
                    total.sessions() + year.sessions(), total.transactions() + year.transactions(), total.patients() + year.patients(),
                    total.courses() + year.courses());
            out.printf("  %s to %s: %d days, %d sessions, %d transactions, %d new patients, %d courses in %.0f s; file up to %s while "
                            + "writing, %s after closing%s%n", year.from(), year.until(), year.days(), year.sessions(), year.transactions(),
                    year.patients(), year.courses(), (System.nanoTime() - started) / 1e9, mb(biggest[0]), mb(size(dir)), compactedNote);
            out.flush();
        }
        double generatedSeconds = (System.nanoTime() - generating) / 1e9;
        row("generated (through the services)", String.format(Locale.ROOT, "%s to %s: %d working days, %d sessions, %d transactions, "
                        + "%d patients, %d courses (%d reviewed early, SCH-1), in %.1f min (commits not synced one by one; closed, compacted and "
                        + "reopened every year; the last weeks with the clinic's compaction)", total.from(), total.until(), total.days(), total.sessions(), total.transactions(),
                total.patients(), total.courses(), clinic.earlyReviews(), generatedSeconds / 60));
        if (peakDeferred > 0) {
            row("`vigil.mv.db` largest while generating with compaction deferred (benchmark only)",
                    String.format(Locale.ROOT, "%s; compacting the closed years took %.0f s", mb(peakDeferred), closedCompactionNanos / 1e9));
        }
        row(peakDeferred > 0 ? "`vigil.mv.db` largest while generating the last " + WEEKS_WITH_CLINIC_COMPACTION
                + " weeks (the clinic's compaction on)" : "`vigil.mv.db` largest while generating", mb(peakClinic));

        // From here the folder is the clinic's as Vigil opens it: durable commits, production password hashing.
        clock.set(today.atTime(LocalTime.of(7, 25)).atZone(zone).toInstant());
        long t0 = System.nanoTime();
        Services services = Services.open(dir, clock);
        long opened = System.nanoTime() - t0;
        try {
            clinic.reopened(services);
            List<Long> booked = clinic.bookMorning(today);
            SimulatedClinic.Staff staff = clinic.staff();
            Actor nurse = staff.nurses().getFirst();
            clock.set(today.atTime(LocalTime.of(7, 45)).atZone(zone).toInstant());
            dayList(services, nurse, today, booked.size());
            longTermPatient(services, nurse, clinic.longTermPatient());
            readings(services, clock, nurse, staff.prescriber(), booked.getFirst());
            registrations(services, nurse, today);
            monthReport(services, staff.manager(), YearMonth.from(today).minusMonths(1));
            registerPrint(services, nurse, today.minusYears(1), today.minusDays(1));
            row("`vigil.mv.db` open, after this morning's durable writes", mb(size(dir)));
        } finally {
            long t1 = System.nanoTime();
            services.close();
            long closed = System.nanoTime() - t1;
            rows.put("opening the data folder (in-process: Services.open)", ms(opened));
            rows.put("closing it after the morning's writes (in-process: Services.close)", ms(closed));
        }
        t0 = System.nanoTime();
        services = Services.open(dir, clock);
        long reopened = System.nanoTime() - t0;
        t0 = System.nanoTime();
        services.close();
        row("opening and closing again, nothing written", ms(reopened) + " + " + ms(System.nanoTime() - t0));
        row("`vigil.mv.db` after closing (as the clinic has it)", mb(size(dir)));
        row("the same database compacted (SHUTDOWN COMPACT of a copy)", mb(compacted(dir)));
        if (measureProcesses) {
            processes(dir);
        }
        print();
        return VigilCommand.OK;
    }

    /** A stretch of generated days, opened once and closed at its end. */
    private record Stretch(LocalDate from, LocalDate until, boolean compactAfterClosing) {}

    /**
     * A year per stretch (the folder closed and reopened between them, as a clinic's is), each
     * compacted after closing; then the last weeks with the clinic's own compaction, so the
     * measured folder is shaped by it. A run of days (the unit test) is one stretch as the clinic writes it.
     */
    private List<Stretch> stretches(LocalDate first, LocalDate today, boolean shortRun) {
        LocalDate last = today.minusDays(1);
        if (shortRun) {
            return List.of(new Stretch(first, last, false));
        }
        LocalDate deferredUntil = last.minusWeeks(WEEKS_WITH_CLINIC_COMPACTION);
        List<Stretch> stretches = new java.util.ArrayList<>();
        for (int y = 0; y < years; y++) {
            LocalDate from = first.plusYears(y);
            LocalDate until = y == years - 1 ? deferredUntil : first.plusYears(y + 1).minusDays(1);
            stretches.add(new Stretch(from, until, true));
        }
        stretches.add(new Stretch(deferredUntil.plusDays(1), last, false));
        return stretches;
    }

    private void dayList(Services services, Actor nurse, LocalDate today, int booked) {
        long[] nanos = new long[LOADS];
        long statements = 0;
        int rowsShown = 0;
        for (int i = 0; i < LOADS; i++) {
            long s0 = services.statements();
            long t0 = System.nanoTime();
            rowsShown = services.clinicDay().between(nurse, today, today).value().size();
            nanos[i] = System.nanoTime() - t0;
            statements = services.statements() - s0;
        }
        row("day list, today (" + rowsShown + " rows, " + booked + " booked)", median(nanos) + ", " + statements + " statements");
    }

    /** What the patient screen calls: the patient, their courses, the scales of the course shown, the session history. */
    private void longTermPatient(Services services, Actor nurse, long patientId) {
        long[] nanos = new long[LOADS];
        long statements = 0;
        int courses = 0;
        int sessions = 0;
        for (int i = 0; i < LOADS; i++) {
            long s0 = services.statements();
            long t0 = System.nanoTime();
            services.patients().open(nurse, patientId).value();
            List<CourseView> views = services.courses().ofPatient(nurse, patientId).value();
            if (!views.isEmpty()) {
                for (ScaleKind kind : ScaleKind.values()) {
                    services.followUp().progress(nurse, views.getFirst().id(), kind).value();
                }
            }
            services.settings().current();
            sessions = services.sessionReports().history(nurse, patientId).value().size();
            nanos[i] = System.nanoTime() - t0;
            statements = services.statements() - s0;
            courses = views.size();
        }
        row("patient with the longest history (" + courses + " courses, " + sessions + " sessions): the screen's service calls",
                median(nanos) + ", " + statements + " statements");
    }

    /** One of this morning's sessions taken to its first dose, then readings as the chair records them, each a durable commit. */
    private void readings(Services services, SimulatedClinic.ScriptClock clock, Actor nurse, Actor prescriber, long session) {
        var engine = services.sessions();
        engine.startSession(nurse, session, "bench-in").value();
        for (ChecklistItem item : PreDoseChecklist.items(false)) {
            engine.answerChecklist(nurse, session, ChecklistAnswer.clear(item, clock.instant().minusSeconds(6 * 3600), "Driver: family"),
                    "bench-c-" + item).value();
        }
        engine.completeChecklist(nurse, session, "bench-done").value();
        engine.recordBaseline(nurse, session, 124, 80, 72, 98, clock.instant(), "bench-base").value();
        engine.authoriseDose(prescriber, session, 56, Route.NASAL, 0, SimulatedClinic.PASSWORD, "bench-auth").value();
        String lot = services.register().proposedLot(nurse, Route.NASAL).value().orElseThrow().lot();
        engine.giveDevice(nurse, session, lot, true, "", "bench-d1").value();
        long[] nanos = new long[READINGS];
        long synced = services.syncedWrites();
        for (int i = 0; i < READINGS; i++) {
            long t0 = System.nanoTime();
            engine.recordVitals(nurse, session, 130 + i % 15, 82, 74, 98, clock.instant(), "bench-r" + i).value();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        row("recording a reading (durable commit, " + READINGS + " readings)", String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, %d synced writes",
                nanos[READINGS / 2] / 1e6, nanos[(int) Math.ceil(READINGS * 0.95) - 1] / 1e6, services.syncedWrites() - synced));
    }

    private void registrations(Services services, Actor nurse, LocalDate today) {
        long[] nanos = new long[REGISTRATIONS];
        long statements = 0;
        for (int i = 0; i < REGISTRATIONS; i++) {
            Patient patient = new Patient("NEW-" + i, new PersonName("Newcomer", "Patient " + i), today.minusYears(35 + i), Sex.FEMALE, null,
                    null, "NEW-ID-" + i, Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(),
                    new Childbearing(ChildbearingPotential.NO, false, ""), "");
            long s0 = services.statements();
            long t0 = System.nanoTime();
            services.patients().register(nurse, patient, false).value();
            nanos[i] = System.nanoTime() - t0;
            statements = services.statements() - s0;
        }
        row("registering a patient (duplicate check, durable commit)", median(nanos) + ", " + statements + " statements");
    }

    private void monthReport(Services services, Actor manager, YearMonth month) {
        MonthReportBenchmark.Timed timed = MonthReportBenchmark.time(services, manager, month, m, printRuns);
        if (timed.refusal() != null) {
            row("month report " + month, timed.refusal());
            return;
        }
        long[] totals = timed.totals().clone();
        Arrays.sort(totals);
        long[] reads = timed.reads().clone();
        Arrays.sort(reads);
        row("month report " + month + " (" + timed.report().sessions().held() + " sessions; read and audit, PDF)",
                String.format(Locale.ROOT, "%s (read %s), %d pages, %d statements", median(totals), median(reads), timed.pdf().pages(),
                        timed.statements()));
    }

    private void registerPrint(Services services, Actor nurse, LocalDate from, LocalDate until) {
        RegisterBenchmark.Timed timed = RegisterBenchmark.time(services, nurse, from, until, m, printRuns);
        if (timed.refusal() != null) {
            row("register print", timed.refusal());
            return;
        }
        long[] totals = timed.totals().clone();
        Arrays.sort(totals);
        long[] reads = timed.reads().clone();
        Arrays.sort(reads);
        row("register print, " + from + " to " + until + " (CD-7; read and audit, PDF)", String.format(Locale.ROOT,
                "%s (read %s), %d pages, %.1f MB", median(totals), median(reads), timed.pdf().pages(), timed.pdf().bytes().length / 1e6));
    }

    /** Backup and verify as an IT person runs them: a new `java` process on this program's class path, JVM start included. */
    private void processes(Path dir) throws IOException {
        Path target = Files.createTempDirectory("vigil-clinic-years-backup-");
        try {
            Path file = target.resolve("clinic.vigil-backup");
            Run backup = child(List.of("--data-dir", dir.toString(), "backup", "--to", file.toString()));
            row("`vigil backup` (whole process, JVM start included)", backup.describe()
                    + (Files.exists(file) ? ", file " + mb(Files.size(file)) : ""));
            Run verify = child(List.of("--data-dir", dir.toString(), "verify"));
            row("`vigil verify` (whole process, JVM start included)", verify.describe());
        } finally {
            delete(target);
        }
    }

    private record Run(long nanos, int exit, String lastLine) {
        String describe() {
            return String.format(Locale.ROOT, "%.1f s, exit %d", nanos / 1e9, exit) + (exit == 0 ? "" : " (" + lastLine + ")");
        }
    }

    private Run child(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The key ring this process uses (a test's or an IT person's -Dvigil.keys) must be the child's too.
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("vigil.")).sorted()
                .forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(args);
        Path log = Files.createTempFile("vigil-clinic-years-child-", ".txt");
        try {
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(1, TimeUnit.HOURS);
            long nanos = System.nanoTime() - t0;
            if (!ended) {
                process.destroyForcibly();
            }
            List<String> lines = Files.readAllLines(log);
            return new Run(nanos, ended ? process.exitValue() : -1, lines.isEmpty() ? "" : lines.getLast());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while timing " + args, e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static long compacted(Path dir) throws IOException {
        Path copy = Files.createTempDirectory("vigil-clinic-years-compacted-");
        try {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            Services.compactClosed(copy);
            return size(copy);
        } finally {
            delete(copy);
        }
    }

    private void row(String what, String figure) {
        rows.put(what, figure);
    }

    private void print() {
        out.printf("%n| %d clinic-year%s, %d cores, load average %.1f | |%n|---|---|%n", years, years == 1 ? "" : "s",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        rows.forEach((what, figure) -> out.printf("| %s | %s |%n", what, figure));
        out.flush();
    }

    private static long size(Path dir) {
        try {
            return Files.size(dir.resolve("vigil.mv.db"));
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private static String median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f ms", sorted[(sorted.length - 1) / 2] / 1e6);
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
