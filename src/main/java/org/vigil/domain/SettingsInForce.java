package org.vigil.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SET-2: the settings Vigil uses, from what the database holds checked against the shipped
 * definitions. A value outside its range (or unreadable, or missing) is never used: the shipped
 * default takes its place and the fault is reported, so that an edit made with the database's
 * own tools (minimum observation 120 → 5 min, maximum nasal dose 84 → 400 mg) cannot change
 * what Vigil enforces. The database's own definitions are not trusted for the check: they are
 * rows like the values and can be widened the same way.
 *
 * @param values every setting to use: the stored one where it is allowed, the default otherwise
 * @param faults what was replaced, and definitions that differ from the shipped ones
 */
public record SettingsInForce(Map<String, SettingValue> values, List<SettingFault> faults) {

    public SettingsInForce {
        values = Map.copyOf(values);
        faults = List.copyOf(faults);
    }

    /**
     * @param stored the values the database holds, by key
     * @param storedDefinitions the definitions the database holds, by key
     * @param shipped the definitions and defaults this version of Vigil ships, by key
     */
    public static SettingsInForce check(Map<String, SettingValue> stored, Map<String, SettingDefinition> storedDefinitions,
                                        Map<String, ShippedSetting> shipped) {
        Map<String, SettingValue> values = new HashMap<>(stored);
        List<SettingFault> faults = new ArrayList<>();
        shipped.values().stream().sorted(java.util.Comparator.comparing(s -> s.definition().key())).forEach(setting -> {
            SettingDefinition definition = setting.definition();
            String key = definition.key();
            SettingDefinition claimed = storedDefinitions.get(key);
            if (claimed != null && !definition.sameRules(claimed)) {
                faults.add(new SettingFault(SettingFault.Kind.DEFINITION_CHANGED, key, null, 0, setting, claimed.allowed()));
            }
            SettingValue value = stored.get(key);
            if (value == null) {
                faults.add(new SettingFault(SettingFault.Kind.VALUE_MISSING, key, null, 0, setting, null));
                values.put(key, new SettingValue(key, 0, setting.defaultValue(), null, null, null));
            } else if (!allowed(definition, value.value())) {
                faults.add(new SettingFault(SettingFault.Kind.VALUE_OUT_OF_RANGE, key, value.value(), value.version(), setting, null));
                values.put(key, new SettingValue(key, value.version(), setting.defaultValue(), value.changedAt(), value.changedBy(),
                        value.reason()));
            }
        });
        return new SettingsInForce(values, faults);
    }

    /** Allowed and in its stored form: "120.0" passes the check but would not read back as an integer. */
    private static boolean allowed(SettingDefinition definition, String value) {
        if (value == null || definition.check(value).isPresent()) {
            return false;
        }
        try {
            return definition.canonical(value).equals(value);
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    public Settings settings() {
        return new Settings(values);
    }
}
