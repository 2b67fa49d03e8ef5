package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.NextSession;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.Route;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.patient.Screening;

@DisplayName("The clinic's day list and bookings")
class ClinicDayTest {

    private static final LocalDate TODAY = PatientForm.TODAY;

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Actor nurse;
    private Actor prescriber;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        prescriber = clinic.person("drchen", "ginger tea before the first session", Role.PRESCRIBER);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private ClinicDay day() {
        return clinic.services().clinicDay();
    }

    /** Registers and screens the patient and starts a TRD nasal course planned for the day; returns the course. */
    private long course(PatientForm form, LocalDate plannedStart) {
        long patient = ((Registration.Saved) clinic.services().patients().register(nurse, form.patient(), false).value()).patient().id();
        clinic.services().screenings().record(nurse, patient, Screening.clear(TODAY)).value();
        return clinic.services().courses().start(prescriber, patient, Indication.TRD, Route.NASAL, "", plannedStart)
                .value().course().id();
    }

    private List<DayRow> week() {
        return day().between(nurse, TODAY, TODAY.plusDays(6)).value();
    }

    private ClinicDay.Booked book(long courseId, LocalDate on, int chair) {
        return day().book(nurse, courseId, on, chair).value();
    }

    private Refusal refusedBooking(long courseId, LocalDate on, int chair) {
        return day().book(nurse, courseId, on, chair).refusalOrNull();
    }

