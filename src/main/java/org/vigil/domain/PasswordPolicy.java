package org.vigil.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B-4 password rules: length only, no composition rules, any Unicode including
 * spaces, refused when common or when it contains the user name or the program's name.
 *
 * @param minLength from the system setting (never below the setting's floor of 8)
 * @param maxLength the longest accepted; at least 64 as NIST requires
 * @param commonPasswords lower-case blocklist
 */
public record PasswordPolicy(int minLength, int maxLength, Set<String> commonPasswords) {

    /** The product name: users pick it first when told to choose a password for it. */
    private static final String PRODUCT_NAME = "vigil";

    /** Unicode normalisation so the same typed password always hashes the same (NIST 63B). */
    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    public Optional<Refusal> check(String password, String username) {
        String normalised = normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < minLength) {
            return Optional.of(Refusal.of("PWD-1", "password.tooShort", minLength));
        }
        if (length > maxLength) {
            return Optional.of(Refusal.of("PWD-1", "password.tooLong", maxLength));
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            return Optional.of(Refusal.of("PWD-2", "password.common"));
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.of("PWD-2", "password.containsUsername"));
        }
        if (lower.contains(PRODUCT_NAME)) {
            return Optional.of(Refusal.of("PWD-2", "password.containsProductName"));
        }
        return Optional.empty();
    }
}
