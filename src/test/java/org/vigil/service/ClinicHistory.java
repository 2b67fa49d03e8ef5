package org.vigil.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.course.CourseEnd;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.scale.ScaleKind;

/**
 * A clinic with years behind it, as issue 16 measures: past patients whose courses ended after a
 * run of sessions with their monitoring and scales, and today's clinic on top, the same whatever
 * the history: Grace (who has past courses of her own) booked in chair 1, David booked in chair 2,
 * Zhang due today and not booked. What a screen reads today must not grow with the past.
 */
final class ClinicHistory {

    static final LocalDate TODAY = PatientForm.TODAY;
    private static final int SESSIONS_PER_PAST_COURSE = 6;
    private static final List<Integer> PHQ9 = List.of(2, 2, 2, 2, 2, 2, 2, 2, 2);

    final TestClinic clinic;
    final Actor nurse;
    final Actor prescriber;
    /** Grace: on a course today, with past courses of her own. */
    long grace;
    long graceCourse;
    private int pastPatients;
    private int pastCourses;

    private ClinicHistory(TestClinic clinic) {
        this.clinic = clinic;
        this.nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
        this.prescriber = clinic.person("drchen", "ginger tea before the first session", Role.PRESCRIBER);
    }

    /**
     * @param pastPatients patients who came, were treated and whose courses ended
     * @param gracesPastCourses Grace's own ended courses before today's
     */
    static ClinicHistory of(TestClinic clinic, int pastPatients, int gracesPastCourses) {
        ClinicHistory h = new ClinicHistory(clinic);
        h.pastPatients = pastPatients;
        h.pastCourses = gracesPastCourses;
        h.grace = h.patient(PatientForm.grace());
        for (int c = 0; c < gracesPastCourses; c++) {
            h.pastCourse(h.grace, TODAY.minusDays(60L * (gracesPastCourses - c) + 30));
        }
        for (int i = 0; i < pastPatients; i++) {
            long patient = h.patient(PatientForm.grace().mrn("PAST-" + i).name("Past", "Patient " + i).idNumber("PAST-ID-" + (1000 + i))
                    .born(LocalDate.of(1970, 1, 1).plusDays(97L * i)));
            h.pastCourse(patient, TODAY.minusDays(400 - 5L * (i % 60)));
        }
        h.graceCourse = h.course(h.grace, TODAY.minusDays(3));
        long david = h.patient(PatientForm.david());
        long davidCourse = h.course(david, TODAY);
        h.course(h.patient(PatientForm.zhangWei()), TODAY);
        h.clinic.services().clinicDay().book(h.nurse, h.graceCourse, TODAY, 1).value();
        h.clinic.services().clinicDay().book(h.nurse, davidCourse, TODAY, 2).value();
        return h;
    }

    private long patient(PatientForm form) {
        long id = ((Registration.Saved) clinic.services().patients().register(nurse, form.patient(), false).value()).patient().id();
        clinic.services().screenings().record(nurse, id, Screening.clear(TODAY)).value();
        return id;
    }

    private long course(long patient, LocalDate plannedStart) {
        return clinic.services().courses().start(prescriber, patient, Indication.TRD, Route.NASAL, "", plannedStart).value().course().id();
    }

    /** A course from {@code start}: six doses twice a week, monitoring, PHQ-9 before and after, ended as completed. */
    private void pastCourse(long patient, LocalDate start) {
        long course = course(patient, start);
        Instant at = start.atStartOfDay().toInstant(ZoneOffset.UTC);
        clinic.services().backdated().write(batch -> {
            for (int s = 0; s < SESSIONS_PER_PAST_COURSE; s++) {
                batch.dischargedSession(patient, course, start.plusDays(3L * s + s / 2), 1 + s % 3, nurse, at);
            }
            batch.monitoring(patient, course, new MonitoringResult(MonitoringKind.values()[0], start.plusDays(10), "fine"), nurse, at);
            batch.scale(patient, course, ScaleKind.PHQ9, start, PHQ9, prescriber, at);
            batch.scale(patient, course, ScaleKind.PHQ9, start.plusDays(20), PHQ9, prescriber, at);
            batch.end(course, new CourseEnd(start.plusDays(25), EndReason.COMPLETED,
                    new PrescriberDecision(prescriber.userId(), prescriber.fullName(), at, "course completed")));
        });
    }

    int pastPatients() {
        return pastPatients;
    }

    int pastCourses() {
        return pastCourses;
    }

    /** SQL statements the load ran. */
    long statementsFor(Runnable load) {
        long before = clinic.services().statements();
        load.run();
        return clinic.services().statements() - before;
    }
}
