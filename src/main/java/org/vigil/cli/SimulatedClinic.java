package org.vigil.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.register.CountKind;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.session.SessionEvent;
import org.vigil.service.DrugRegister;
import org.vigil.service.LoginResult;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import org.vigil.service.StockCounts;

/**
 * A clinic run day by day through the services, as the nurses and the prescriber would run it:
 * five chairs in four waves a day from 08:00 (twenty sessions), Monday to Friday except public
 * holidays (about 250 days, 5 000 sessions a year). Patients come for TRD nasal courses of eight
 * sessions twice a week; at the week-4 review most courses stop, some go on weekly for four more
 * sessions; about a third of new courses are for a returning patient, and one patient (the first
 * registered) comes back twice a year for the whole history. Every session is told from booking to
 * discharge, each step its own transaction with its audit event (about 35): check-in, the PRE-1
 * checklist, baseline, the prescriber's signed authorisation, two or three devices with their
 * register entries, BP checks at 15/40/55/70/90/120 minutes, sedation scores, dissociation,
 * now and then nausea, transport, the signed ready-to-leave, the discharge advice and the
 * discharge. The register gets its deliveries when a lot runs low (witnessed), a dropped device
 * wasted now and then (witnessed), the prescriber's signatures at the end of each day and a
 * day-close count every Friday (co-signed); MADRS and PHQ-9 at the start and at the review.
 *
 * <p>The clinic's clock is the generator's own, set to each step's minute. A fixed seed makes two
 * runs write the same clinic. For {@code vigil benchmark --clinic-years}; see
 * {@link Services#openForGeneratedData} for what differs from the clinic (only speed).
 */
