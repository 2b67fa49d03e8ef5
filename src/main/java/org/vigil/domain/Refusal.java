package org.vigil.domain;

import java.util.List;

/**
 * A rule said no. Carries the rule ID it enforces and a message key with arguments so the UI
 * can say why in the user's language. Refusals are values; exceptions are for faults.
 *
 * @param ruleId the rule in clinical-rules.md (e.g. "ROLE-2"), or a local ID such as "PWD"
 * @param messageKey resource bundle key
 * @param args message arguments, already plain values (numbers, names), or a {@link Phrase} for
 *     words that must be translated too (an action, a state)
 */
public record Refusal(String ruleId, String messageKey, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String ruleId, String messageKey, Object... args) {
        return new Refusal(ruleId, messageKey, List.of(args));
    }

    /**
     * An argument that is itself words from the bundle, so "Discharging is not possible while the
     * session is Observing" reads in the user's language instead of naming Java classes and enums.
     * Its string form is the key, which is what the audit trail keeps.
     */
    public record Phrase(String messageKey) {
        @Override
        public String toString() {
            return messageKey;
        }
    }
}
