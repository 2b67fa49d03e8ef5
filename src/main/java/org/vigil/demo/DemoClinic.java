package org.vigil.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.demo.DemoHistory.History;
import org.vigil.demo.DemoRecords.Started;
import org.vigil.demo.DemoStory.Plan;
import org.vigil.demo.DemoStory.Situation;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;
import org.vigil.service.ClinicSetup.StaffMember;
import org.vigil.service.Courses;
import org.vigil.service.LoginResult;
import org.vigil.service.Registration;
import org.vigil.service.Screenings;
import org.vigil.service.Services;

/**
 * A believable clinic for trying Vigil in a minute (`vigil --demo`), in a database of its own.
 * The demo passwords are published in the README, so this never runs on a real data folder.
 *
 * <p>On the first run the staff below register, screen and start their patients through the
 * services, as they would at the desk; the weeks before today (doses given, reviews, scales,
 * monitoring) are written in one transaction by {@link DemoRecords}; then today's and this
 * week's sessions are booked through the services, and today's chairs are put where a real
 * morning would have them by {@link DemoMorning}, in one more transaction.
 */
public final class DemoClinic {

    private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

    /** Everyone in the demo clinic logs in with this; it is printed in the README. */
    public static final String PASSWORD = "demo clinic password";

    /** The demo's staff, for the README and the login screen hint. */
    public static final List<StaffMember> PEOPLE = List.of(
            new StaffMember("admin", "Alex Morgan", EnumSet.of(Role.ADMIN), false),
            new StaffMember("manager", "Priya Shah", EnumSet.of(Role.MANAGER), false),
            new StaffMember("drchen", "Dr Wei Chen", EnumSet.of(Role.PRESCRIBER, Role.NURSE), true),
            new StaffMember("drokafor", "Dr Ada Okafor", EnumSet.of(Role.PRESCRIBER), true),
            new StaffMember("drlee", "Dr Sam Lee (trainee)", EnumSet.of(Role.PRESCRIBER), false),
            new StaffMember("nurse.li", "Li Na", EnumSet.of(Role.NURSE), false),
            new StaffMember("nurse.jones", "Megan Jones", EnumSet.of(Role.NURSE), false));

    /** Who looks after the demo patients. */
    private static final List<String> STAFF = List.of("drchen", "drokafor", "nurse.li", "nurse.jones");
    private static final List<String> NURSES = List.of("nurse.li", "nurse.jones");

    private final Services services;
    private final Clock clock;
    private final DemoRecords records;
    private final DemoMorning morning;
    private final java.util.function.Consumer<String> beforeStep;

    /** The demo over a folder of its own, opened by the entry point that was asked for the demo. */
    public DemoClinic(Services services) {
        this(services, step -> { });
    }

    /**
     * @param beforeStep called with each seeding step's name before it runs: a test throws there
     *     to cut the seeding short, as a kill would
     */
    DemoClinic(Services services, java.util.function.Consumer<String> beforeStep) {
        this.beforeStep = beforeStep;
        this.services = services;
        this.clock = services.clock();
        this.records = new DemoRecords(services.backdated(), clock);
        this.morning = new DemoMorning(services);
    }

    /**
     * What `--demo` runs on the folder it opened: a demo cut short last time (killed while seeding,
     * or a step failed) is built again from nothing, an empty folder is seeded, a whole demo is
     * left as it is. Answers the services to use, which are new when the demo was built again.
     */
    public static Services ready(Services opened) {
        Services services = opened.demoRebuiltIfUnfinished();
        new DemoClinic(services).seedIfEmpty();
        return services;
    }

    /** Fills an empty demo database; does nothing once the clinic exists. */
    public void seedIfEmpty() {
        if (services.setup().setUpDemo("Riverside Mood Clinic (demo)", PEOPLE, PASSWORD)) {
            try {
                seedPatients();
                // Only a demo seeded to the end says so: one cut short is built again at the next start (see ready).
                services.setup().demoSeeded();
            } catch (RuntimeException e) {
                // Each step committed whole: the demo opens with the patients seeded so far, and is rebuilt next time.
                log.error("The demo clinic's patients could not all be seeded; the next --demo start builds it again", e);
            }
        }
    }

    private void seedPatients() {
        Map<String, Actor> staff = new LinkedHashMap<>();
        for (String username : STAFF) {
            staff.put(username, login(username));
        }
        try {
            beforeStep.accept("patients");
            List<Started> started = admit(staff);
            Actor receiver = staff.get(NURSES.get(0));
            Actor witness = staff.get(NURSES.get(1));
            beforeStep.accept("history");
            records.write(started, services.settings().current(), services.register().products(receiver).value(), receiver, witness);
            beforeStep.accept("morning");
            morning.write(book(started));
            beforeStep.accept("cupboard");
            staff.put("manager", login("manager"));
            new DemoCupboard(services, PASSWORD).settle(List.of(staff.get("drchen"), staff.get("drokafor")), receiver, witness,
                    staff.get("manager"));
        } finally {
            staff.values().forEach(services.accounts()::logout);
        }
    }

    private Actor login(String username) {
        if (!(services.accounts().login(username, PASSWORD) instanceof LoginResult.Granted granted)) {
            throw new IllegalStateException("demo user " + username + " cannot log in");
        }
        return granted.actor();
    }

