package org.vigil.service;

import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.domain.PasswordPolicy;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.store.SettingStore;
import org.vigil.store.Transaction;

/**
 * What the account services share: the password policy in force, hashing, one-time codes and
 * the shape of a user name.
 */
final class Credentials {

    /** Letters of any script, digits, dot, dash, underscore. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");
    /**
     * No look-alikes (issue 15, item 12): no 0/O, 1/I/L, 2/Z or 5/S, so a code read aloud or copied
     * from paper is typed right. 27 characters carry log2(27) ≈ 4.75 bits each.
     */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789";
    /**
     * Three groups of six: 18 characters, 18 × 4.75 ≈ 85.6 bits, more than the 16 characters of
     * the old 31-character alphabet (16 × 4.95 ≈ 79.3 bits) that the smaller alphabet replaced.
     */
    static final int CODE_GROUPS = 3;
    static final int CODE_GROUP_LENGTH = 6;

    private final SettingStore settings;
    private final PasswordHasher hasher;
    private final Set<String> commonPasswords;
    private final SecureRandom random;

    Credentials(SettingStore settings, SecureRandom random, HashCost cost) {
        this.settings = settings;
        this.random = random;
        this.hasher = new PasswordHasher(random, cost);
        this.commonPasswords = CommonPasswords.load();
    }

    PasswordPolicy policy(Transaction tx) {
        Settings current = new Settings(settings.current(tx));
        return new PasswordPolicy(current.integer(SettingKeys.PASSWORD_MIN_LENGTH),
                current.integer(SettingKeys.PASSWORD_MAX_LENGTH), commonPasswords);
    }

    static Refusal checkUsername(String username) {
        return username != null && USERNAME.matcher(username).matches() ? null : Refusal.of("USR-1", "user.username.invalid");
    }

    String hash(String secret) {
        return hasher.hash(secret);
    }

    boolean matches(String secret, String stored) {
        return hasher.matches(secret, stored);
    }

    /** A one-time code for choosing a password: 18 characters in three groups, about 85.6 bits. */
    String newCode() {
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < CODE_GROUPS; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < CODE_GROUP_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** Codes are typed by hand: ignore case, spaces and dashes. */
    static String normaliseCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
