package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.course.Indication;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.report.SessionReport;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.service.DrugRegister;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import org.vigil.text.Messages;

/**
 * `vigil benchmark --session-reports N`: a clinic day of N nasal sessions run through the session
 * engine minute by minute on a clock of the benchmark's own (five chairs, waves of two and a
 * quarter hours from 08:00: check-in, checklist, baseline, authorisation, two devices, readings at
 * 15, 40, 55, 70, 90 and 120 minutes, one of them entered late, MOAA/S at the OBS-2 times,
 * discharge), in a scratch data folder; then the manager's batch of that day's session reports
 * made several times as the window makes it: read and audited, rendered to one PDF in memory.
 */
final class SessionReportBenchmark {

    private static final String PASSWORD = "benchmark only sentence";
    private static final int CHAIRS = 5;
    private static final Duration WAVE = Duration.ofMinutes(135);
    private static final String[][] NAMES = {{"张", "伟"}, {"Okafor", "Grace"}, {"李", "娜"}, {"Brown", "David"}, {"王", "芳"},
            {"Smith", "Ann"}, {"刘", "洋"}, {"Garcia", "Maria"}};
    /** Minutes after the first device of each reading, and its systolic and diastolic before the per-patient shift. */
    private static final int[][] READINGS = {{15, 142, 88}, {40, 158, 96}, {55, 150, 92}, {70, 144, 88}, {90, 136, 84}, {120, 130, 82}};
    private static final int[] SCORES_AT = {15, 30, 60, 90, 120};


    private SessionReportBenchmark() {}

