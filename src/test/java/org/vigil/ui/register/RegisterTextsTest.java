package org.vigil.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.register.CountKind;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.Incident;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.domain.register.StockUnit;
import org.vigil.text.Messages;

/** The register screens take every word from both bundles: a key named in their code, or built from an enum or a column's name, exists in English and Chinese. */
class RegisterTextsTest {

    private static final Path SCREENS = Path.of("src/main/java/org/vigil/ui/register");
    private static final Pattern KEY = Pattern.compile("\"(registerScreen\\.[A-Za-z.]*[A-Za-z])\"");
    private static final Pattern COLUMN = Pattern.compile("(?:column\\(ui, |text\\((?:table|signed), |column\\()\"([a-zA-Z]+)\"");

    @Test
    @DisplayName("every registerScreen key of the screens, each entry kind, signature meaning, unit and column reads in both languages")
    void everyWordInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SCREENS)) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                KEY.matcher(source).results().map(r -> r.group(1)).forEach(keys::add);
                COLUMN.matcher(source).results().map(r -> "registerScreen.col." + r.group(1)).forEach(keys::add);
            }
        }
        Arrays.stream(EntryKind.values()).forEach(k -> keys.add("registerScreen.kind." + k.name()));
        Arrays.stream(SignatureMeaning.values()).forEach(m -> keys.add("register.meaning." + m.name()));
        Arrays.stream(CountKind.values()).forEach(k -> keys.add("registerScreen.count.kind." + k.name()));
        Arrays.stream(DiscrepancyOutcome.values()).forEach(o -> keys.add("registerScreen.resolve.outcome." + o.name()));
        Arrays.stream(Incident.Stage.values()).forEach(st -> keys.addAll(List.of("registerScreen.incident.stage." + st.name(),
                "registerScreen.incident.record." + st.name())));
        Arrays.stream(StockUnit.values()).forEach(u -> keys.addAll(List.of("registerScreen.unit." + u.name(), "registerScreen.strength." + u.name())));
        assertThat(keys).as("keys found").hasSizeGreaterThan(100).contains("registerScreen.col.status", "registerScreen.col.signatures");
        for (Locale language : Messages.SUPPORTED) {
            Messages words = Messages.of(language);
            assertThat(keys).as(language.toString()).allSatisfy(k -> assertThat(words.has(k)).as(k).isTrue());
        }
    }
}
