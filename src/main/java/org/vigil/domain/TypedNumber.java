package org.vigil.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * A number as a person types it into a weight, rate, volume, amount or setting field, read with
 * bounded precision. The text is refused by its length and shape before {@link BigDecimal} does
 * any work: issue 14 found "1e+10000000" in the weight field kept the screen busy for 9.9 s and
 * "1e2147483648" threw, because BigDecimal will happily build a number with ten million digits.
 *
 * <p>Read: an optional sign, digits, at most one decimal point (a comma is taken as one, as many
 * keyboards type it), and an optional exponent of at most {@value #MAX_EXPONENT_DIGITS} digits
 * ("1.2E2" is 120). Fullwidth digits from a Chinese input method are read as digits.
 */
public final class TypedNumber {

    /**
     * The most characters read. No value a clinic types (a weight, a rate, a setting such as
     * "0.45359237") needs more; a longer text is a paste or a slip. A technical bound on typing.
     */
    public static final int MAX_CHARACTERS = 20;
    /** The longest exponent read: "1e99" is still a number a range check can refuse; "1e999999" is not read. */
    public static final int MAX_EXPONENT_DIGITS = 2;

    private TypedNumber() {}

    /** The number typed, or empty when the text is blank, too long or not a number of the shape above. */
    public static Optional<BigDecimal> read(String typed) {
        if (typed == null || typed.length() > MAX_CHARACTERS * 4) {
            return Optional.empty(); // cheaper than folding a pasted page first
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || text.length() > MAX_CHARACTERS || !wellFormed(text)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }

    /** What to say next to a field whose text {@link #read} could not read. */
    public static Refusal unreadable(String ruleId) {
        return Refusal.of(ruleId, "input.number.format", MAX_CHARACTERS);
    }

    /** One pass over at most {@link #MAX_CHARACTERS} characters: sign, digits, one point, short exponent. */
    private static boolean wellFormed(String text) {
        int i = 0;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c == '.' || c == ',') && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        char e = text.charAt(i++);
        if (e != 'e' && e != 'E') {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int exponentDigits = text.length() - i;
        if (exponentDigits < 1 || exponentDigits > MAX_EXPONENT_DIGITS) {
            return false;
        }
        for (; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
