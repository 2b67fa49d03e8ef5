package org.vigil.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a PRE-1/PRE-3 question as the nurse gave it.
 *
 * @param yes for yes/no items, whether the safe answer was given (see {@link ChecklistItem});
 *     ignored for time items, whose safety follows from the time
 * @param time for time items (last food, last liquid), when it was
 * @param detail the driver and phone, the prescriber's name, the substance or drug named
 * @param reason why the session goes on despite an unsafe answer that allows it
 */
public record ChecklistAnswer(ChecklistItem item, boolean yes, Optional<Instant> time, String detail, String reason) {

    public ChecklistAnswer {
        Objects.requireNonNull(item);
        Objects.requireNonNull(time);
        detail = detail == null ? "" : detail.strip();
        reason = reason == null ? "" : reason.strip();
    }

    public static ChecklistAnswer yes(ChecklistItem item, String detail) {
        return new ChecklistAnswer(item, true, Optional.empty(), detail, "");
    }

    public static ChecklistAnswer no(ChecklistItem item, String detail, String reason) {
        return new ChecklistAnswer(item, false, Optional.empty(), detail, reason);
    }

    public static ChecklistAnswer at(ChecklistItem item, Instant time, String reason) {
        return new ChecklistAnswer(item, true, Optional.of(time), "", reason);
    }

    /**
     * The answer that lets the session go on: for time items the given moment of the last food or
     * drink, for the others "yes" naming {@code named} where a name is asked (driver, prescriber).
     */
    public static ChecklistAnswer clear(ChecklistItem item, Instant lastIntake, String named) {
        return item.answer() == ChecklistItem.Answer.TIME ? at(item, lastIntake, "") : yes(item, named);
    }
}
