package org.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.course.NextSession;
import org.vigil.domain.course.Phase;
import org.vigil.domain.course.ReviewTask;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleProgress;
import org.vigil.service.CourseView;
import org.vigil.service.DayRow;
import org.vigil.service.DrugRegister;
import org.vigil.service.LoginResult;
import org.vigil.service.PatientView;
import org.vigil.service.Services;
import org.vigil.service.SessionView;
import org.vigil.testing.MutableClock;
import org.vigil.testing.TestServices;

@DisplayName("The demo clinic's patients and their history")
class DemoClinicHistoryTest {

    /** A Monday morning, so the demo's "today" is a clinic day like any other. */
    private static final Instant MONDAY = Instant.parse("2025-03-03T08:00:00Z");

    @Test
    @DisplayName("about thirty patients in every phase, with reviews, missed sessions, ended courses and a single dose")
    void courses(@TempDir Path dir) {
        try (Services services = seeded(dir, MONDAY)) {
            Actor doctor = login(services, "drchen");
            List<PatientView> patients = services.patients().search(doctor, "").value();
            List<CourseView> courses = coursesOf(services, doctor, patients);

            assertThat(patients).hasSizeGreaterThanOrEqualTo(28);
            assertThat(patients).extracting(p -> p.patient().name().family() + p.patient().name().given()).contains("张伟", "O'NeillMargaret");
            assertThat(patients).allSatisfy(p -> assertThat(p.age()).isGreaterThanOrEqualTo(18));
            assertThat(patients).filteredOn(p -> p.age() >= 65).isNotEmpty();
            List<CourseView> active = courses.stream().filter(c -> c.course().active() && !c.dosesGiven().isEmpty()).toList();
            assertThat(active).extracting(c -> c.status().phaseToday()).contains(Phase.INDUCTION, Phase.OPTIMISATION, Phase.MAINTENANCE);
            assertThat(courses).as("SCH-1 week-4 review overdue")
                    .anySatisfy(c -> assertThat(c.status().review()).get().matches(ReviewTask::overdue));
            assertThat(courses).as("SCH-5 missed maintenance sessions prompt the prescriber")
                    .anySatisfy(c -> assertThat(c.status().prescriberPrompt()).isPresent());
            assertThat(courses).anySatisfy(c -> assertThat(c.status().next()).isInstanceOf(NextSession.CourseEnded.class));
            assertThat(courses).as("SCH-4").anySatisfy(c -> assertThat(c.status().next()).isInstanceOf(NextSession.SingleDoseGiven.class));
            assertThat(courses).as("PAT-1: the patient with an aneurysm has no course")
                    .noneMatch(c -> c.patientId() == byMrn(patients, "RMC-00336").id());
        }
    }

