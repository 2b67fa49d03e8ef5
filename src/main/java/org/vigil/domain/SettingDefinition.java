package org.vigil.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a setting is and which values are allowed. Definitions and their defaults are data
 * (seeded by a migration from clinical-rules.md), never literals in code.
 *
 * @param choices allowed values for {@link SettingKind#CHOICE}, empty otherwise
 * @param ruleId the rule in clinical-rules.md that the setting parameterises
 */
public record SettingDefinition(
        String key,
        SettingCategory category,
        SettingKind kind,
        BigDecimal min,
        BigDecimal max,
        List<String> choices,
        String unit,
        String ruleId) {

    /** The setting_value column's size: a longer value is refused by its length before it is read. */
    public static final int VALUE_MAX_CHARACTERS = 400;

    public SettingDefinition {
        choices = List.copyOf(choices);
    }

    /** Whether a typed value is allowed; the refusal says what is. */
    public Optional<Refusal> check(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() > VALUE_MAX_CHARACTERS) {
            return Optional.of(Refusal.of(ruleId, "input.text.tooLong", VALUE_MAX_CHARACTERS));
        }
        return switch (kind) {
            case CHOICE -> choices.contains(value)
                    ? Optional.empty()
                    : Optional.of(Refusal.of(ruleId, "setting.invalid.choice", String.join(", ", choices)));
            case INTEGER -> checkNumber(value, true);
            case DECIMAL -> checkNumber(value, false);
            case INTEGER_LIST -> checkList(value);
            case INTEGER_ORDER -> checkOrder(value);
            case TIME_OF_DAY -> checkTime(value);
            case FOLDER -> checkFolder(value);
        };
    }

    /** The longest folder a setting can hold: the width of setting_value.setting_value. */
    public static final int MAX_FOLDER_LENGTH = 400;

    private Optional<Refusal> checkTime(String value) {
        // Checked by shape before parsing, so no pasted text reaches the parser.
        if (value.length() != 5 || !value.matches("[0-2][0-9]:[0-5][0-9]") || Integer.parseInt(value.substring(0, 2)) > 23) {
            return Optional.of(Refusal.of(ruleId, "setting.invalid.time"));
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkFolder(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > MAX_FOLDER_LENGTH || value.indexOf('\0') >= 0) {
            return Optional.of(Refusal.of(ruleId, "setting.invalid.folder", MAX_FOLDER_LENGTH));
        }
        try {
            // Only the path's form is checked here; whether it exists is the service's question.
            if (!java.nio.file.Path.of(value).isAbsolute()) {
                return Optional.of(Refusal.of(ruleId, "setting.invalid.folder", MAX_FOLDER_LENGTH));
            }
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of(Refusal.of(ruleId, "setting.invalid.folder", MAX_FOLDER_LENGTH));
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkNumber(String value, boolean whole) {
        // Bounded precision (issue 14): a 401-character decimal passed and then failed the write.
        Optional<BigDecimal> read = TypedNumber.read(value);
        if (read.isEmpty()) {
            return Optional.of(outOfRange(whole));
        }
        BigDecimal number = read.get();
        if (whole && number.stripTrailingZeros().scale() > 0) {
            return Optional.of(outOfRange(true));
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return Optional.of(outOfRange(whole));
        }
        return Optional.empty();
    }

    private Refusal outOfRange(boolean whole) {
        return Refusal.of(ruleId, whole ? "setting.invalid.integer" : "setting.invalid.decimal", plain(min), plain(max));
    }

    /** Bounds as a person writes them: the database keeps three decimals ("60.000"). */
    private static String plain(BigDecimal bound) {
        return bound.stripTrailingZeros().toPlainString();
    }

    private Optional<Refusal> checkList(String value) {
        List<Integer> parsed = new ArrayList<>();
        for (String part : value.split(",")) {
            Optional<BigDecimal> n = TypedNumber.read(part);
            if (n.isEmpty() || n.get().stripTrailingZeros().scale() > 0 || n.get().compareTo(min) < 0 || n.get().compareTo(max) > 0) {
                return Optional.of(listRefusal());
            }
            parsed.add(n.get().intValueExact());
        }
        for (int i = 0; i < parsed.size(); i++) {
            BigDecimal n = BigDecimal.valueOf(parsed.get(i));
            boolean ascending = i == 0 || parsed.get(i) > parsed.get(i - 1);
            if (n.compareTo(min) < 0 || n.compareTo(max) > 0 || !ascending) {
                return Optional.of(listRefusal());
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkOrder(String value) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (String part : value.split(",")) {
            Optional<BigDecimal> n = TypedNumber.read(part);
            if (n.isEmpty() || n.get().stripTrailingZeros().scale() > 0 || n.get().compareTo(min) < 0 || n.get().compareTo(max) > 0
                    || !seen.add(n.get().intValueExact())) {
                return Optional.of(Refusal.of(ruleId, "setting.invalid.order", plain(min), plain(max)));
            }
        }
        return Optional.empty();
    }

    private Refusal listRefusal() {
        return Refusal.of(ruleId, "setting.invalid.list", plain(min), plain(max));
    }

    /** The allowed values as a person writes them: "60–480", or the choices. */
    public String allowed() {
        return kind == SettingKind.CHOICE ? String.join(", ", choices) : plain(min) + "–" + plain(max);
    }

    /** Whether another definition of the same setting allows exactly the same values (SET-2). */
    public boolean sameRules(SettingDefinition other) {
        return kind == other.kind && choices.equals(other.choices) && sameBound(min, other.min) && sameBound(max, other.max);
    }

    private static boolean sameBound(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    /**
     * The stored form of an allowed value (trimmed; lists without spaces; whole numbers in plain
     * digits, since "120.0" or "1.2E2" pass the check but would not read back as an integer).
     */
    public String canonical(String raw) {
        String value = raw.strip();
        return switch (kind) {
            case INTEGER_LIST, INTEGER_ORDER -> java.util.Arrays.stream(value.split(","))
                    .map(part -> TypedNumber.read(part).orElseThrow().toBigIntegerExact().toString())
                    .collect(java.util.stream.Collectors.joining(","));
            case INTEGER -> TypedNumber.read(value).orElseThrow().toBigIntegerExact().toString();
            // Read back by Settings.decimal: plain ASCII digits, whatever form was typed ("１.５", "1,5").
            case DECIMAL -> TypedNumber.read(value).orElseThrow().toPlainString();
            case CHOICE, TIME_OF_DAY, FOLDER -> value;
        };
    }
}
