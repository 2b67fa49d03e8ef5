package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.Optional;
import org.vigil.domain.Refusal;

/**
 * Sessions that were due in a block of weeks that has passed without them (SCH-5), and what
 * the prescriber is advised: in induction and optimisation continue the schedule; in
 * maintenance consider stepping back one frequency level.
 *
 * @param firstWeek the block's first course week
 * @param lastWeek the block's last course week (the same for weekly and more often)
 * @param count how many sessions the block lacks
 * @param guidance SCH-5 advice for the prescriber (message key and arguments)
 * @param stepBackTo in maintenance, the next more frequent level, if there is one
 */
public record MissedSession(
        int firstWeek,
        int lastWeek,
        Phase phase,
        SessionFrequency frequency,
        LocalDate from,
        LocalDate to,
        int count,
        Refusal guidance,
        Optional<SessionFrequency> stepBackTo) {

    static MissedSession of(Timeline.Segment segment, int firstWeek, int lastWeek, LocalDate from, LocalDate to, int count) {
        Phase phase = segment.phase();
        SessionFrequency frequency = segment.frequency();
        return switch (phase) {
            // SCH-5: in weeks 1–4 (and through optimisation) the schedule simply continues.
            case INDUCTION, OPTIMISATION, INDIVIDUAL, SINGLE_DOSE -> new MissedSession(firstWeek, lastWeek, phase, frequency,
                    from, to, count, Refusal.of("SCH-5", "schedule.missed.continue", count), Optional.empty());
            // SCH-5: in maintenance prompt the prescriber to step back one frequency level.
            case MAINTENANCE -> {
                Optional<SessionFrequency> stepBack = frequency.stepBack();
                Refusal guidance = stepBack.map(f -> stepBackGuidance(f, count))
                        .orElse(Refusal.of("SCH-5", "schedule.missed.review", count));
                yield new MissedSession(firstWeek, lastWeek, phase, frequency, from, to, count, guidance, stepBack);
            }
        };
    }

    private static Refusal stepBackGuidance(SessionFrequency to, int count) {
        return switch (to) {
            case THREE_TIMES_WEEKLY -> Refusal.of("SCH-5", "schedule.missed.stepBack.THREE_TIMES_WEEKLY", count);
            case TWICE_WEEKLY -> Refusal.of("SCH-5", "schedule.missed.stepBack.TWICE_WEEKLY", count);
            case WEEKLY -> Refusal.of("SCH-5", "schedule.missed.stepBack.WEEKLY", count);
            case EVERY_TWO_WEEKS, ONCE -> throw new IllegalArgumentException("no step back to " + to);
        };
    }
}
