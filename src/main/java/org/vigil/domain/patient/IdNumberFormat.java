package org.vigil.domain.patient;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.domain.Refusal;

/**
 * How an identity-document number is written. The numbers here define the document formats
 * (GB 11643-1999 for the Chinese card), not clinical values.
 */
public enum IdNumberFormat {
    /**
     * Chinese resident identity card: 6-digit region, 8-digit birth date (yyyyMMdd), 3-digit
     * sequence, and a check character computed with ISO 7064 MOD 11-2 (a digit or X).
     */
    CN_RESIDENT_IDENTITY_CARD,
    /** Any 4 to 30 letters, digits or dashes: passports, national insurance or other numbers. */
    PERMISSIVE;

    /**
     * The longest text folded for comparison: twice the ID-number column (40), room for a number
     * typed in fullwidth with spaces; anything longer is refused by its length (PatientCheck).
     */
    static final int COMPARED_MAX_CHARACTERS = 80;
    private static final Pattern CN_SHAPE = Pattern.compile("[1-9][0-9]{16}[0-9X]");
    private static final int[] CN_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CN_CHECK_CHARACTERS = "10X98765432";
    private static final int CN_MODULUS = 11;
    private static final int CN_BIRTH_START = 6;
    private static final int CN_BIRTH_END = 14;
    private static final DateTimeFormatter CN_BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final int PERMISSIVE_MIN = 4;
    private static final int PERMISSIVE_MAX = 30;
    private static final Pattern PERMISSIVE_SHAPE =
            Pattern.compile("[\\p{L}\\p{N}-]{" + PERMISSIVE_MIN + "," + PERMISSIVE_MAX + "}");

    /**
     * The number as stored and compared: compatibility forms folded (NFKC: a fullwidth
     * "Ｐ１９０００００１" from a Chinese input method is "P1900001"), no spaces, upper case (a
     * typed "x" is the check X). Issue 14: the fullwidth spelling passed the duplicate check.
     */
    public String normalise(String raw) {
        return comparable(raw);
    }

    /** The same for any format: how two ID numbers are compared (PRE-2 matches a user to a patient this way). */
    public static String comparable(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.length() > COMPARED_MAX_CHARACTERS) {
            // Longer than any number and refused by its length: not worth folding a pasted page first.
            return raw.toUpperCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether a normalised number has this format; the refusal says what is expected. */
    public Optional<Refusal> check(String number) {
        return switch (this) {
            case CN_RESIDENT_IDENTITY_CARD -> checkChinese(number);
            case PERMISSIVE -> PERMISSIVE_SHAPE.matcher(number).matches()
                    ? Optional.empty()
                    : Optional.of(Refusal.of("CD-3", "patient.idNumber.other.shape", PERMISSIVE_MIN, PERMISSIVE_MAX));
        };
    }

    /** The birth date the number encodes, for formats that encode one and when it is valid. */
    public Optional<LocalDate> birthDate(String number) {
        if (this != CN_RESIDENT_IDENTITY_CARD || !CN_SHAPE.matcher(number).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(number.substring(CN_BIRTH_START, CN_BIRTH_END), CN_BIRTH_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Refusal> checkChinese(String number) {
        if (!CN_SHAPE.matcher(number).matches()) {
            return Optional.of(Refusal.of("CD-3", "patient.idNumber.cn.shape"));
        }
        if (birthDate(number).isEmpty()) {
            return Optional.of(Refusal.of("CD-3", "patient.idNumber.cn.birthDate"));
        }
        if (number.charAt(CN_WEIGHTS.length) != chineseCheckCharacter(number)) {
            return Optional.of(Refusal.of("CD-3", "patient.idNumber.cn.checkCharacter"));
        }
        return Optional.empty();
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    static char chineseCheckCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < CN_WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * CN_WEIGHTS[i];
        }
        return CN_CHECK_CHARACTERS.charAt(sum % CN_MODULUS);
    }
}