    @Test
    @DisplayName("today's day list has every chair booked and overdue patients waiting")
    void today(@TempDir Path dir) {
        try (Services services = seeded(dir, MONDAY)) {
            Actor nurse = login(services, "nurse.li");
            LocalDate today = LocalDate.ofInstant(MONDAY, ZoneOffset.UTC);
            List<DayRow> rows = services.clinicDay().between(nurse, today, today).value();

            assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
            assertThat(rows).filteredOn(DayRow::booked).extracting(r -> r.chair().orElseThrow()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
            // Issue 5: the morning is under way. A dose given today counts for the schedule
            // (SCH-6), so those courses' next session has moved on; the others are due today.
            Set<Long> dosedToday = services.sessions().today(nurse).value().stream()
                    .filter(v -> v.snapshot().doseStart().isPresent()).map(SessionView::sessionId).collect(Collectors.toSet());
            assertThat(dosedToday).hasSize(4);
            assertThat(rows).filteredOn(DayRow::booked).allSatisfy(r -> assertThat(r.next()).get()
                    .isInstanceOfSatisfying(NextSession.Due.class, d -> {
                        if (dosedToday.contains(r.sessionId().orElseThrow())) {
                            assertThat(d.date()).isAfter(today);
                        } else {
                            assertThat(d.date()).isEqualTo(today);
                        }
                    }));
            assertThat(rows).filteredOn(DayRow::overdue).hasSizeGreaterThanOrEqualTo(2);
            assertThat(services.clinicDay().between(nurse, today.plusDays(1), today.plusDays(6)).value())
                    .as("booked later this week").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    @DisplayName("scales run from a baseline before the first dose: one patient in remission, one without response")
    void scales(@TempDir Path dir) {
        try (Services services = seeded(dir, MONDAY)) {
            Actor doctor = login(services, "drokafor");
            List<ScaleProgress> progress = new ArrayList<>();
            for (CourseView course : coursesOf(services, doctor, services.patients().search(doctor, "").value())) {
                progress.add(services.followUp().progress(doctor, course.id(), ScaleKind.PHQ9).value());
                assertThat(course.scales()).allSatisfy(s -> assertThat(s.takenOn()).isBeforeOrEqualTo(LocalDate.ofInstant(MONDAY, ZoneOffset.UTC)));
            }
            assertThat(progress).anySatisfy(p -> assertThat(p.remission()).isTrue());
            assertThat(progress).anySatisfy(p -> {
                assertThat(p.baseline()).isPresent();
                assertThat(p.latest()).isNotEqualTo(p.baseline());
                assertThat(p.response()).isFalse();
            });
        }
    }

    @Test
    @DisplayName("SIG-4: every row of the demo's past was written with its audit event, and the chain is intact")
    void audited(@TempDir Path dir) {
        try (Services services = seeded(dir, MONDAY)) {
            Actor manager = login(services, "manager");
            List<String> actions = services.integrity().latest(manager, Integer.MAX_VALUE).value().stream().map(AuditEvent::action).toList();
            assertThat(actions).contains("PATIENT_REGISTERED", "SCREENING_RECORDED", "COURSE_STARTED", "COURSE_REFUSED",
                    "SESSION_DISCHARGED", "COURSE_REVIEWED", "COURSE_ENDED", "SCALE_RECORDED", "MONITORING_RECORDED", "SESSION_BOOKED");
            assertThat(services.integrity().verify("test").intact()).isTrue();
            new DemoClinic(services).seedIfEmpty();
            assertThat(services.patients().search(manager, "").value()).hasSize(DemoPatients.ALL.size());
        }
    }

    @Test
    @DisplayName("CD-2…CD-6 the register holds the receipts, every past dose's devices or vials, IV wastes, signed and unsigned "
            + "entries, one resolved and one open discrepancy, and balances that reconcile")
    void register(@TempDir Path dir) {
        try (Services services = seeded(dir, MONDAY)) {
            Actor manager = login(services, "manager");
            List<DrugRegister.Line> lines = services.register().books(manager).value().stream().flatMap(b -> b.lines().stream()).toList();
            Map<EntryKind, Long> kinds = lines.stream().collect(Collectors.groupingBy(l -> l.entry().kind(), Collectors.counting()));
            assertThat(kinds).containsKeys(EntryKind.RECEIPT, EntryKind.ADMINISTRATION, EntryKind.WASTE);
            long discharged = services.integrity().latest(manager, Integer.MAX_VALUE).value().stream()
                    .filter(e -> e.action().equals("SESSION_DISCHARGED")).count();
            long pastDoses = lines.stream().filter(l -> l.entry().kind() == EntryKind.ADMINISTRATION)
                    .map(l -> l.entry().content().sessionId().orElseThrow()).distinct().count();
            assertThat(pastDoses).as("every discharged past session and today's dosed chairs").isGreaterThanOrEqualTo(discharged);
            assertThat(lines).as("each line's balances are the sums of the entries before it, never below zero").allSatisfy(l -> {
                assertThat(l.line().productBalance()).isNotNegative();
                assertThat(l.line().lotBalance()).isNotNegative();
            });
            for (DrugRegister.LotLine lot : services.register().stock(manager).value()) {
                int sum = lines.stream().filter(l -> l.entry().productId() == lot.product().id() && l.entry().lot().equals(lot.lot().lot()))
                        .mapToInt(l -> l.entry().units()).sum();
                assertThat(lot.lot().units()).as("lot %s", lot.lot().lot()).isEqualTo(sum);
            }
            for (DrugRegister.Book book : services.register().books(manager).value()) {
                assertThat(book.lines()).as("%s reads in the order things happened", book.product().name())
                        .isSortedAccordingTo(Comparator.comparing((DrugRegister.Line l) -> l.entry().content().at()));
            }
            assertThat(lines).allSatisfy(l -> assertThat(l.signaturesHold()).isTrue());
            assertThat(lines).filteredOn(l -> l.entry().kind() != EntryKind.CORRECTION).as("CD-7 each entry is printed in the period "
                    + "of its own day: written when it happened, not when the demo was seeded")
                    .allSatisfy(l -> assertThat(l.entry().recordedAt()).isEqualTo(l.entry().content().at()));
            assertThat(lines).anySatisfy(l -> assertThat(l.awaitsPrescriber()).isTrue());
            assertThat(lines).filteredOn(l -> l.entry().kind() == EntryKind.ADMINISTRATION)
                    .anySatisfy(l -> assertThat(l.awaitsPrescriber()).isFalse());
            List<Discrepancy> discrepancies = services.counts().discrepancies(manager).value();
            assertThat(discrepancies).hasSize(2);
            assertThat(discrepancies).filteredOn(Discrepancy::open).hasSize(1);
            assertThat(services.integrity().verify("test").intact()).isTrue();
        }
    }

    @Test
    @DisplayName("opened for the first time late on a leap day, the demo has the same clinic")
    void leapDay(@TempDir Path dir) {
        Instant late = Instant.parse("2028-02-29T21:30:00Z");
        try (Services services = seeded(dir, late)) {
            Actor nurse = login(services, "nurse.jones");
            LocalDate today = LocalDate.ofInstant(late, ZoneOffset.UTC);
            assertThat(services.patients().search(nurse, "").value()).hasSize(DemoPatients.ALL.size());
            assertThat(services.clinicDay().between(nurse, today, today).value()).filteredOn(DayRow::booked).hasSize(6);
            assertThat(services.integrity().verify("test").intact()).isTrue();
        }
    }

    @Test
    @DisplayName("every story fits the schedule on any day of a fortnight: its past before today, its bookings to come")
    void anyDay(@TempDir Path dir) {
        DemoHistory.Rules rules;
        try (Services services = Services.open(dir, new MutableClock(MONDAY))) {
            rules = DemoHistory.Rules.from(services.settings().current());
        }
        DemoHistory.Signer signer = (who, day, reason) -> new PrescriberDecision(1, who, day.atStartOfDay(ZoneOffset.UTC).toInstant(), reason);
        LocalDate monday = LocalDate.ofInstant(MONDAY, ZoneOffset.UTC);
        for (int d = 0; d < 14; d++) {
            LocalDate today = monday.plusDays(d);
            for (DemoStory story : DemoPatients.ALL) {
                if (story.plan().isEmpty()) {
                    continue;
                }
                DemoHistory.History h = DemoHistory.of(story.plan().get(), story.screen().orElseThrow(), d, rules, today, signer);
                String who = story.person().mrn() + " on " + today;
                assertThat(h.screenedOn()).as(who).isBeforeOrEqualTo(today);
                assertThat(h.doses()).as(who).allMatch(day -> day.isBefore(today) && !day.isBefore(h.screenedOn()));
                assertThat(h.scales()).as(who).allMatch(s -> !s.takenOn().isAfter(today) && !s.takenOn().isBefore(h.screenedOn()));
                LocalDate firstDose = h.doses().isEmpty() ? h.start() : h.doses().getFirst();
                for (ScaleKind kind : ScaleKind.values()) {
                    h.scales().stream().filter(s -> s.kind() == kind).map(DemoHistory.Scale::takenOn).min(LocalDate::compareTo)
                            .ifPresent(baseline -> assertThat(baseline).as(who + " " + kind + " baseline").isBeforeOrEqualTo(firstDose));
                }
                assertThat(h.monitoring()).as(who).allMatch(m -> m.doneOn().isBefore(today));
                h.booking().ifPresent(b -> assertThat(b.day()).as(who).isAfterOrEqualTo(today));
            }
        }
    }

    private static Services seeded(Path dir, Instant now) {
        Services services = TestServices.open(dir, new MutableClock(now));
        new DemoClinic(services).seedIfEmpty();
        return services;
    }

    private static Actor login(Services services, String username) {
        return ((LoginResult.Granted) services.accounts().login(username, DemoClinic.PASSWORD)).actor();
    }

    private static List<CourseView> coursesOf(Services services, Actor actor, List<PatientView> patients) {
        List<CourseView> courses = new ArrayList<>();
        patients.forEach(p -> courses.addAll(services.courses().ofPatient(actor, p.id()).value()));
        return courses;
    }

    private static PatientView byMrn(List<PatientView> patients, String mrn) {
        Optional<PatientView> found = patients.stream().filter(p -> p.patient().mrn().equals(mrn)).findFirst();
        return found.orElseThrow();
    }
}