final class SimulatedClinic {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SimulatedClinic.class);

    /** The sessions each working day, the benchmark's definition of a busy clinic. */
    static final int SESSIONS_PER_DAY = 20;
    static final String PASSWORD = "benchmark only sentence";
    private static final int CHAIRS = 5;
    private static final Duration WAVE = Duration.ofMinutes(135);
    private static final LocalTime FIRST_WAVE = LocalTime.of(8, 0);
    /** New courses started on one day at most in the clinic's first two weeks, so that it fills its chairs gradually. */
    private static final int NEW_COURSES_PER_DAY = 6;
    private static final int OPENING_DAYS = 14;
    private static final int INDUCTION_SESSIONS = 8;
    private static final int OPTIMISATION_SESSIONS = 4;
    private static final int NASAL_DELIVERY = 600;
    private static final long SEED = 20_260_101L;
    private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(5, 1), MonthDay.of(10, 1),
            MonthDay.of(10, 2), MonthDay.of(10, 3), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));
    private static final String[][] NAMES = {{"张", "伟"}, {"Okafor", "Grace"}, {"李", "娜"}, {"Brown", "David"}, {"王", "芳"},
            {"Smith", "Ann"}, {"刘", "洋"}, {"Garcia", "Maria"}, {"陈", "静"}, {"Nguyen", "Linh"}};
    /** Minutes after the first device, and the systolic and diastolic before the patient's own shift. */
    private static final int[][] READINGS = {{15, 142, 88}, {40, 156, 95}, {55, 148, 91}, {70, 142, 88}, {90, 136, 84}, {120, 128, 80}};
    private static final int[] SEDATION_AT = {15, 30, 60, 90, 120};

    /** Who works in the simulated clinic. */
    record Staff(Actor admin, List<Actor> nurses, Actor prescriber, Actor manager) {}

    /** What one stretch of generation wrote. */
    record Written(LocalDate from, LocalDate until, int days, int sessions, long transactions, int patients, int courses) {}

    /** The clinic's clock, moved by the script; never the computer's. */
    static final class ScriptClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        ScriptClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void set(Instant moment) {
            now = moment;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ScriptClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final class Course {
        final int patient;
        final long id;
        int given;
        int planned = INDUCTION_SESSIONS;
        LocalDate due;
        final LocalDate first;
        boolean reviewed;

        Course(int patient, long id, LocalDate due) {
            this.patient = patient;
            this.id = id;
            this.due = due;
            this.first = due;
        }
    }

    private static final class Person {
        final long id;
        final int index;
        final LocalDate born;
        boolean inCourse;
        LocalDate lastEnded;

        Person(long id, int index, LocalDate born) {
            this.id = id;
            this.index = index;
            this.born = born;
        }
    }

    private final ScriptClock clock;
    private final ZoneId zone;
    private final Random random = new Random(SEED);
    private final List<Person> people = new ArrayList<>();
    private final List<Course> active = new ArrayList<>();
    private Services services;
    private Staff staff;
    private long nasalProduct;
    private String lot;
    private int lotBalance;
    private int lots;
    private int sessions;
    private int earlyReviews;
    private int courses;
    private long transactions;

    SimulatedClinic(ScriptClock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    ScriptClock clock() {
        return clock;
    }

    Staff staff() {
        return staff;
    }

    /** The patient whose history spans every generated year: the first registered. */
    long longTermPatient() {
        return people.getFirst().id;
    }

    /** Whether a day is a working day of the simulated clinic. */
    static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(MonthDay.from(day));
    }

    static LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Sets the clinic up in an empty folder opened for generated data: the clinic, its staff, the backup passphrase. */
    void setUp(Services opened, LocalDate firstDay) {
        this.services = opened;
        this.openingDay = firstDay;
        clock.set(at(firstDay, LocalTime.of(7, 0)));
        Actor admin = services.setup().setUp("Simulated clinic", "admin", "Clinic Administrator", PASSWORD).value();
        transactions++;
        Actor nurse1 = person(admin, "nurse1", "Nurse One", Set.of(Role.NURSE), false);
        Actor nurse2 = person(admin, "nurse2", "Nurse Two", Set.of(Role.NURSE), false);
        Actor nurse3 = person(admin, "nurse3", "Nurse Three", Set.of(Role.NURSE), false);
        Actor prescriber = person(admin, "prescriber", "Dr Prescriber", Set.of(Role.PRESCRIBER, Role.NURSE), true);
        Actor manager = person(admin, "manager", "Clinic Manager", Set.of(Role.MANAGER), false);
        staff = new Staff(admin, List.of(nurse1, nurse2, nurse3), prescriber, manager);
        char[] passphrase = "benchmark backup passphrase only".toCharArray();
        services.backups().setBackupPassphrase(admin, passphrase, passphrase.clone()).value();
        transactions++;
        nasalProduct = services.register().products(nurse1).value().stream().filter(p -> p.route() == Route.NASAL).findFirst()
                .orElseThrow().id();
    }

    /** Goes on in a reopened folder (the generator closes and reopens it every clinic-year, as a clinic closes Vigil). */
    void reopened(Services reopened) {
        this.services = reopened;
    }

    /**
     * Runs every working day from {@code from} up to and including {@code until}.
     *
     * @param progress told after each day
     */
    Written run(LocalDate from, LocalDate until, Consumer<LocalDate> progress) {
        int sessionsBefore = sessions;
        long transactionsBefore = transactions;
        int peopleBefore = people.size();
        int coursesBefore = courses;
        int days = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (!workingDay(day)) {
                continue;
            }
            day(day);
            days++;
            progress.accept(day);
        }
        return new Written(from, until, days, sessions - sessionsBefore, transactions - transactionsBefore, people.size() - peopleBefore,
                courses - coursesBefore);
    }

    /**
     * The morning of {@code day}: the day planned (new courses started), the first wave booked,
     * none run yet; what the day list shows when the clinic opens.
     *
     * @return the sessions booked, one per chair
     */
    List<Long> bookMorning(LocalDate day) {
        clock.set(at(day, LocalTime.of(7, 30)));
        List<Course> planned = plan(day);
        clock.set(at(day, FIRST_WAVE).minus(Duration.ofMinutes(20)));
        return book(day, planned, 0).stream().map(b -> b.session).toList();
    }

    private record Booking(Course course, long session, int wave, int chair) {}

    private void day(LocalDate day) {
        clock.set(at(day, LocalTime.of(7, 15)));
        stockUp(day);
        clock.set(at(day, LocalTime.of(7, 30)));
        List<Course> planned = plan(day);
        List<Booking> booked = new ArrayList<>();
        for (int wave = 0; wave * CHAIRS < planned.size(); wave++) {
            Instant start = at(day, FIRST_WAVE).plus(WAVE.multipliedBy(wave));
            clock.set(start.minus(Duration.ofMinutes(20)));
            List<Booking> chairs = book(day, planned, wave);
            booked.addAll(chairs);
            wave(day, chairs, start);
        }
        clock.set(at(day, LocalTime.of(17, 0)));
        for (Booking b : booked) {
            sessionGiven(b.course, day);
        }
        clock.set(at(day, LocalTime.of(17, 30)));
        Actor prescriber = staff.prescriber();
        List<Long> unsigned = services.register().awaitingSignature(prescriber).value().stream().map(l -> l.line().entry().id()).toList();
        if (!unsigned.isEmpty()) {
            services.register().sign(prescriber, PASSWORD, unsigned).value();
            transactions++;
        }
        if (day.getDayOfWeek() == DayOfWeek.FRIDAY) {
            clock.set(at(day, LocalTime.of(17, 45)));
            count();
        }
    }

    /**
     * The day's plan: the courses due in order of due date, then new courses for the chairs left,
     * five chairs a wave. A chair is booked for one session at a time (SCH-6), so each wave is
     * booked as the one before it leaves.
     */
    private List<Course> plan(LocalDate day) {
        List<Course> today = new ArrayList<>();
        active.stream().filter(c -> !c.due.isAfter(day)).sorted(Comparator.comparing((Course c) -> c.due).thenComparingLong(c -> c.id))
                .limit(SESSIONS_PER_DAY).forEach(today::add);
        int fresh = 0;
        // After the opening weeks a waiting list fills every free chair: twice-weekly courses leave Wednesdays short otherwise.
        int newAtMost = openingDay.plusDays(OPENING_DAYS).isAfter(day) ? NEW_COURSES_PER_DAY : SESSIONS_PER_DAY;
        while (today.size() < SESSIONS_PER_DAY && fresh < newAtMost) {
            today.add(newCourse(day));
            fresh++;
        }
        return today;
    }

    private List<Booking> book(LocalDate day, List<Course> planned, int wave) {
        List<Booking> bookings = new ArrayList<>();
        Actor nurse = staff.nurses().getFirst();
        for (int i = wave * CHAIRS; i < Math.min(planned.size(), (wave + 1) * CHAIRS); i++) {
            int chair = i % CHAIRS + 1;
            Course course = planned.get(i);
            var outcome = services.clinicDay().book(nurse, course.id, day, chair);
            if (outcome.refusalOrNull() != null && "SCH-1".equals(outcome.refusalOrNull().ruleId())) {
                // SCH-1: a course delayed past week 4 (the chairs were full) waits for its review; the prescriber answers it
                // now and the induction goes on at its frequency.
                earlyReviews++;
                if (earlyReviews == 1) {
                    log.info("Simulated clinic: course {} ({} of {} sessions given, first {}) reached its review on {}", course.id,
                            course.given, course.planned, course.first, day);
                }
                services.courses().answerReview(staff.prescriber(), course.id, day,
                        new ReviewDecision.Change(SessionFrequency.TWICE_WEEKLY), "Finish the induction sessions").value();
                transactions++;
                course.reviewed = true;
                outcome = services.clinicDay().book(nurse, course.id, day, chair);
            }
            if (!outcome.isDone()) {
                // A story that breaks a rule is a bug here: say which course, so it can be found.
                throw new IllegalStateException("simulated clinic: booking course " + course.id + " (patient " + course.patient + ", "
                        + course.given + " of " + course.planned + " sessions given, first " + course.first + ") on " + day + ": " + outcome);
            }
            long session = outcome.value().sessionId();
            transactions++;
            bookings.add(new Booking(planned.get(i), session, wave, chair));
        }
        return bookings;
    }

    private Course newCourse(LocalDate day) {
        Actor nurse = staff.nurses().get(random.nextInt(staff.nurses().size()));
        Person person = returning(day).orElseGet(() -> register(nurse, day));
        services.screenings().record(nurse, person.id, Screening.clear(day)).value();
        long course = services.courses().start(staff.prescriber(), person.id, Indication.TRD, Route.NASAL, "", day).value().course().id();
        scales(nurse, course, day, 0);
        transactions += 4;
        person.inCourse = true;
        courses++;
        Course c = new Course(person.index, course, day);
        active.add(c);
        return c;
    }

    /** A patient who finished a course at least two months ago comes back; the long-term patient after five months. */
    private Optional<Person> returning(LocalDate day) {
        Person first = people.isEmpty() ? null : people.getFirst();
        if (first != null && !first.inCourse && first.lastEnded != null && first.lastEnded.plusMonths(5).isBefore(day)) {
            return Optional.of(first);
        }
        if (people.size() < 10 || random.nextInt(3) != 0) {
            return Optional.empty();
        }
        for (int tries = 0; tries < 5; tries++) {
            Person p = people.get(1 + random.nextInt(people.size() - 1));
            // PAT-3: an older adult's course needs a prescriber's override; the returning patients here are younger.
            if (!p.inCourse && p.lastEnded != null && p.lastEnded.plusMonths(2).isBefore(day) && p.born.plusYears(64).isAfter(day)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private Person register(Actor nurse, LocalDate day) {
        int n = people.size();
        String[] name = NAMES[n % NAMES.length];
        Sex sex = n % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        LocalDate born = day.minusYears(22 + n % 40).minusDays(n % 365);
        Patient patient = new Patient("SIM-" + (100_000 + n), new PersonName(name[0], name[1] + " " + n), born, sex, null, null, "SIM-ID-" + (1_000_000 + n), Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(),
                new Childbearing(ChildbearingPotential.NO, false, ""), "");
        long id = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient().id();
        Person person = new Person(id, n, born);
        people.add(person);
        return person;
    }

    /** MADRS and PHQ-9, improving from the start of a course to its review. */
    private void scales(Actor nurse, long course, LocalDate day, int improvement) {
        List<Integer> madrs = new ArrayList<>();
        for (int i = 0; i < ScaleKind.MADRS.itemCount(); i++) {
            madrs.add(Math.max(0, 3 + random.nextInt(3) - improvement));
        }
        List<Integer> phq = new ArrayList<>();
        for (int i = 0; i < ScaleKind.PHQ9.itemCount(); i++) {
            phq.add(Math.max(0, 1 + random.nextInt(3) - improvement));
        }
        services.followUp().recordScale(nurse, course, ScaleKind.MADRS, day, madrs).value();
        services.followUp().recordScale(nurse, course, ScaleKind.PHQ9, day, phq).value();
    }

    /** CD-2: a delivery, received and witnessed, when the lot in use would not last the day. */
    private void stockUp(LocalDate day) {
        if (lot != null && (lotBalance >= SESSIONS_PER_DAY * 3 + 2 || spareLot != null)) {
            return;
        }
        lots++;
        String next = "NS-" + day + "-" + lots;
        services.register().receive(staff.nurses().getFirst(), new DrugRegister.Receipt(nasalProduct, next, day.plusYears(2), NASAL_DELIVERY,
                "Pharma Supplies Ltd, 1 Dock Road", "INV-" + day + "-" + lots), staff.nurses().get(1), PASSWORD).value();
        transactions++;
        // The old lot's last devices are used first; what is left of it stays on the sheet until then.
        if (lot == null || lotBalance == 0) {
            lot = next;
            lotBalance = NASAL_DELIVERY;
        } else {
            spareLot = next;
        }
    }

    private String spareLot;
    /** The clinic's first day. */
    private LocalDate openingDay;

    /** The lot for the next device: the old lot's last devices first. */
    private String takeDevice() {
        if (lotBalance == 0 && spareLot != null) {
            lot = spareLot;
            lotBalance = NASAL_DELIVERY;
            spareLot = null;
        }
        lotBalance--;
        return lot;
    }

    /** CD-6: the Friday day-close count, every lot on the sheet at its balance, co-signed. */
    private void count() {
        Actor nurse = staff.nurses().getFirst();
        List<StockCounts.CountedLot> counted = services.register().stock(nurse).value().stream().filter(l -> l.lot().units() != 0)
                .map(l -> new StockCounts.CountedLot(l.lot().productId(), l.lot().lot(), l.lot().units())).toList();
        services.counts().count(nurse, CountKind.DAY_CLOSE, counted, staff.nurses().get(1), PASSWORD).value();
        transactions++;
    }

    /** The chairs of one wave, each step taken on every chair before the clock moves on. */
    private void wave(LocalDate day, List<Booking> chairs, Instant start) {
        var engine = services.sessions();
        Actor prescriber = staff.prescriber();
        clock.set(start.minus(Duration.ofMinutes(15)));
        List<Integer> devices = new ArrayList<>();
        for (Booking b : chairs) {
            Actor nurse = nurse(b);
            long s = b.session;
            engine.startSession(nurse, s, s + "-in").value();
            for (ChecklistItem item : PreDoseChecklist.items(false)) {
                engine.answerChecklist(nurse, s, ChecklistAnswer.clear(item, start.minus(Duration.ofHours(6)), "Driver: family member"),
                        s + "-c-" + item).value();
                transactions++;
            }
            engine.completeChecklist(nurse, s, s + "-done").value();
            engine.recordBaseline(nurse, s, 120 + (int) (s % 7) * 3, 76 + (int) (s % 5), 70 + (int) (s % 9), 98, clock.instant(), s + "-base")
                    .value();
            transactions += 3;
        }
        clock.set(start.minus(Duration.ofMinutes(5)));
        for (Booking b : chairs) {
            // TRD nasal: 56 mg at the first session, 84 mg for some later ones.
            int mg = b.course.given == 0 || random.nextInt(10) < 6 ? 56 : 84;
            devices.add(mg / 28);
            engine.authoriseDose(prescriber, b.session, mg, Route.NASAL, 0, PASSWORD, b.session + "-auth").value();
            transactions++;
        }
        for (int d = 0; d < 3; d++) {
            at(start, 5 * d);
            for (int i = 0; i < chairs.size(); i++) {
                if (d < devices.get(i)) {
                    Booking b = chairs.get(i);
                    engine.giveDevice(nurse(b), b.session, takeDevice(), true, "", b.session + "-d" + d).value();
                    transactions++;
                    if (random.nextInt(60) == 0) {
                        // CD-5: a device dropped before use, wasted under a witness.
                        services.register().wasteStock(nurse(b), nasalProduct, takeDevice(), 1,
                                "Discarded into the controlled-drug waste container", "Device dropped before use", witnessFor(nurse(b)),
                                PASSWORD).value();
                        transactions++;
                    }
                }
            }
        }
        boolean[] dissociated = new boolean[chairs.size()];
        boolean[] nausea = new boolean[chairs.size()];
        for (int i = 0; i < chairs.size(); i++) {
            dissociated[i] = random.nextInt(10) < 6;
            nausea[i] = random.nextInt(20) == 0;
        }
        for (int minute = 15; minute <= 120; minute += 5) {
            at(start, minute);
            for (int i = 0; i < chairs.size(); i++) {
                Booking b = chairs.get(i);
                Actor nurse = nurse(b);
                long s = b.session;
                int shift = (int) (s % 7) * 3;
                for (int[] r : READINGS) {
                    // One reading in each session is entered ten minutes after it was taken (BP-9).
                    boolean late = r[0] == 70;
                    if (r[0] == (late ? minute - 10 : minute)) {
                        engine.recordVitals(nurse, s, r[1] + shift, r[2] + shift / 2, 70 + (int) (s % 9), 97 + (int) (s % 2),
                                start.plus(Duration.ofMinutes(r[0])), s + "-v" + r[0]).value();
                        transactions++;
                    }
                }
                int now = minute;
                for (int t : SEDATION_AT) {
                    if (t == now) {
                        engine.scoreSedation(nurse, s, now < 60 ? 4 : 5, clock.instant(), s + "-m" + now).value();
                        transactions++;
                    }
                }
                if (dissociated[i] && (minute == 20 || minute == 50)) {
                    engine.noteDissociation(nurse, s, minute == 20, s + "-dis" + minute).value();
                    transactions++;
                }
                if (nausea[i] && minute == 30) {
                    engine.openAdverseEvent(nurse, s, AdverseEventKind.NAUSEA, SessionEvent.AdverseEventOpened.Severity.MILD,
                            "Nausea, no vomiting", "Sips of water, bowl at hand", clock.instant(), s + "-ae").value();
                    transactions++;
                }
                if (nausea[i] && minute == 60) {
                    engine.resolveAdverseEvent(nurse, s, "AE-1", "Settled", s + "-ae-end").value();
                    transactions++;
                }
            }
        }
        at(start, 115);
        chairs.forEach(b -> engine.transportArrived(nurse(b), b.session, b.session + "-car").value());
        at(start, 121);
        chairs.forEach(b -> engine.signReadyToLeave(prescriber, b.session, PASSWORD, b.session + "-ready").value());
        at(start, 122);
        chairs.forEach(b -> engine.recordDischargeAdvice(nurse(b), b.session, SessionEvent.DischargeAdviceGiven.AdviceHandover.PRINTED,
                b.session + "-advice").value());
        at(start, 123);
        chairs.forEach(b -> engine.discharge(nurse(b), b.session, b.session + "-out").value());
        transactions += 4L * chairs.size();
        sessions += chairs.size();
    }

    /** After a session: the next one due in three or four days, or the week-4 review, or the course's end. */
    private void sessionGiven(Course course, LocalDate day) {
        course.given++;
        if (course.given < course.planned) {
            course.due = day.plusDays(3);
            while (!workingDay(course.due)) {
                course.due = course.due.plusDays(1);
            }
            if (course.given > INDUCTION_SESSIONS) {
                // Optimisation is weekly.
                course.due = day.plusWeeks(1);
            }
            return;
        }
        Actor prescriber = staff.prescriber();
        Person person = people.get(course.patient);
        if (course.given == INDUCTION_SESSIONS && course.reviewed) {
            services.courses().end(prescriber, course.id, day, EndReason.COMPLETED, "Induction complete").value();
        } else if (course.given == INDUCTION_SESSIONS) {
            scales(staff.nurses().getFirst(), course.id, day, 2);
            transactions += 2;
            if (random.nextInt(10) < 3) {
                services.courses().answerReview(prescriber, course.id, day, new ReviewDecision.Continue(), "Responding; weekly optimisation")
                        .value();
                transactions++;
                course.planned += OPTIMISATION_SESSIONS;
                course.due = day.plusWeeks(1);
                return;
            }
            EndReason reason = random.nextInt(4) == 0 ? EndReason.INSUFFICIENT_RESPONSE : EndReason.COMPLETED;
            services.courses().answerReview(prescriber, course.id, day, new ReviewDecision.Stop(reason), "Week-4 review").value();
        } else {
            services.courses().end(prescriber, course.id, day, EndReason.COMPLETED, "Optimisation complete").value();
        }
        transactions++;
        active.remove(course);
        person.inCourse = false;
        person.lastEnded = day;
    }

    /** SIG-2: the witness is another nurse than the one who handles the stock. */
    private Actor witnessFor(Actor nurse) {
        List<Actor> nurses = staff.nurses();
        return nurses.get((nurses.indexOf(nurse) + 1) % nurses.size());
    }

    private Actor nurse(Booking b) {
        return staff.nurses().get(b.chair % staff.nurses().size());
    }

    private void at(Instant start, int minute) {
        clock.set(start.plus(Duration.ofMinutes(minute)));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    private Actor person(Actor admin, String name, String fullName, Set<Role> roles, boolean signingRight) {
        String code = services.users().create(admin, name, fullName, roles, signingRight).value().oneTimeCode();
        services.accounts().completeReset(name, code, PASSWORD).value();
        transactions += 3;
        // PWD-5: as the owner does next, a login with the chosen password releases the account's signatures.
        return ((LoginResult.Granted) services.accounts().login(name, PASSWORD)).actor();
    }

    int sessions() {
        return sessions;
    }

    long transactions() {
        return transactions;
    }

    int patients() {
        return people.size();
    }

    /** Courses whose week-4 review fell due before their eighth session (SCH-1), answered then. */
    int earlyReviews() {
        return earlyReviews;
    }

    int courses() {
        return courses;
    }
}
