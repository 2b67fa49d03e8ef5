package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.Refusal;

@DisplayName("SCH-6 a chair for a patient on a day")
class ChairBookingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static String key(Optional<Refusal> refusal) {
        return refusal.map(Refusal::messageKey).orElse("");
    }

    @Test
    @DisplayName("SCH-6 chairs are 1 to the clinic's number; no booking in the past")
    void chairAndDay() {
        assertThat(key(ChairBooking.check(0, 6, TODAY, TODAY))).isEqualTo("booking.chair.range");
        assertThat(key(ChairBooking.check(7, 6, TODAY, TODAY))).isEqualTo("booking.chair.range");
        assertThat(key(ChairBooking.check(6, 6, TODAY.minusDays(1), TODAY))).isEqualTo("booking.day.past");
        assertThat(key(ChairBooking.check(6, 6, null, TODAY))).isEqualTo("booking.day.past");
        assertThat(ChairBooking.check(1, 6, TODAY, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("SCH-6 a chair booked or in session is taken until its session ends; a patient comes once a day")
    void againstTheDay() {
        List<ChairBooking.Taken> day = List.of(new ChairBooking.Taken(1, 10, false), new ChairBooking.Taken(2, 11, true));
        assertThat(key(ChairBooking.against(day, 1, 12, TODAY))).isEqualTo("booking.chair.taken");
        assertThat(ChairBooking.against(day, 2, 12, TODAY)).as("the chair's session has ended").isEmpty();
        assertThat(key(ChairBooking.against(day, 3, 11, TODAY))).as("even after the first session ended").isEqualTo("booking.patient.sameDay");
        assertThat(ChairBooking.against(day, 3, 12, TODAY)).isEmpty();
    }
}
