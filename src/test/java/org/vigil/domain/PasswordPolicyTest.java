package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Password policy (NIST SP 800-63B-4)")
class PasswordPolicyTest {

    private static final Set<String> BLOCKLIST = Set.of("passwordpassword", "correct horse battery staple");
    /** The clinic's default: 15 characters minimum, 256 maximum. */
    private final PasswordPolicy clinicDefault = new PasswordPolicy(15, 256, BLOCKLIST);

    private static String ruleOf(Optional<Refusal> refusal) {
        return refusal.map(Refusal::messageKey).orElse("accepted");
    }

    @Test
    @DisplayName("PWD-1 the default minimum is 15: 14 characters refused, 15 accepted")
    void defaultMinimumIsFifteen() {
        Optional<Refusal> fourteen = clinicDefault.check("tea at noon ok", "nurse.li");
        assertThat(fourteen).hasValue(Refusal.of("PWD-1", "password.tooShort", 15));
        assertThat(clinicDefault.check("tea at noon, ok", "nurse.li")).isEmpty();
    }

    @Test
    @DisplayName("PWD-1 the minimum follows the setting, down to its floor of 8")
    void minimumFollowsTheSetting() {
        PasswordPolicy floor = new PasswordPolicy(8, 64, BLOCKLIST);
        assertThat(floor.check("tea@noon", "nurse.li")).isEmpty();
        assertThat(ruleOf(floor.check("tea@noo", "nurse.li"))).isEqualTo("password.tooShort");
        assertThat(floor.check("tea@noo", "nurse.li").orElseThrow().args()).containsExactly(8);
    }

    @Test
    @DisplayName("PWD-1 a 64-character password is accepted when 64 is the maximum; 65 is refused")
    void sixtyFourCharactersAccepted() {
        PasswordPolicy policy = new PasswordPolicy(15, 64, BLOCKLIST);
        String sixtyFour = "the morning list has nine patients and two of them are new ones!";
        assertThat(sixtyFour).hasSize(64);
        assertThat(policy.check(sixtyFour, "nurse.li")).isEmpty();
        assertThat(policy.check(sixtyFour + "!", "nurse.li")).hasValue(Refusal.of("PWD-1", "password.tooLong", 64));
    }

    @Test
    @DisplayName("PWD-1 any Unicode and spaces are allowed: a Chinese sentence is a password")
    void chineseSentenceAccepted() {
        String sentence = "我每天早上七点在诊所里喝一杯热茶";
        assertThat(sentence.codePointCount(0, sentence.length())).isEqualTo(16);
        assertThat(clinicDefault.check(sentence, "nurse.li")).isEmpty();
    }

    @Test
    @DisplayName("PWD-1 length counts characters, not UTF-16 units: eight emoji are too short")
    void lengthCountsCodePoints() {
        String emoji = "🌙🌙🌙🌙🌙🌙🌙🌙";
        assertThat(emoji.length()).isEqualTo(16);
        assertThat(ruleOf(clinicDefault.check(emoji, "nurse.li"))).isEqualTo("password.tooShort");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"passwordpassword", "PasswordPassword", "correct horse battery staple", "Correct Horse Battery Staple"})
    @DisplayName("PWD-2 a password on the blocklist is refused, whatever its case")
    void blocklistedRefused(String password) {
        PasswordPolicy eight = new PasswordPolicy(8, 256, BLOCKLIST);
        assertThat(eight.check(password, "nurse.li")).hasValue(Refusal.of("PWD-2", "password.common"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused for nurse.li")
    @ValueSource(strings = {"nurse.li starts the morning", "NURSE.LI starts the morning", "good morning Nurse.Li!!"})
    @DisplayName("PWD-2 a password containing the user name is refused, ignoring case")
    void containsUsernameRefused(String password) {
        assertThat(clinicDefault.check(password, "nurse.li")).hasValue(Refusal.of("PWD-2", "password.containsUsername"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"vigil keeps watch all day", "Keep the VIGIL going strong"})
    @DisplayName("PWD-2 a password containing the product name vigil is refused")
    void containsProductNameRefused(String password) {
        assertThat(clinicDefault.check(password, "nurse.li")).hasValue(Refusal.of("PWD-2", "password.containsProductName"));
    }

    @Test
    @DisplayName("PWD-1 no composition rules: lower-case letters and spaces only is fine")
    void noCompositionRules() {
        assertThat(clinicDefault.check("rain on the clinic windows", "nurse.li")).isEmpty();
    }
}
