package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.Patient;

/**
 * What the rules say about planning (or starting) a session of a course on a day: refused after
 * the course ended, after the single PPD dose, after the review week while the review is open,
 * and for a first outpatient session without risk-programme enrolment; warned for MDSI beyond
 * its labelled weeks.
 */
public final class PlannedSessionCheck {

    private PlannedSessionCheck() {}

    public static List<Finding> check(Patient patient, TreatmentCourse course, List<LocalDate> sessionsGiven, LocalDate day,
            ScheduleRules schedule, EnrolmentRules enrolment) {
        List<Finding> findings = new ArrayList<>();
        course.end().ifPresent(e -> findings.add(new Finding.HardStop(Refusal.of("SCH-6", "course.ended", e.endedOn()))));
        if (course.regimen().singleDose() && !sessionsGiven.isEmpty()) {
            findings.add(new Finding.HardStop(Refusal.of("SCH-4", "schedule.singleDose.given"))); // SCH-4
        }
        int week = Schedule.weekOf(sessionsGiven, day);
        if (course.regimen().hasWeekFourReview() && course.review().isEmpty() && week > schedule.reviewAfterWeek()) {
            findings.add(new Finding.HardStop(Refusal.of(course.reviewRule(), "schedule.review.answerFirst",
                    schedule.reviewAfterWeek()))); // SCH-1, SCH-2
        }
        Schedule.warnings(course, week, schedule).forEach(w -> findings.add(new Finding.Warning(w))); // SCH-2
        // PAT-6: a first outpatient session without enrolment is a hard stop.
        if (enrolment.riskProgrammeRequired() && course.regimen().outpatient() && sessionsGiven.isEmpty()
                && patient.riskProgramme().isEmpty()) {
            findings.add(new Finding.HardStop(Refusal.of("PAT-6", "schedule.riskProgramme.required")));
        }
        return List.copyOf(findings);
    }
}
