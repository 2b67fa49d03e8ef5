package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 15, item 12: one-time codes are read off paper and typed by hand. */
class OneTimeCodeAlphabetTest {

    private final Credentials credentials = new Credentials(null, new SecureRandom(), new HashCost(8, 1, 1));

    @Test
    @DisplayName("PWD-4 a one-time code never holds a look-alike: 0/O, 1/I/L, 2/Z, 5/S")
    void noLookAlikes() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = Credentials.normaliseCode(credentials.newCode());
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).doesNotContain('0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S');
        assertThat(seen).hasSize(Credentials.CODE_ALPHABET.length());
    }

    @Test
    @DisplayName("PWD-4 the smaller alphabet costs no strength: the code carries at least the 79.3 bits of 16 characters from 31")
    void entropyKept() {
        double before = 16 * Math.log(31) / Math.log(2);
        double now = Credentials.CODE_GROUPS * Credentials.CODE_GROUP_LENGTH * Math.log(Credentials.CODE_ALPHABET.length()) / Math.log(2);
        assertThat(now).isGreaterThanOrEqualTo(before);
        assertThat(Credentials.normaliseCode(credentials.newCode())).hasSize(Credentials.CODE_GROUPS * Credentials.CODE_GROUP_LENGTH);
    }
}
