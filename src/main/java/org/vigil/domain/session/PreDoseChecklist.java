package org.vigil.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.Refusal;

/**
 * PRE-1 and PRE-3: whether an answer can be taken, whether it is safe, and whether the whole
 * checklist lets the session go on. An answer that stops the session is still stored (it is a
 * fact about the visit); the checklist then cannot be completed, and the nurse reschedules.
 */
public final class PreDoseChecklist {

    private PreDoseChecklist() {}

    /** What the answer is missing before it can be stored, if anything. */
    public static Optional<Refusal> refuseAnswer(ChecklistAnswer a, SessionProtocol p, Instant now) {
        ChecklistItem item = a.item();
        if (item.answer() == ChecklistItem.Answer.TIME) {
            if (a.time().isEmpty()) {
                return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.timeRequired"));
            }
            if (a.time().get().isAfter(now)) {
                return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.timeFuture"));
            }
        }
        boolean safe = safe(a, p, now);
        if (safe && item.needsDetailWhenSafe() && a.detail().isEmpty()) {
            return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.detail." + item.name()));
        }
        if (!safe && item.needsDetailWhenUnsafe() && a.detail().isEmpty()) {
            return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.detail." + item.name()));
        }
        if (!safe && item.unsafe() == ChecklistItem.Unsafe.NEEDS_REASON && a.reason().isEmpty()) {
            return Optional.of(warning(a, p));
        }
        return Optional.empty();
    }

    /** The answer as given is the safe one (time items: outside the interval before the answer). */
    public static boolean safe(ChecklistAnswer a, SessionProtocol p, Instant answeredAt) {
        return switch (a.item()) {
            case LAST_FOOD -> a.time().map(t -> !t.plus(p.fastingFood()).isAfter(answeredAt)).orElse(false);
            case LAST_LIQUID -> a.time().map(t -> !t.plus(p.fastingLiquid()).isAfter(answeredAt)).orElse(false);
            default -> a.yes();
        };
    }

    /**
     * Why the checklist cannot be completed yet: the first unanswered item, or the first answer
     * that stops the session. Empty when the dose may be prepared.
     */
    public static Optional<Refusal> incomplete(Map<ChecklistItem, SessionEvent.ChecklistAnswered> answers, SessionProtocol p) {
        for (ChecklistItem item : ChecklistItem.values()) {
            SessionEvent.ChecklistAnswered answered = answers.get(item);
            if (answered == null) {
                return Optional.of(Refusal.of("PRE-1", "checklist.refused.unanswered", item.name()));
            }
            if (item.unsafe() == ChecklistItem.Unsafe.STOP && !safe(answered.answer(), p, answered.at())) {
                return Optional.of(Refusal.of(item.ruleId(), "checklist.stop." + item.name()));
            }
        }
        return Optional.empty();
    }

    /** An answer that stops the session, with the words to say so, if any of the stored ones does. */
    public static Optional<Refusal> stop(Map<ChecklistItem, SessionEvent.ChecklistAnswered> answers, SessionProtocol p) {
        return answers.values().stream()
                .filter(a -> a.answer().item().unsafe() == ChecklistItem.Unsafe.STOP && !safe(a.answer(), p, a.at()))
                .map(a -> Refusal.of(a.answer().item().ruleId(), "checklist.stop." + a.answer().item().name()))
                .findFirst();
    }

    private static Refusal warning(ChecklistAnswer a, SessionProtocol p) {
        return switch (a.item()) {
            case LAST_FOOD -> Refusal.of("PRE-1", "checklist.warning.LAST_FOOD", minutes(p.fastingFood()));
            case LAST_LIQUID -> Refusal.of("PRE-1", "checklist.warning.LAST_LIQUID", minutes(p.fastingLiquid()));
            case NO_RECENT_NASAL_SPRAY -> Refusal.of("PRE-1", "checklist.warning.NO_RECENT_NASAL_SPRAY", minutes(p.nasalSprayWithin()));
            default -> Refusal.of(a.item().ruleId(), "checklist.warning." + a.item().name());
        };
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }
}
