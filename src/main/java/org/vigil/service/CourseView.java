package org.vigil.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.MonitoringTask;
import org.vigil.domain.course.ScheduleStatus;
import org.vigil.domain.course.Suspension;
import org.vigil.domain.course.TreatmentCourse;
import org.vigil.domain.scale.ScaleAssessment;

/**
 * A course as the patient screen shows it: what it is, where its schedule stands today, the
 * monitoring due, and the outcome scales taken.
 *
 * @param dosesGiven days a dose was given, in order
 * @param monitoringDone results recorded, newest first
 * @param suspension PAT-1: an absolute contraindication in the latest screening stops every dose
 *     until a prescriber ends the course; empty for an ended course
 */
public record CourseView(long id, long patientId, TreatmentCourse course, ScheduleStatus status, List<LocalDate> dosesGiven,
                         List<MonitoringTask> monitoringDue, List<MonitoringResult> monitoringDone, List<ScaleAssessment> scales,
                         Optional<Suspension> suspension) {

    public CourseView {
        dosesGiven = List.copyOf(dosesGiven);
        monitoringDue = List.copyOf(monitoringDue);
        monitoringDone = List.copyOf(monitoringDone);
        scales = List.copyOf(scales);
    }
}
