package org.vigil.domain.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.patient.ProtocolDefaults;
import org.vigil.text.Messages;

/**
 * The shared bundle test finds keys only in {@code Refusal.of(...)} with a plain first argument;
 * this package also names keys in {@code FieldProblem.of} and helpers, so check them here.
 */
class VitalsMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"((?:vitals|dose)\\.[a-z][\\w.]+)\"");

    @Test
    @DisplayName("BP-8 ADM-4 PRE-2 every message key of the vitals rules exists in English and Chinese")
    void keysExist() throws IOException {
        Set<String> used = new TreeSet<>();
        // The vital-sign rules and the dose checks that were split out of them.
        for (String dir : List.of("src/main/java/org/vigil/domain/vitals", "src/main/java/org/vigil/domain/dose")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                // VitalSettingKeys names settings, not messages (some also start with "vitals.").
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("VitalSettingKeys.java")).toList()) {
                    KEY.matcher(Files.readString(file)).results().map(m -> m.group(1)).forEach(used::add);
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(25);
        assertThat(load("/i18n/messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("/i18n/messages_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    @DisplayName("BP-6 BP-2 flags read in both languages with their values filled in")
    void rendered() {
        AssessmentRules rules = AssessmentRules.from(ProtocolDefaults.settings());
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        VitalFlag rise = ReadingAssessment.assess(Optional.of(VitalSigns.at(t, 120, 80, 70, 98)), List.of(),
                VitalSigns.at(t.plusSeconds(2400), 160, 78, 80, 97), rules).getFirst();
        assertThat(Messages.of(Locale.ENGLISH).refusal(rise.message()))
                .isEqualTo("BP 160/78 has risen from baseline 120/80 (systolic +40, diastolic -2 mmHg).");
        assertThat(Messages.of(Messages.CHINESE).refusal(rise.message())).contains("160/78", "120/80", "+40", "-2", "收缩压");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VitalsMessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
