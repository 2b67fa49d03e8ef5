package org.vigil.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.domain.course.NextSession;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.course.Suspension;
import org.vigil.domain.session.SessionState;

/**
 * One line of the clinic's day list: a patient whose session is due (or overdue, or waiting for
 * the week-4 review), or booked, on a day.
 *
 * @param next the schedule's view of the course today; empty for a booking whose course is no
 *     longer due (e.g. booked ahead)
 * @param chair the booked chair, if booked
 * @param sessionId the booking, if booked
 * @param inSession the booked session has been checked in and has not ended
 * @param ended how and when the session ended, once it has: a patient treated today stays on the
 *     day's list with the outcome (issue 15)
 */
public record DayRow(LocalDate day, PatientView patient, long courseId, Regimen regimen, Optional<NextSession> next,
                     Optional<Integer> chair, Optional<Long> sessionId, boolean inSession, Optional<Ended> ended) {

    /** How a session of the day ended: discharged, abandoned or referred to emergency care, and when (as its event says). */
    public record Ended(SessionState outcome, Optional<Instant> at) {}

    /** A session on the list that has not ended: booked, or in the chair now. */
    public boolean booked() {
        return sessionId.isPresent() && ended.isEmpty();
    }

    public boolean overdue() {
        return next.map(NextSession::overdue).orElse(false);
    }

    /** PAT-1: the same answer booking and check-in get, so the list shows why they would be refused. */
    public Optional<Suspension> suspension() {
        return Suspension.beforeDose(patient.latestScreening());
    }
}
