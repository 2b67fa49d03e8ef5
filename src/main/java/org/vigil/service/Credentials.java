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
    /** No 0/O or 1/I/L, so a code read aloud or copied from paper is typed right. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_GROUPS = 4;
    private static final int CODE_GROUP_LENGTH = 4;

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

    /** A one-time code for choosing a password: 16 characters in groups, about 79 bits. */
    String newCode() {
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < CODE_GROUPS; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < CODE_GROUP_LENGTH; i++) {
                code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** Codes are typed by hand: ignore case, spaces and dashes. */
    static String normaliseCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
