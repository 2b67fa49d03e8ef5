package org.vigil.service;

import java.time.LocalDate;
import java.util.List;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.MonitoringTask;
import org.vigil.domain.course.ScheduleStatus;
import org.vigil.domain.course.TreatmentCourse;
import org.vigil.domain.scale.ScaleAssessment;

/**
 * A course as the patient screen shows it: what it is, where its schedule stands today, the
 * monitoring due, and the outcome scales taken.
 *
 * @param dosesGiven days a dose was given, in order
 * @param monitoringDone results recorded, newest first
 */
public record CourseView(long id, long patientId, TreatmentCourse course, ScheduleStatus status, List<LocalDate> dosesGiven,
                         List<MonitoringTask> monitoringDue, List<MonitoringResult> monitoringDone, List<ScaleAssessment> scales) {

    public CourseView {
        dosesGiven = List.copyOf(dosesGiven);
        monitoringDue = List.copyOf(monitoringDue);
        monitoringDone = List.copyOf(monitoringDone);
        scales = List.copyOf(scales);
    }
}