    /** Registers, screens and starts each demo patient's course as of today; returns the courses started. */
    private List<Started> admit(Map<String, Actor> staff) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        DemoHistory.Rules rules = DemoHistory.Rules.from(services.settings().current());
        DemoHistory.Signer signer = (who, day, reason) -> new PrescriberDecision(staff.get(who).userId(), staff.get(who).fullName(),
                records.at(day, DemoRecords.DECIDED_AT), reason);
        List<Started> started = new ArrayList<>();
        for (int i = 0; i < DemoPatients.ALL.size(); i++) {
            DemoStory story = DemoPatients.ALL.get(i);
            int variant = i;
            Actor nurse = staff.get(NURSES.get(i % NURSES.size()));
            Optional<History> history = story.plan()
                    .map(p -> DemoHistory.of(p, story.screen().orElseThrow(), variant, rules, today, signer));
            LocalDate screened = history.map(History::screenedOn)
                    .orElseGet(() -> story.screen().map(s -> DemoHistory.screenedOn(s, today)).orElse(today));
            long patientId = register(nurse, story, screened, today, i);
            if (story.plan().isEmpty()) {
                continue;
            }
            Plan plan = story.plan().get();
            Actor prescriber = staff.get(plan.prescriber());
            DemoStory.Screen screen = story.screen().orElseThrow();
            expect(services.screenings().record(screen.hasDecisions() ? prescriber : nurse, patientId, screening(screen, story.person().sex(),
                    screened, prescriber)).isDone(), story, "screening");
            Outcome<Courses.Started> start = services.courses().start(prescriber, patientId, plan.regimen().indication(),
                    plan.regimen().route(), "", history.orElseThrow().start());
            boolean refused = plan.situation() == Situation.REFUSED;
            // A refused story is stopped by its enrolment findings, not by anything else.
            expect(refused ? start.refusalOrNull() != null && start.refusalOrNull().messageKey().equals("course.notAllowed")
                    : start.isDone(), story, "start " + start);
            if (start instanceof Outcome.Done<Courses.Started> s) {
                started.add(new Started(patientId, s.value().course().id(), history.get(), nurse, prescriber));
            }
        }
        return started;
    }

    private long register(Actor nurse, DemoStory story, LocalDate screened, LocalDate today, int variant) {
        DemoStory.Person p = story.person();
        // Ages count back from today, on a different day of the year for each patient.
        LocalDate born = today.minusYears(p.age()).minusDays(1 + Math.floorMod(variant * 47, 360));
        Optional<Weight> weight = p.weightKg().isBlank() ? Optional.empty()
                : Optional.of(new Weight(new BigDecimal(p.weightKg()), screened));
        // PAT-6: patients treated in the outpatient clinic are enrolled in the risk programme at screening.
        boolean outpatient = story.plan().map(Plan::regimen).filter(Regimen::outpatient).isPresent()
                && story.plan().get().situation() != Situation.REFUSED;
        Optional<RiskProgrammeEnrolment> risk = outpatient
                ? Optional.of(new RiskProgrammeEnrolment("RP-48" + p.mrn().replaceAll("\\D", ""), screened)) : Optional.empty();
        Patient patient = new Patient(p.mrn(), p.name(), born, p.sex(), new Contact(p.phone(), "", ""), p.emergency(), p.idNumber(),
                weight, p.allergies(), risk, p.childbearing(), p.notes());
        Registration registration = services.patients().register(nurse, patient, false).value();
        if (!(registration instanceof Registration.Saved saved)) {
            throw new IllegalStateException("demo patient " + p.mrn() + " not registered: " + registration);
        }
        return saved.patient().id();
    }

    /** The screening form as filled in; the service signs the decisions with the prescriber and the time. */
    private Screening screening(DemoStory.Screen s, Sex sex, LocalDate on, Actor prescriber) {
        PregnancyStatus pregnancy = sex == Sex.FEMALE ? (s.pregnant() ? PregnancyStatus.PREGNANT : PregnancyStatus.NOT_PREGNANT)
                : PregnancyStatus.NOT_ASKED;
        Map<Contraindication, PrescriberDecision> overrides = new HashMap<>();
        if (!s.overrideReason().isEmpty()) {
            s.findings().stream().filter(f -> !f.absolute()).forEach(f -> overrides.put(f, decision(prescriber, s.overrideReason())));
        }
        Optional<PrescriberDecision> older = s.olderAdultReason().isEmpty() ? Optional.empty()
                : Optional.of(decision(prescriber, s.olderAdultReason()));
        return new Screening(on, s.findings(), pregnancy, false, overrides, Optional.empty(), older);
    }

    private PrescriberDecision decision(Actor prescriber, String reason) {
        return new PrescriberDecision(prescriber.userId(), prescriber.fullName(), clock.instant(), reason);
    }

    /** Today's chairs and the rest of the week, booked by the patient's nurse; returns today's chairs. */
    private List<DemoMorning.Chair> book(List<Started> started) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        List<DemoMorning.Chair> chairs = new ArrayList<>();
        for (Started s : started) {
            Optional<DemoHistory.Booking> booking = s.history().booking();
            if (booking.isPresent()) {
                long id = services.clinicDay().book(s.nurse(), s.courseId(), booking.get().day(), booking.get().chair()).value().sessionId();
                if (booking.get().day().equals(today)) {
                    chairs.add(new DemoMorning.Chair(booking.get().chair(), id, s));
                }
            }
        }
        return chairs;
    }

    private static void expect(boolean condition, DemoStory story, String what) {
        if (!condition) {
            throw new IllegalStateException("demo patient " + story.person().mrn() + ": unexpected " + what);
        }
    }
}
