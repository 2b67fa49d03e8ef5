package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.course.Indication;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.Route;
import org.vigil.service.DrugRegister;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * `vigil benchmark readings`: how long one vital-sign reading takes to record through the
 * service layer, durable commit included, on this machine's disk; with --register-entries, how
 * long a year's printed register takes instead. Runs in a temporary data folder, never the clinic's.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure how long recording a reading takes here (in a temporary database, not the clinic's).")
final class BenchmarkCommand implements Callable<Integer> {

    private static final String PASSWORD = "benchmark only sentence";

    @Spec
    CommandSpec spec;

    @Option(names = "--readings", defaultValue = "2000", description = "How many readings to record (default 2000).")
    int readings;

    @Option(names = "--board-loads", defaultValue = "500",
            description = "How many times to load the floor as the chair board does (default 500).")
    int boardLoads;

    @Option(names = "--register-entries", defaultValue = "0", paramLabel = "N",
            description = "Instead of readings and board loads: write a year of about N register entries and time the printed "
                    + "register for that year (CD-7), e.g. 15000.")
    int registerEntries;

    @Option(names = "--export-sessions", defaultValue = "0", paramLabel = "N",
            description = "Instead of readings and board loads: write a year of about N sessions and time each export of that year "
                    + "(EXP-1) to a CSV file, e.g. 5000.")
    int exportSessions;

    @Option(names = "--print-runs", defaultValue = "5", description = "How many times to print the register year, the month's "
            + "report or the day's session reports (default 5).")
    int printRuns;

    @Option(names = "--month-report", defaultValue = "0", paramLabel = "N",
            description = "Instead of readings and board loads: write a year of about N sessions and time the manager's report for "
                    + "last month (issue 13), e.g. 5000; --print-runs sets how many times.")
    int monthReport;

    @Option(names = "--session-reports", defaultValue = "0", paramLabel = "N",
            description = "Instead of readings and board loads: run a clinic day of N sessions and time the manager's batch of that "
                    + "day's session reports, e.g. 20.")
    int sessionReports;

    @Option(names = "--clinic-years", defaultValue = "0", paramLabel = "N",
            description = "Instead of readings and board loads: generate N years of a busy clinic (20 sessions a day) through the "
                    + "services in a throwaway folder, then print a table: file size before and after compaction, backup and verify, "
                    + "opening and closing, the day list, a long-followed patient, a reading, a registration, a month's report and a "
                    + "year's register print (1 to " + ClinicYearsBenchmark.MAX_YEARS + ").")
    int clinicYears;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "With --clinic-years: leave the generated clinic in this new (or empty) folder instead of deleting it.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        if (clinicYears != 0 || keep != null) {
            return clinicYears(Console.of(spec));
        }
        if (exportSessions < 0) {
            throw new ParameterException(spec.commandLine(), Console.of(spec).messages().get("export.benchmark.count"));
        }
        if (monthReport < 0) {
            throw new ParameterException(spec.commandLine(), Console.of(spec).messages().get("report.month.benchmark.count"));
        }
        if (sessionReports < 0) {
            throw new ParameterException(spec.commandLine(), Console.of(spec).messages().get("report.session.benchmark.counts"));
        }
        if (registerEntries < 0 || printRuns < 1) {
            throw new ParameterException(spec.commandLine(), Console.of(spec).messages().get("print.register.benchmark.counts"));
        }
        if (readings < 1 || boardLoads < 0) {
            // Said before anything is created: a negative count would fail deep inside with a stack trace.
            throw new ParameterException(spec.commandLine(), Console.of(spec).messages().get("benchmark.counts"));
        }
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = VigilCommand.root(spec).clock();
        if (sessionReports > 0) {
            // Its own scratch folder and clock: a day of sessions is run minute by minute, which the computer's clock cannot do.
            return SessionReportBenchmark.run(clock, Console.of(spec).messages(), out, sessionReports, printRuns);
        }
        Path dir = Files.createTempDirectory("vigil-benchmark-");
        try (Services services = Services.open(dir, clock)) {
            Actor admin = services.setup().setUp("Benchmark clinic", "admin", "Benchmark Admin", PASSWORD).value();
            Actor nurse = person(services, admin, "nurse", Set.of(Role.NURSE), false);
            Actor prescriber = person(services, admin, "prescriber", Set.of(Role.PRESCRIBER, Role.NURSE), true);
            if (exportSessions > 0) {
                Actor manager = person(services, admin, "manager", Set.of(Role.MANAGER), false);
                return ExportBenchmark.run(services, clock, manager, nurse, prescriber, Console.of(spec).messages(), out, dir, exportSessions);
            }
            if (monthReport > 0) {
                Actor manager = person(services, admin, "manager", Set.of(Role.MANAGER), false);
                Actor second = person(services, admin, "nurse2", Set.of(Role.NURSE), false);
                Actor third = person(services, admin, "nurse3", Set.of(Role.NURSE), false);
                return MonthReportBenchmark.run(services, clock, List.of(nurse, second, third), prescriber, manager,
                        Console.of(spec).messages(), out, monthReport, printRuns);
            }
            if (registerEntries > 0) {
                return RegisterBenchmark.run(services, clock, nurse, prescriber, Console.of(spec).messages(), out, registerEntries, printRuns);
            }
            long session = observingSession(services, clock, nurse, prescriber);
            // The board reloads the floor every 30 s and after every click: a read, which should never wait on the disk.
            long[] loads = new long[boardLoads];
            long writesBefore = services.syncedWrites();
            long statementsBefore = services.statements();
            for (int i = 0; i < boardLoads; i++) {
                long start = System.nanoTime();
                services.sessions().today(nurse).value();
                loads[i] = System.nanoTime() - start;
            }
            Arrays.sort(loads);
            if (boardLoads > 0) {
                out.printf("board loads: %d (the floor as the chair board reads it: one session just dosed), %d synced writes, "
                        + "%d statements each%n", boardLoads, services.syncedWrites() - writesBefore,
                        (services.statements() - statementsBefore) / boardLoads);
                out.printf("median %.2f ms, p95 %.2f ms, max %.2f ms%n", ms(loads, 0.50), ms(loads, 0.95), loads[loads.length - 1] / 1e6);
            }
            long[] nanos = new long[readings];
            for (int i = 0; i < readings; i++) {
                long start = System.nanoTime();
                services.sessions().recordVitals(nurse, session, 120 + i % 20, 78, 72, 98, clock.instant(), "r" + i).value();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            out.printf("readings recorded: %d (each one transaction with its audit event, CHECKPOINT SYNC after commit)%n", readings);
            out.printf("median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, total %.1f s%n", ms(nanos, 0.50), ms(nanos, 0.95),
                    ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, Arrays.stream(nanos).sum() / 1e9);
            return VigilCommand.OK;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private int clinicYears(Console console) throws IOException {
        if (clinicYears < 1 || clinicYears > ClinicYearsBenchmark.MAX_YEARS) {
            return console.wrong(console.messages().get("benchmark.clinicYears.range", ClinicYearsBenchmark.MAX_YEARS));
        }
        if (printRuns < 1) {
            return console.wrong(console.messages().get("print.register.benchmark.counts"));
        }
        if (keep != null && Files.exists(keep)) {
            // Never a clinic's folder: only a new or empty one is filled with generated patients.
            boolean empty;
            try (Stream<Path> inside = Files.list(keep)) {
                empty = Files.isDirectory(keep) && inside.findAny().isEmpty();
            } catch (IOException e) {
                empty = false;
            }
            if (!empty) {
                return console.wrong(console.messages().get("benchmark.clinicYears.keepNotEmpty", keep));
            }
        }
        return ClinicYearsBenchmark.run(VigilCommand.root(spec).clock(), console.messages(), console.out(), clinicYears, 0,
                Optional.ofNullable(keep), printRuns, true);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static Actor person(Services services, Actor admin, String name, Set<Role> roles, boolean right) {
        String code = services.users().create(admin, name, "Benchmark " + name, roles, right).value().oneTimeCode();
        services.accounts().completeReset(name, code, PASSWORD).value();
        // PWD-5: as the owner does next, a login with the chosen password releases the account's signatures.
        return ((org.vigil.service.LoginResult.Granted) services.accounts().login(name, PASSWORD)).actor();
    }

    /** A TRD nasal session with its first dose given, so readings are post-dose observation. */
    private static long observingSession(Services services, Clock clock, Actor nurse, Actor prescriber) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Patient patient = new Patient("BENCH-1", new PersonName("Bench", "Mark"), today.minusYears(40), Sex.FEMALE, null, null,
                "BENCH-0001", Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(),
                new Childbearing(ChildbearingPotential.NO, false, ""), "");
        long patientId = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient().id();
        services.screenings().record(nurse, patientId, Screening.clear(today)).value();
        long course = services.courses().start(prescriber, patientId, Indication.TRD,
                Route.NASAL, "", today).value().course().id();
        long session = services.clinicDay().book(nurse, course, today, 1).value().sessionId();
        services.sessions().startSession(nurse, session, "s1").value();
        for (ChecklistItem item : PreDoseChecklist.items(false)) {
            ChecklistAnswer answer = ChecklistAnswer.clear(item, clock.instant().minus(Duration.ofHours(6)), "benchmark");
            services.sessions().answerChecklist(nurse, session, answer, "c-" + item).value();
        }
        services.sessions().completeChecklist(nurse, session, "s2").value();
        services.sessions().recordBaseline(nurse, session, 124, 80, 72, 98, clock.instant(), "s3").value();
        services.sessions().authoriseDose(prescriber, session, 56, Route.NASAL, 0, PASSWORD, "s4").value();
        long nasal = services.register().products(nurse).value().stream().filter(p -> p.route() == Route.NASAL).findFirst()
                .orElseThrow().id();
        services.register().receive(nurse, new DrugRegister.Receipt(nasal, "LOT-A1", today.plusYears(2), 10, "Benchmark supplier",
                "INV-1"), prescriber, PASSWORD).value();
        services.sessions().giveDevice(nurse, session, "LOT-A1", true, "", "s5").value();
        // ADM-2: the benchmark does not wait out the rest period; a prescriber overrides it.
        services.sessions().giveDevice(prescriber, session, "LOT-A1", true, "benchmark run, no patient", "s6").value();
        return session;
    }
}
