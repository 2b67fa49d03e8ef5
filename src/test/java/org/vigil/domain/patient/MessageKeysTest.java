package org.vigil.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.domain.course.CourseSettingKeys;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.Phase;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.Route;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.scale.Phq9Severity;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleSettingKeys;

/** Every message key the patient, course and scale rules can produce is in both languages. */
class MessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"((?:patient|screening|decision|course|review|enrolment|schedule|scale)\\.[A-Za-z0-9_.]+)\"");

    /** The values of the public String constants of the settings-key classes. */
    static List<String> settingKeys() {
        List<String> keys = new ArrayList<>();
        for (Class<?> c : List.of(PatientSettingKeys.class, CourseSettingKeys.class, ScaleSettingKeys.class)) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("YES")) {
                    try {
                        keys.add((String) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return keys;
    }

    static List<String> keys() throws IOException {
        List<String> settings = settingKeys();
        TreeSet<String> keys = new TreeSet<>();
        settings.forEach(k -> keys.add("setting." + k));
        for (String pkg : List.of("patient", "course", "scale")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/vigil/domain", pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher m = KEY.matcher(source);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !settings.contains(m.group(1))) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        for (Contraindication c : Contraindication.values()) {
            keys.add(c.labelKey());
            keys.add(c.refusalKey());
        }
        for (PatientFlag f : PatientFlag.values()) {
            keys.add(f.messageKey());
        }
        for (DuplicateReason r : DuplicateReason.values()) {
            keys.add(r.messageKey());
        }
        for (SessionFrequency f : SessionFrequency.values()) {
            keys.add("frequency." + f.name());
            f.stepBack().ifPresent(to -> keys.add("schedule.missed.stepBack." + to.name()));
        }
        for (Phq9Severity b : Phq9Severity.values()) {
            keys.add(b.messageKey());
        }
        enumKeys(keys, "monitoring.", MonitoringKind.values());
        enumKeys(keys, "phase.", Phase.values());
        enumKeys(keys, "regimen.", Regimen.values());
        enumKeys(keys, "indication.", Indication.values());
        enumKeys(keys, "route.", Route.values());
        enumKeys(keys, "endReason.", EndReason.values());
        enumKeys(keys, "scale.", ScaleKind.values());
        enumKeys(keys, "sex.", Sex.values());
        enumKeys(keys, "pregnancy.", PregnancyStatus.values());
        enumKeys(keys, "childbearing.", ChildbearingPotential.values());
        keys.add("course.route.notForIndication.MDSI");
        keys.add("course.route.notForIndication.PPD_PREVENTION");
        return new ArrayList<>(keys);
    }

    private static void enumKeys(TreeSet<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            keys.add(prefix + v.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    @DisplayName("Every domain message key exists, is a valid MessageFormat pattern, and has no ASCII apostrophe")
    void present(String tag) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = keys();
        assertThat(keys).hasSizeGreaterThan(150);
        for (String key : keys) {
            assertThat(bundle.containsKey(key)).as("%s in %s", key, tag).isTrue();
            String pattern = bundle.getString(key);
            assertThat(pattern).as(key).doesNotContain("'");
            assertThat(new MessageFormat(pattern, Locale.forLanguageTag(tag)).format(new Object[] {1, 2, 3})).as(key).isNotBlank();
        }
        if (tag.startsWith("zh")) {
            // The Chinese bundle must not silently fall back to English for these keys.
            ResourceBundle english = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(keys.stream().filter(k -> !k.startsWith("scale.PHQ9") && !k.startsWith("scale.MADRS"))
                    .filter(k -> bundle.getString(k).equals(english.getString(k))).toList()).isEmpty();
        }
    }
}
