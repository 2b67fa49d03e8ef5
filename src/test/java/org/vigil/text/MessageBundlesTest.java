package org.vigil.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.Refusal;

@DisplayName("English and Chinese messages")
class MessageBundlesTest {

    private static Properties english;
    private static Properties chinese;

    /** Where the code names a message key: refusals, damaged backups, chain problems, command output. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("Refusal\\.of\\(\\s*[^,()]+,\\s*\"([^\"]+)\""),
            Pattern.compile("\\?\\s*\"([a-z]+\\.[\\w.]+)\"\\s*:\\s*\"([a-z]+\\.[\\w.]+)\""),
            Pattern.compile("BackupDamagedException\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\"(audit\\.problem\\.\\w+)\""),
            Pattern.compile("\\.get\\(\\s*\"([a-z][\\w.]+)\""));

    @BeforeAll
    static void loadBundles() throws IOException {
        english = load("/i18n/messages.properties");
        chinese = load("/i18n/messages_zh_CN.properties");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> keysUsedIn(String... packages) throws IOException {
        Set<String> used = new TreeSet<>();
        for (String pkg : packages) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/vigil", pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    for (Pattern pattern : KEY_USES) {
                        Matcher m = pattern.matcher(source);
                        while (m.find()) {
                            for (int g = 1; g <= m.groupCount(); g++) {
                                used.add(m.group(g));
                            }
                        }
                    }
                }
            }
        }
        return used;
    }

    @Test
    @DisplayName("every English key has a Chinese translation and the Chinese bundle has no extra keys")
    void sameKeys() {
        assertThat(keys(chinese)).containsExactlyElementsOf(keys(english));
    }

    @Test
    @DisplayName("every message key the services, domain, store and commands use exists in both bundles")
    void keysUsedByCodeExist() throws IOException {
        Set<String> used = keysUsedIn("domain", "service", "store", "cli");
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50)
                .contains("refused.role", "reason.required", "password.tooShort", "backup.foreign", "audit.problem.truncated",
                        "setting.invalid.decimal", "backup.damaged.notVigil", "verify.broken", "cli.noDatabase");
        assertThat(keys(english)).containsAll(used);
        assertThat(keys(chinese)).containsAll(used);
    }

    @Test
    @DisplayName("every Chinese message is written in Chinese characters")
    void chineseIsChinese() {
        Pattern cjk = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
        Set<String> untranslated = keys(chinese).stream().filter(k -> !cjk.matcher(chinese.getProperty(k)).find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).isEmpty();
    }

    @Test
    @DisplayName("a translation keeps every {n} placeholder of the English message")
    void placeholdersMatch() {
        Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
        for (String key : keys(english)) {
            assertThat(placeholders(placeholder, chinese.getProperty(key))).as(key)
                    .isEqualTo(placeholders(placeholder, english.getProperty(key)));
        }
    }

    private static Set<String> placeholders(Pattern placeholder, String text) {
        return placeholder.matcher(text).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @DisplayName("no message holds a lone ASCII apostrophe, which MessageFormat would swallow")
    void noLoneApostrophes() {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (Properties bundle : List.of(english, chinese)) {
            assertThat(keys(bundle)).allSatisfy(k -> assertThat(lone.matcher(bundle.getProperty(k)).find()).as(k).isFalse());
        }
    }

    @Test
    @DisplayName("ROLE-2 a refusal reads in the user's language with its arguments filled in")
    void refusalInBothLanguages() {
        Refusal refusal = Refusal.of("ROLE-2", "refused.role", "MANAGE_USERS");
        assertThat(Messages.of(Locale.ENGLISH).refusal(refusal)).isEqualTo(
                "Only an administrator can do this. The attempt has been recorded.");
        assertThat(Messages.of(Locale.forLanguageTag("zh-TW")).refusal(refusal)).doesNotContain("MANAGE_USERS").contains("系统管理员");
        assertThat(Messages.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.of(Locale.ENGLISH).get("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    @DisplayName("ROLE-2 issue 15: every permission a refusal can name is said as who may do it, in both languages")
    void everyPermissionInWords() {
        for (org.vigil.domain.Permission p : org.vigil.domain.Permission.values()) {
            assertThat(english.getProperty("refused.role.who." + p.name())).as(p.name()).isNotBlank();
            assertThat(chinese.getProperty("refused.role.who." + p.name())).as(p.name()).isNotBlank();
            assertThat(Messages.of(Locale.ENGLISH).refusal(Refusal.of("ROLE-2", "refused.role", p.name()))).doesNotContain(p.name());
        }
        assertThat(Messages.of(Locale.ENGLISH).refusal(Refusal.of("ROLE-2", "refused.role", "PRESCRIBE")))
                .isEqualTo("Only a prescriber can do this. The attempt has been recorded.");
    }
}
