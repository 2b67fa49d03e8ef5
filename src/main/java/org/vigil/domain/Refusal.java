package org.vigil.domain;

import java.util.List;

/**
 * A rule said no. Carries the rule ID it enforces and a message key with arguments so the UI
 * can say why in the user's language. Refusals are values; exceptions are for faults.
 *
 * @param ruleId the rule in clinical-rules.md (e.g. "ROLE-2"), or a local ID such as "PWD"
 * @param messageKey resource bundle key
 * @param args message arguments, already plain values (numbers, names)
 */
public record Refusal(String ruleId, String messageKey, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String ruleId, String messageKey, Object... args) {
        return new Refusal(ruleId, messageKey, List.of(args));
    }
}
