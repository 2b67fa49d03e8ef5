package org.vigil.domain.vitals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.domain.FieldProblem;

/**
 * The quick vitals line a nurse types while reading the monitor: "152/94 88 97" is systolic /
 * diastolic, heart rate, SpO2. This only reads the text; whether the numbers are plausible is
 * {@link VitalLimits#check}'s job, so a mistyped value is reported once, by the same rule.
 */
public final class QuickVitalsLine {

    private static final String RULE = "BP-8";
    /**
     * The longest line read: "152 / 94 88 97" is 14 characters, so 60 leaves room for any spacing
     * a person types. A pasted page is refused by its length before anything else reads it
     * (issue 14: 100 000 spaces kept the old pattern busy for 49 s).
     */
    public static final int MAX_CHARACTERS = 60;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d*");

    private QuickVitalsLine() {}

    /** What the line said: four numbers, or the problems with the text. */
    public sealed interface Parsed {}

    public record Numbers(int systolic, int diastolic, int heartRate, int spo2) implements Parsed {

        public VitalSigns reading(Optional<BigDecimal> temperatureC, Instant observedAt, Instant recordedAt) {
            return new VitalSigns(systolic, diastolic, heartRate, spo2, temperatureC, observedAt, recordedAt);
        }
    }

    public record Unreadable(List<FieldProblem<VitalField>> problems) implements Parsed {
        public Unreadable {
            problems = List.copyOf(problems);
        }
    }

    public static Parsed parse(String line) {
        String stripped = line == null ? "" : line.strip();
        if (stripped.length() > MAX_CHARACTERS) {
            return new Unreadable(List.of(FieldProblem.of(VitalField.QUICK_LINE, RULE, "vitals.line.tooLong", MAX_CHARACTERS)));
        }
        String text = closeUpSlashes(stripped);
        List<FieldProblem<VitalField>> problems = new ArrayList<>();
        String[] parts = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (parts.length > 3) {
            problems.add(FieldProblem.of(VitalField.QUICK_LINE, RULE, "vitals.line.tooManyValues", parts.length - 3));
        }
        String pressure = part(parts, 0);
        Integer systolic = null;
        Integer diastolic = null;
        if (pressure.isEmpty()) {
            problems.add(FieldProblem.of(VitalField.SYSTOLIC, RULE, "vitals.line.missing"));
        } else if (!pressure.contains("/")) {
            // "152 94 88 97": the slash tells systolic from diastolic, so a line without it is not guessed at.
            problems.add(FieldProblem.of(VitalField.SYSTOLIC, RULE, "vitals.line.bloodPressureFormat", pressure));
        } else {
            String[] bp = pressure.split("/", -1);
            if (bp.length != 2) {
                problems.add(FieldProblem.of(VitalField.SYSTOLIC, RULE, "vitals.line.bloodPressureFormat", pressure));
            } else {
                systolic = number(bp[0], VitalField.SYSTOLIC, problems);
                diastolic = number(bp[1], VitalField.DIASTOLIC, problems);
            }
        }
        Integer heartRate = number(part(parts, 1), VitalField.HEART_RATE, problems);
        Integer spo2 = number(part(parts, 2), VitalField.SPO2, problems);
        if (!problems.isEmpty()) {
            return new Unreadable(problems);
        }
        return new Numbers(systolic, diastolic, heartRate, spo2);
    }

    /**
     * Spaces around the slash are forgiven: "152 / 94" is what some people type. One pass over the
     * line, so its time grows with its length and no more.
     */
    static String closeUpSlashes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int end = i;
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                boolean beforeSlash = end < text.length() && text.charAt(end) == '/';
                boolean afterSlash = !out.isEmpty() && out.charAt(out.length() - 1) == '/';
                if (!beforeSlash && !afterSlash) {
                    out.append(text, i, end);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : "";
    }

    private static Integer number(String text, VitalField field, List<FieldProblem<VitalField>> problems) {
        Matcher whole = WHOLE.matcher(text);
        if (whole.matches()) {
            return Integer.valueOf(text);
        }
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, RULE, "vitals.line.missing"));
        } else if (DECIMAL.matcher(text).matches()) {
            // Monitors show whole numbers; "97.5" is a misreading or a slip of the finger.
            problems.add(FieldProblem.of(field, RULE, "vitals.line.notWholeNumber", text));
        } else {
            problems.add(FieldProblem.of(field, RULE, "vitals.line.notNumber", text));
        }
        return null;
    }
}
