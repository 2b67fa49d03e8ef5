package org.vigil.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/clinical-rules.md is the catalogue the rule ids in code, tests, migrations and message
 * bundles refer to. This test keeps the two in step. It must not itself contain a rule id, or it
 * would count as a test citing that rule.
 */
@DisplayName("Rule catalogue: docs/clinical-rules.md and the rule ids cited in the project agree")
class RuleCatalogueTest {

    private static final Path CATALOGUE = Path.of("docs", "clinical-rules.md");
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Path TEST = Path.of("src", "test", "java");
    private static final Path RESOURCES = Path.of("resources");
    private static final Path MIGRATIONS = RESOURCES.resolve(Path.of("db", "migration"));

    /** The clinical families of the protocol reference, and Vigil's own. */
    private static final String FAMILIES = "PROD|PAT|SCH|PRE|BP|ADM|OBS|DIS|CD|SIG|ROLE|ALM|SEC|PWD|USR|SETUP|SET|DB|EXP";
    private static final Pattern CITED = Pattern.compile("\\b(?:" + FAMILIES + ")-\\d+\\b");

    private static final Pattern ENTRY = Pattern.compile("^### ([A-Z]+-\\d+) ");
    private static final Pattern STATUS = Pattern.compile("^\\*\\*Status:\\*\\* (built|planned)\\b");
    private static final Pattern NON_RULE = Pattern.compile("^- `([A-Z]+)` ");
    private static final Pattern REFUSAL_LITERAL = Pattern.compile("Refusal\\.of\\(\\s*\"([^\"]*)\"");
    private static final Pattern SETTING_DEFINITION = Pattern.compile(
            "INSERT INTO setting_definition\\s*\\([^)]*\\)\\s*VALUES\\s*\\(\\s*'([^']+)'.*?'([^']*)'\\s*\\)\\s*;", Pattern.DOTALL);

    private static final Path THIS_TEST = TEST.resolve(Path.of("org", "vigil", "architecture", "RuleCatalogueTest.java"));

    /** Rule id → its section of the catalogue, in file order. */
    private static final Map<String, String> sections = new LinkedHashMap<>();
    private static final Map<String, String> status = new TreeMap<>();
    private static final Set<String> nonRuleSources = new TreeSet<>();
    private static final List<String> problems = new java.util.ArrayList<>();

    @BeforeAll
    static void readCatalogue() {
        String current = null;
        boolean inNonRule = false;
        StringBuilder section = new StringBuilder();
        for (String line : read(CATALOGUE).split("\n", -1)) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.find() || line.startsWith("# ") || line.startsWith("## ")) {
                if (current != null) {
                    sections.put(current, section.toString());
                }
                current = null;
                section.setLength(0);
            }
            if (line.startsWith("# ")) {
                inNonRule = line.startsWith("# Non-rule refusal sources");
            }
            if (entry.find(0)) {
                current = entry.group(1);
                if (sections.containsKey(current)) {
                    problems.add(current + " has two entries");
                }
            }
            if (current != null) {
                section.append(line).append('\n');
                Matcher s = STATUS.matcher(line);
                if (s.find() && status.putIfAbsent(current, s.group(1)) != null) {
                    problems.add(current + " has two status lines");
                }
            }
            Matcher n = NON_RULE.matcher(line);
            if (inNonRule && n.find()) {
                nonRuleSources.add(n.group(1));
            }
        }
        if (current != null) {
            sections.put(current, section.toString());
        }
    }

    @Test
    @DisplayName("the catalogue parses: every entry has a status, no id twice, the non-rule sources are listed")
    void catalogueIsWellFormed() {
        Set<String> withoutStatus = new TreeSet<>(sections.keySet());
        withoutStatus.removeAll(status.keySet());
        assertThat(problems).as("malformed entries").isEmpty();
        assertThat(withoutStatus).as("entries without a '**Status:** built|planned' line").isEmpty();
        assertThat(sections).as("entries found in %s", CATALOGUE).hasSizeGreaterThan(50);
        assertThat(nonRuleSources).as("non-rule refusal sources").isNotEmpty()
                .allSatisfy(word -> assertThat(CITED.matcher(word + "-1").find()).as("%s must not be a rule family", word).isFalse());
    }

    @Test
    @DisplayName("every rule id cited in code, tests, migrations or message bundles has an entry")
    void everyCitedIdIsCatalogued() {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path root : List.of(MAIN, TEST, RESOURCES)) {
            for (Path file : textFiles(root)) {
                Matcher m = CITED.matcher(read(file));
                while (m.find()) {
                    if (!sections.containsKey(m.group())) {
                        missing.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(file.toString());
                    }
                }
            }
        }
        assertThat(missing).as("rule ids cited but missing from %s (id → where cited)", CATALOGUE).isEmpty();
    }

    @Test
    @DisplayName("every refusal's rule id and every setting's rule_id is an entry or a listed non-rule source")
    void refusalAndSettingRuleIdsAreKnown() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Path file : textFiles(MAIN)) {
            Matcher m = REFUSAL_LITERAL.matcher(read(file));
            while (m.find()) {
                if (!known(m.group(1))) {
                    unknown.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(file.toString());
                }
            }
        }
        settingDefinitions().forEach((key, ruleId) -> {
            if (!known(ruleId)) {
                unknown.computeIfAbsent(ruleId, k -> new TreeSet<>()).add("setting " + key);
            }
        });
        assertThat(unknown).as("rule ids neither catalogued nor listed under 'Non-rule refusal sources' (id → where used)").isEmpty();
    }

    @Test
    @DisplayName("every setting in the migrations is listed in the entry of its rule")
    void everySettingIsInItsRulesEntry() {
        Map<String, String> unlisted = new TreeMap<>();
        String nonRulePart = read(CATALOGUE).substring(Math.max(0, read(CATALOGUE).indexOf("# Non-rule refusal sources")));
        settingDefinitions().forEach((key, ruleId) -> {
            String where = sections.containsKey(ruleId) ? sections.get(ruleId) : nonRulePart;
            if (!where.contains("`" + key + "`")) {
                unlisted.put(key, ruleId);
            }
        });
        assertThat(unlisted).as("settings (key → rule_id) missing from their rule's entry in %s", CATALOGUE).isEmpty();
    }

    @Test
    @DisplayName("every built rule is cited by at least one test")
    void everyBuiltRuleHasATest() {
        Set<String> citedByTests = new TreeSet<>();
        for (Path file : textFiles(TEST)) {
            if (file.normalize().equals(THIS_TEST.normalize())) {
                continue;
            }
            CITED.matcher(read(file)).results().forEach(r -> citedByTests.add(r.group()));
        }
        Set<String> untested = new TreeSet<>();
        status.forEach((id, s) -> {
            if (s.equals("built") && !citedByTests.contains(id)) {
                untested.add(id);
            }
        });
        assertThat(untested).as("built rules no test cites (name the rule in the display name of the test that shows it)").isEmpty();
    }

    private static boolean known(String ruleId) {
        return sections.containsKey(ruleId) || nonRuleSources.contains(ruleId);
    }

    /** setting_key → rule_id, over all migrations. */
    private static Map<String, String> settingDefinitions() {
        Map<String, String> definitions = new TreeMap<>();
        for (Path file : textFiles(MIGRATIONS)) {
            Matcher m = SETTING_DEFINITION.matcher(read(file));
            while (m.find()) {
                definitions.put(m.group(1), m.group(2));
            }
        }
        assertThat(definitions).as("settings found in %s", MIGRATIONS).isNotEmpty();
        return definitions;
    }

    private static List<Path> textFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|sql|properties|css|xml|txt|md)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
