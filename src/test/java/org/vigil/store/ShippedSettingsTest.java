package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.domain.ShippedSetting;

class ShippedSettingsTest {

    @Test
    void theCatalogueAStartReadsIsWhatTheMigrationsSeed() {
        // A migration changed without the build writing the file again would check values against stale ranges.
        Map<String, ShippedSetting> fromMigrations = ShippedSettingsResource.fromMigrations();

        assertThat(fromMigrations).hasSizeGreaterThan(50);
        assertThat(ShippedSettings.catalogue()).isEqualTo(fromMigrations);
    }

    @Test
    void aStartKnowsTheShippedSettingsWithoutFlywayOrH2() throws Exception {
        // Issue 15, item 14: the migrations ran at every start to learn the catalogue. Here only Vigil's
        // own classes can be loaded: reading the catalogue must need nothing of the migrations' machinery.
        URL classes = ShippedSettings.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader vigilOnly = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> shipped = Class.forName(ShippedSettings.class.getName(), true, vigilOnly);
            var catalogue = shipped.getDeclaredMethod("catalogue");
            catalogue.setAccessible(true);

            Map<?, ?> read = (Map<?, ?>) catalogue.invoke(null);

            assertThat(read).hasSameSizeAs(ShippedSettings.catalogue());
            assertThat(read.get("obs.minimumMinutes").toString()).isEqualTo(ShippedSettings.catalogue().get("obs.minimumMinutes").toString());
        }
    }

    @Test
    void theFileKeepsEveryFieldAsWritten() throws Exception {
        SettingDefinition choice = new SettingDefinition("print.paper", SettingCategory.SYSTEM, SettingKind.CHOICE,
                new BigDecimal("0.000"), new BigDecimal("0.000"), List.of("A4", "LETTER"), "", "PRT-1");
        SettingDefinition number = new SettingDefinition("a.b.c", SettingCategory.PROTOCOL, SettingKind.DECIMAL,
                new BigDecimal("0.500"), new BigDecimal("60.000"), List.of(), "mg/kg · 分", "ADM-4");
        Map<String, ShippedSetting> catalogue = Map.of(
                choice.key(), new ShippedSetting(choice, "A4"),
                number.key(), new ShippedSetting(number, " #1=2:3\\ 中文 "),
                "no.default", new ShippedSetting(new SettingDefinition("no.default", SettingCategory.SYSTEM, SettingKind.FOLDER,
                        BigDecimal.ZERO, BigDecimal.ZERO, List.of(), "", "SETUP-1"), null));
        Properties properties = new Properties();

        String text = ShippedSettingsResource.text(catalogue);
        properties.load(new StringReader(text));

        assertThat(ShippedSettings.read(properties)).isEqualTo(catalogue);
        assertThat(text).doesNotContain("#" + System.lineSeparator()).doesNotStartWith("#");
        assertThat(ShippedSettingsResource.text(catalogue)).isEqualTo(text);
    }
}
