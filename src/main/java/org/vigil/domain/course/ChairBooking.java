package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Refusal;

/**
 * SCH-6: whether a patient can be given a chair on a day. The clinic's chairs are physical: a
 * chair holds one patient at a time, booked or in session, and a patient comes once a day.
 */
public final class ChairBooking {

    /** A session already on that day's list. {@code ended}: discharged, referred, abandoned or cancelled. */
    public record Taken(int chair, long patientId, boolean ended) {}

    private ChairBooking() {}

    /** The first reason the chair, the day or the patient rules the booking out; empty when it can be made. */
    public static Optional<Refusal> check(int chair, int chairs, LocalDate day, LocalDate today) {
        if (chair < 1 || chair > chairs) {
            return Optional.of(Refusal.of("SCH-6", "booking.chair.range", chairs));
        }
        if (day == null || day.isBefore(today)) {
            return Optional.of(Refusal.of("SCH-6", "booking.day.past"));
        }
        return Optional.empty();
    }

    /** The same against that day's list: the chair must be free and the patient not already booked. */
    public static Optional<Refusal> against(List<Taken> thatDay, int chair, long patientId, LocalDate day) {
        // A running session holds its chair as much as a booked one does.
        if (thatDay.stream().anyMatch(s -> s.chair() == chair && !s.ended())) {
            return Optional.of(Refusal.of("SCH-6", "booking.chair.taken", chair, day));
        }
        if (thatDay.stream().anyMatch(s -> s.patientId() == patientId)) {
            return Optional.of(Refusal.of("SCH-6", "booking.patient.sameDay", day));
        }
        return Optional.empty();
    }
}
