package org.vigil.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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

    /** The questions asked, in order: after a caesarean (SCH-4) some give way to others. */
    public static List<ChecklistItem> items(boolean postpartum) {
        return Arrays.stream(ChecklistItem.values()).filter(i -> i.askedWhen(postpartum)).toList();
    }

    /** The questions this session asks, as decided at check-in. */
    public static List<ChecklistItem> items(SessionSnapshot s) {
        return items(s.postpartum());
    }

    /** What the answer is missing before it can be stored, if anything. */
    public static Optional<Refusal> refuseAnswer(ChecklistAnswer a, SessionProtocol p, Instant now) {
        ChecklistItem item = a.item();
        if (item.answer() == ChecklistItem.Answer.TIME) {
            if (a.time().isEmpty()) {
                return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.timeRequired"));
            }
            if (a.time().get().isAfter(now)) {
                // SCH-4: the dose follows cord clamping; a clamp time to come is a dose given too early.
                return Optional.of(Refusal.of(item.ruleId(), item == ChecklistItem.DELIVERY_CORD_CLAMPED
                        ? "checklist.refused.cordClampFuture" : "checklist.refused.timeFuture"));
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
            case DELIVERY_CORD_CLAMPED -> a.time().map(t -> !t.isAfter(answeredAt)).orElse(false);
            default -> a.yes();
        };
    }

    /**
     * Why the checklist cannot be completed yet: the first unanswered item, the first answer that
     * stops the session, or the first relative contraindication no prescriber has overridden for
     * this session (PAT-2/PAT-4). Empty when the dose may be prepared.
     */
    public static Optional<Refusal> incomplete(SessionSnapshot s, SessionProtocol p) {
        Map<ChecklistItem, SessionEvent.ChecklistAnswered> answers = s.checklist();
        Map<ChecklistItem, SessionEvent.ChecklistOverridden> overrides = s.checklistOverrides();
        for (ChecklistItem item : items(s)) {
            SessionEvent.ChecklistAnswered answered = answers.get(item);
            if (answered == null) {
                // The item in words: its key reached the screen as "(NO_SEDATING_COMEDICATION)".
                return Optional.of(Refusal.of("PRE-1", "checklist.refused.unanswered", new Refusal.Phrase("checklist.item." + item.name())));
            }
            boolean safe = safe(answered.answer(), p, answered.at());
            if (item.unsafe() == ChecklistItem.Unsafe.STOP && !safe) {
                return Optional.of(Refusal.of(item.ruleId(), "checklist.stop." + item.name()));
            }
            if (item.unsafe() == ChecklistItem.Unsafe.PRESCRIBER_OVERRIDE && !safe && !overrides.containsKey(item)) {
                return Optional.of(Refusal.of(item.ruleId(), "checklist.needsOverride." + item.name()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a prescriber may override this item now (PAT-2/PAT-4): it is asked in this session,
     * it is a relative contraindication (an absolute one, PAT-1, stays a hard stop), and its
     * current answer is the unsafe one and not already overridden.
     */
    public static Optional<Refusal> refuseOverride(SessionSnapshot s, ChecklistItem item, SessionProtocol p) {
        if (!items(s).contains(item)) {
            return Optional.of(Refusal.of("PRE-1", "checklist.refused.notAsked", item.name()));
        }
        if (item.unsafe() != ChecklistItem.Unsafe.PRESCRIBER_OVERRIDE) {
            return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.notOverridable"));
        }
        SessionEvent.ChecklistAnswered answered = s.checklist().get(item);
        if (answered == null || safe(answered.answer(), p, answered.at())) {
            return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.noOverrideNeeded"));
        }
        if (s.checklistOverrides().containsKey(item)) {
            return Optional.of(Refusal.of(item.ruleId(), "checklist.refused.alreadyOverridden"));
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