    static int run(Clock root, Messages m, PrintWriter out, int sessions, int runs) throws IOException {
        ZoneId zone = root.getZone();
        LocalDate day = LocalDate.ofInstant(root.instant(), zone);
        Instant opening = day.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
        SimulatedClinic.ScriptClock clock = new SimulatedClinic.ScriptClock(opening, zone);
        Path dir = Files.createTempDirectory("vigil-benchmark-reports-");
        try (Services services = Services.open(dir, clock)) {
            Actor admin = services.setup().setUp("Benchmark clinic", "admin", "Benchmark Admin", PASSWORD).value();
            Actor nurse = person(services, admin, "nurse", Set.of(Role.NURSE));
            Actor prescriber = person(services, admin, "prescriber", Set.of(Role.PRESCRIBER, Role.NURSE));
            Actor manager = person(services, admin, "manager", Set.of(Role.MANAGER));
            long nasal = services.register().products(nurse).value().stream().filter(p -> p.route() == Route.NASAL).findFirst()
                    .orElseThrow().id();
            services.register().receive(nurse, new DrugRegister.Receipt(nasal, "LOT-A1", day.plusYears(2), sessions * 2 + 10,
                    "Benchmark supplier", "INV-1"), prescriber, PASSWORD).value();
            long seeding = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            for (int wave = 0; wave * CHAIRS < sessions; wave++) {
                Instant start = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant().plus(WAVE.multipliedBy(wave));
                List<Long> chairs = new ArrayList<>();
                for (int chair = 1; chair <= CHAIRS && wave * CHAIRS + chair <= sessions; chair++) {
                    clock.set(start.minus(Duration.ofMinutes(30)));
                    chairs.add(booked(services, nurse, prescriber, day, wave * CHAIRS + chair - 1, chair));
                }
                wave(services, clock, nurse, prescriber, start, chairs);
                ids.addAll(chairs);
            }
            out.printf("session reports: a day of %d sessions (%d chairs, readings at 15/40/55/70/90/120 min), seeded in %.1f s%n", ids.size(),
                    CHAIRS, (System.nanoTime() - seeding) / 1e9);
            clock.set(day.atTime(LocalTime.of(18, 30)).atZone(zone).toInstant());
            long[] totals = new long[runs];
            long[] reads = new long[runs];
            long[] cpu = new long[runs];
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            PrintedPdf pdf = null;
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<SessionReport> reports = services.sessionReports().day(manager, day).value();
                long t1 = System.nanoTime();
                Outcome<PrintedPdf> rendered = SessionReportPdf.render(reports, m.locale(), m::get, SessionReportPdf.Progress.ALWAYS);
                long t2 = System.nanoTime();
                if (!(rendered instanceof Outcome.Done<PrintedPdf> done)) {
                    out.println(m.notDone(rendered));
                    return VigilCommand.FAILED;
                }
                pdf = done.value();
                reads[i] = t1 - t0;
                totals[i] = t2 - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            long first = totals[0];
            long firstRead = reads[0];
            long[] later = Arrays.copyOfRange(totals, Math.min(1, runs - 1), runs);
            Arrays.sort(later);
            long[] laterReads = Arrays.copyOfRange(reads, Math.min(1, runs - 1), runs);
            Arrays.sort(laterReads);
            out.printf("day's batch of %d session reports (%s, %d runs): %d pages, %.1f MB; first run %.0f ms (read and audit %.0f ms); "
                            + "later runs median %.0f ms (read and audit %.0f ms), slowest %.0f ms%n", ids.size(), m.locale().getLanguage(), runs,
                    pdf.pages(), pdf.bytes().length / 1e6, first / 1e6, firstRead / 1e6, median(later), median(laterReads),
                    later[later.length - 1] / 1e6);
            long firstCpu = cpu[0];
            long[] laterCpu = Arrays.copyOfRange(cpu, Math.min(1, runs - 1), runs);
            Arrays.sort(laterCpu);
            // On a shared machine the wall time includes waiting for a core: the thread's own CPU time and the load say how much.
            out.printf("printing thread's CPU time: first run %.0f ms, later runs median %.0f ms; load average %.1f on %d cores%n",
                    firstCpu / 1e6, median(laterCpu), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            return VigilCommand.OK;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double median(long[] sorted) {
        return sorted[(sorted.length - 1) / 2] / 1e6;
    }

    private static Actor person(Services services, Actor admin, String name, Set<Role> roles) {
        String code = services.users().create(admin, name, "Benchmark " + name, roles, roles.contains(Role.PRESCRIBER)).value().oneTimeCode();
        services.accounts().completeReset(name, code, PASSWORD).value();
        // PWD-5: as the owner does next, a login with the chosen password releases the account's signatures.
        return ((org.vigil.service.LoginResult.Granted) services.accounts().login(name, PASSWORD)).actor();
    }

    private static long booked(Services services, Actor nurse, Actor prescriber, LocalDate day, int n, int chair) {
        String[] name = NAMES[n % NAMES.length];
        Patient patient = new Patient("BR-" + n, new PersonName(name[0], name[1] + (n < NAMES.length ? "" : " " + n)), day.minusYears(25 + n),
                n % 2 == 0 ? Sex.MALE : Sex.FEMALE, null, null, "BR-ID-" + (1000 + n), Optional.empty(), Allergies.NONE_KNOWN,
                Optional.empty(), new Childbearing(ChildbearingPotential.NO, false, ""), "");
        long patientId = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient().id();
        services.screenings().record(nurse, patientId, Screening.clear(day)).value();
        long course = services.courses().start(prescriber, patientId, Indication.TRD, Route.NASAL, "", day).value().course().id();
        return services.clinicDay().book(nurse, course, day, chair).value().sessionId();
    }

    /** The chairs of one wave, each step taken on every chair before the clock moves on. */
    private static void wave(Services services, SimulatedClinic.ScriptClock clock, Actor nurse, Actor prescriber, Instant start, List<Long> chairs) {
        var engine = services.sessions();
        clock.set(start.minus(Duration.ofMinutes(10)));
        for (long s : chairs) {
            engine.startSession(nurse, s, s + "-in").value();
            for (ChecklistItem item : PreDoseChecklist.items(false)) {
                engine.answerChecklist(nurse, s, ChecklistAnswer.clear(item, start.minus(Duration.ofHours(6)), "Driver: family"), s + "-c-" + item)
                        .value();
            }
            engine.completeChecklist(nurse, s, s + "-done").value();
            engine.recordBaseline(nurse, s, 122 + (int) (s % 7) * 3, 78 + (int) (s % 5), 72, 98, clock.instant(), s + "-base").value();
            engine.authoriseDose(prescriber, s, 56, Route.NASAL, 0, PASSWORD, s + "-auth").value();
        }
        at(clock, start, 0);
        chairs.forEach(s -> engine.giveDevice(nurse, s, "LOT-A1", true, "", s + "-d1").value());
        at(clock, start, 5);
        chairs.forEach(s -> engine.giveDevice(nurse, s, "LOT-A1", true, "", s + "-d2").value());
        for (int minute = 15; minute <= 120; minute += 5) {
            at(clock, start, minute);
            for (long s : chairs) {
                int shift = (int) (s % 7) * 3;
                for (int[] r : READINGS) {
                    // One reading in each session is entered ten minutes after it was taken (BP-9).
                    boolean late = r[0] == 70;
                    if (r[0] == (late ? minute - 10 : minute)) {
                        engine.recordVitals(nurse, s, r[1] + shift, r[2] + shift / 2, 70 + (int) (s % 9), 97 + (int) (s % 2),
                                start.plus(Duration.ofMinutes(r[0])), s + "-v" + r[0]).value();
                    }
                }
                int now = minute;
                if (Arrays.stream(SCORES_AT).anyMatch(t -> t == now)) {
                    engine.scoreSedation(nurse, s, now < 60 ? 4 : 5, clock.instant(), s + "-m" + now).value();
                }
            }
        }
        chairs.forEach(s -> engine.transportArrived(nurse, s, s + "-car").value());
        at(clock, start, 121);
        chairs.forEach(s -> engine.signReadyToLeave(prescriber, s, PASSWORD, s + "-ready").value());
        at(clock, start, 122);
        chairs.forEach(s -> engine.discharge(nurse, s, s + "-out").value());
    }

    private static void at(SimulatedClinic.ScriptClock clock, Instant start, int minute) {
        clock.set(start.plus(Duration.ofMinutes(minute)));
    }
}