    @Test
    @DisplayName("SCH-6 today's line lists the courses due today and overdue (by name); a booking is listed on its day with its chair")
    void dayList() {
        long grace = course(PatientForm.grace(), TODAY);
        long david = course(PatientForm.david(), TODAY.minusDays(4));
        long zhang = course(PatientForm.zhangWei(), TODAY.plusDays(2));
        long later = course(PatientForm.grace().mrn("MRN-0004").name("Adams", "Ruth").idNumber("R-440001"), TODAY.plusDays(3));
        long booking = book(zhang, TODAY.plusDays(2), 4).sessionId();

        List<DayRow> rows = week();

        assertThat(rows).extracting(DayRow::day, DayRow::courseId).containsExactly(
                tuple(TODAY, david),
                tuple(TODAY, grace),
                tuple(TODAY.plusDays(2), zhang));
        DayRow due = rows.get(1);
        assertThat(due.patient().displayName()).isEqualTo("Okafor, Grace");
        assertThat(due.regimen()).isEqualTo(Regimen.TRD_NASAL);
        assertThat(due.booked()).isFalse();
        assertThat(due.chair()).isEmpty();
        assertThat(due.overdue()).isFalse();
        DayRow overdue = rows.get(0);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.next()).hasValueSatisfying(n -> assertThat(n).isInstanceOfSatisfying(NextSession.Due.class, d -> {
            assertThat(d.date()).isEqualTo(TODAY.minusDays(4));
            assertThat(d.daysOverdue()).isEqualTo(4);
        }));
        DayRow booked = rows.get(2);
        assertThat(booked.booked()).isTrue();
        assertThat(booked.sessionId()).contains(booking);
        assertThat(booked.chair()).contains(4);
        assertThat(booked.patient().displayName()).isEqualTo("张伟");
        // The course planned for Thursday is not due today and not booked: not on the list this week.
        assertThat(rows).extracting(DayRow::courseId).doesNotContain(later);
    }

    @Test
    @DisplayName("SCH-6 a course booked for today is listed once on today's line, with its chair; booking is audited")
    void bookedNotListedTwice() {
        long grace = course(PatientForm.grace(), TODAY);

        long session = book(grace, TODAY, 2).sessionId();

        List<DayRow> today = day().between(nurse, TODAY, TODAY).value();
        assertThat(today).singleElement().satisfies(r -> {
            assertThat(r.courseId()).isEqualTo(grace);
            assertThat(r.chair()).contains(2);
            assertThat(r.sessionId()).contains(session);
            assertThat(r.next()).hasValueSatisfying(n -> assertThat(n).isInstanceOf(NextSession.Due.class));
            assertThat(r.inSession()).isFalse();
        });
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("SESSION_BOOKED");
        assertThat(event.entityType()).isEqualTo("session");
        assertThat(event.entityId()).isEqualTo(String.valueOf(session));
        assertThat(event.newValue()).isEqualTo("course=" + grace + "; day=2025-03-03; chair=2");
    }

    @Test
    @DisplayName("SCH-6 once checked in, the booking stays on the day list, once, as in session")
    void checkedInListedAsInSession() {
        long grace = course(PatientForm.grace(), TODAY);
        long session = book(grace, TODAY, 2).sessionId();

        clinic.services().sessions().startSession(nurse, session, "check-in-1").value();

        assertThat(day().between(nurse, TODAY, TODAY).value()).singleElement().satisfies(r -> {
            assertThat(r.sessionId()).contains(session);
            assertThat(r.booked()).isTrue();
            assertThat(r.inSession()).isTrue();
        });
    }

    @Test
    @DisplayName("SCH-6 a chair outside 1 to the clinic's 6 chairs is refused")
    void chairRange() {
        long grace = course(PatientForm.grace(), TODAY);

        assertThat(refusedBooking(grace, TODAY, 0)).isEqualTo(Refusal.of("SCH-6", "booking.chair.range", 6));
        assertThat(refusedBooking(grace, TODAY, 7)).isEqualTo(Refusal.of("SCH-6", "booking.chair.range", 6));
        assertThat(book(grace, TODAY, 6).sessionId()).isPositive();
    }

    @Test
    @DisplayName("SCH-6 the number of chairs is the clinic's setting")
    void chairsFromSetting() {
        long grace = course(PatientForm.grace(), TODAY);
        clinic.services().settings().change(clinic.admin(), "clinic.chairs", "8", "two new recliners").value();

        assertThat(book(grace, TODAY, 8).sessionId()).isPositive();
    }

    @Test
    @DisplayName("SCH-6 a chair already booked that day is refused; the next day it is free")
    void chairTaken() {
        long grace = course(PatientForm.grace(), TODAY);
        long david = course(PatientForm.david(), TODAY);
        book(grace, TODAY, 3);

        assertThat(refusedBooking(david, TODAY, 3)).isEqualTo(Refusal.of("SCH-6", "booking.chair.taken", 3, TODAY));
        assertThat(book(david, TODAY.plusDays(1), 3).sessionId()).isPositive();
    }

    @Test
    @DisplayName("SCH-6 the same patient cannot be booked twice on one day")
    void samePatientTwice() {
        long grace = course(PatientForm.grace(), TODAY);
        book(grace, TODAY, 1);

        assertThat(refusedBooking(grace, TODAY, 2)).isEqualTo(Refusal.of("SCH-6", "booking.patient.sameDay", TODAY));
        assertThat(week()).filteredOn(r -> r.courseId() == grace).hasSize(1);
    }

    @Test
    @DisplayName("SCH-6 a day that has passed cannot be booked")
    void pastDay() {
        long grace = course(PatientForm.grace(), TODAY.minusDays(2));

        assertThat(refusedBooking(grace, TODAY.minusDays(1), 1)).isEqualTo(Refusal.of("SCH-6", "booking.day.past"));
        assertThat(day().between(nurse, TODAY.minusDays(7), TODAY).value()).noneMatch(DayRow::booked);
    }

    @Test
    @DisplayName("SCH-1 a session after the review week cannot be booked until the week-4 review is answered (hard stop)")
    void reviewBeforeWeekFive() {
        long grace = course(PatientForm.grace(), TODAY);
        GivenDoses.given(clinic, grace, nurse.userId(), TODAY);
        LocalDate weekFive = TODAY.plusDays(28);

        assertThat(refusedBooking(grace, weekFive, 1)).isEqualTo(Refusal.of("SCH-1", "schedule.review.answerFirst", 4));
        assertThat(book(grace, TODAY.plusDays(27), 1).sessionId()).isPositive();

        clinic.services().courses().answerReview(prescriber, grace, TODAY, new ReviewDecision.Continue(), "early review, responding")
                .value();
        assertThat(book(grace, weekFive, 1).sessionId()).isPositive();
    }

    @Test
    @DisplayName("SCH-6 an ended course cannot be booked")
    void endedCourse() {
        long grace = course(PatientForm.grace(), TODAY);
        clinic.services().courses().end(prescriber, grace, TODAY, EndReason.PATIENT_CHOICE, "declined treatment").value();

        assertThat(refusedBooking(grace, TODAY, 1)).isEqualTo(Refusal.of("SCH-6", "course.ended", TODAY));
        assertThat(week()).isEmpty();
    }

    @Test
    @DisplayName("PAT-6 where the jurisdiction requires it, a first session without risk-programme enrolment is refused")
    void riskProgrammeRequired() {
        clinic.services().settings().change(clinic.admin(), "pat.riskProgrammeRequired", "YES", "US clinic: REMS").value();
        long grace = course(PatientForm.grace(), TODAY);
        long david = course(PatientForm.david().riskProgramme(new RiskProgrammeEnrolment("REMS-42", TODAY.minusDays(3))), TODAY);

        assertThat(refusedBooking(grace, TODAY, 1)).isEqualTo(Refusal.of("PAT-6", "schedule.riskProgramme.required"));
        assertThat(book(david, TODAY, 2).sessionId()).isPositive();
    }

    @Test
    @DisplayName("SIG-4 cancelling needs a reason, is audited, frees the chair and puts the course back on today's line")
    void cancel() {
        long grace = course(PatientForm.grace(), TODAY);
        long david = course(PatientForm.david(), TODAY);
        long session = book(grace, TODAY, 1).sessionId();

        assertThat(day().cancel(nurse, session, " ").refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "reason.required"));
        assertThat(week()).filteredOn(DayRow::booked).hasSize(1);

        assertThat(day().cancel(nurse, session, "patient has a fever").isDone()).isTrue();

        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("SESSION_CANCELLED");
        assertThat(event.entityId()).isEqualTo(String.valueOf(session));
        assertThat(event.oldValue()).isEqualTo("state=BOOKED");
        assertThat(event.newValue()).isEqualTo("state=CANCELLED");
        assertThat(event.reason()).isEqualTo("patient has a fever");
        assertThat(week()).filteredOn(r -> r.courseId() == grace).singleElement().satisfies(r -> {
            assertThat(r.booked()).isFalse();
            assertThat(r.day()).isEqualTo(TODAY);
        });
        assertThat(book(david, TODAY, 1).sessionId()).isPositive();
        assertThat(day().cancel(nurse, session, "again").refusalOrNull()).isEqualTo(Refusal.of("SCH-6", "booking.notBooked"));
    }

    @Test
    @DisplayName("SCH-1 a course awaiting its review shows on today's line from the day the review is due")
    void awaitingReviewListed() {
        long grace = course(PatientForm.grace(), TODAY);
        GivenDoses.given(clinic, grace, nurse.userId(), TODAY, TODAY.plusDays(3), TODAY.plusDays(7), TODAY.plusDays(10),
                TODAY.plusDays(14), TODAY.plusDays(17), TODAY.plusDays(21), TODAY.plusDays(24));
        clinic.clock.advance(Duration.ofDays(26));
        LocalDate day26 = TODAY.plusDays(26);
        assertThat(day().between(nurse, day26, day26).value()).isEmpty();

        clinic.clock.advance(Duration.ofDays(2));
        LocalDate day28 = TODAY.plusDays(28);

        assertThat(day().between(nurse, day28, day28).value()).singleElement().satisfies(r -> {
            assertThat(r.courseId()).isEqualTo(grace);
            assertThat(r.next()).contains(new NextSession.AwaitingReview(TODAY.plusDays(27), 1));
            assertThat(r.overdue()).isTrue();
        });
    }

    /** A patient unlike every other: own MRN, ID number, name and birth date. */
    private static PatientForm another(int n) {
        return PatientForm.grace().mrn("MRN-9" + n).name("Patient", "Number " + n).idNumber("Q-77" + (1000 + n))
                .born(LocalDate.of(1980, 1, 1).plusDays(n));
    }

    private long statementsFor(Runnable load) {
        long before = clinic.services().statements();
        load.run();
        return clinic.services().statements() - before;
    }

    @Test
    @DisplayName("SCH-6 the day list reads a fixed number of statements however many courses and bookings the clinic has")
    void dayListStaysFlat() {
        for (int i = 0; i < 2; i++) {
            long course = course(another(i), TODAY);
            book(course, TODAY, i + 1);
        }
        course(another(2), TODAY.minusDays(3));
        long few = statementsFor(this::week);
        for (int i = 3; i < 12; i++) {
            long course = course(another(i), TODAY);
            if (i % 2 == 0) {
                book(course, TODAY, i / 2 + 1);
            }
        }
        long many = statementsFor(this::week);

        assertThat(week()).hasSize(12);
        assertThat(few).isPositive();
        assertThat(many).as("statements for 12 courses against 3").isEqualTo(few);
    }

    @Test
    @DisplayName("REG the duplicate check compares with the patients who share a key, not with every patient on file")
    void registrationStaysFlat() {
        clinic.services().patients().register(nurse, another(0).patient(), false).value();
        long few = statementsFor(() -> clinic.services().patients().register(nurse, another(1).patient(), false).value());
        for (int i = 2; i < 12; i++) {
            clinic.services().patients().register(nurse, another(i).patient(), false).value();
        }
        long many = statementsFor(() -> clinic.services().patients().register(nurse, another(12).patient(), false).value());

        assertThat(few).isPositive();
        assertThat(many).as("statements to register the 13th patient against the 2nd").isEqualTo(few);
        assertThat(clinic.services().patients().register(nurse, another(5).mrn("MRN-NEW").idNumber("Q-770099").patient(), false)
                .value()).as("same name and birth date is still found").isInstanceOf(Registration.PossibleDuplicates.class);
        assertThat(clinic.services().patients().register(nurse, another(40).mrn("mrn-9 5").patient(), false).value())
                .as("the same MRN typed with a space and in lower case is still found")
                .isInstanceOf(Registration.PossibleDuplicates.class);
    }

    @Test
    @DisplayName("SCH-6 the board's floor load reads a fixed number of statements however many chairs are in use")
    void floorLoadStaysFlat() {
        for (int i = 0; i < 2; i++) {
            long session = book(course(another(i), TODAY), TODAY, i + 1).sessionId();
            clinic.services().sessions().startSession(nurse, session, "start-" + i).value();
        }
        long few = statementsFor(() -> clinic.services().sessions().today(nurse).value());
        long fewWatch = statementsFor(() -> clinic.services().sessions().floorWatch());
        for (int i = 2; i < 6; i++) {
            long session = book(course(another(i), TODAY), TODAY, i + 1).sessionId();
            clinic.services().sessions().startSession(nurse, session, "start-" + i).value();
        }

        assertThat(clinic.services().sessions().today(nurse).value()).hasSize(6);
        assertThat(few).isPositive();
        assertThat(statementsFor(() -> clinic.services().sessions().today(nurse).value())).as("six sessions against two").isEqualTo(few);
        assertThat(statementsFor(() -> clinic.services().sessions().floorWatch())).as("the de-identified floor").isEqualTo(fewWatch);
    }
}
