package org.vigil.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.domain.ShippedSetting;

/**
 * The setting definitions and defaults this version of Vigil ships (SET-2), never read from the
 * clinic's file: whoever can edit that file can widen a range there as easily as change a value.
 * They are read from {@value #RESOURCE} beside this class, which the build writes from the
 * program's own migrations ({@link ShippedSettingsResource}): the migrations stay the one place
 * the numbers are written (clinical-rules.md → migration). Running the migrations at every start
 * instead took about a third of the database thread's time before the login screen was painted
 * (issue 15, item 14).
 */
final class ShippedSettings {

    static final String RESOURCE = "shipped-settings.properties";

    private ShippedSettings() {}

    /** The catalogue, by key; read on first use and kept for the process. */
    static Map<String, ShippedSetting> catalogue() {
        return Holder.CATALOGUE;
    }

    private static final class Holder {
        static final Map<String, ShippedSetting> CATALOGUE = shipped();
    }

    private static Map<String, ShippedSetting> shipped() {
        try (InputStream in = ShippedSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // Only a build that stopped before process-classes leaves it out; without it no setting can be checked.
                throw new IllegalStateException(RESOURCE + " is missing beside " + ShippedSettings.class.getName()
                        + ": the build writes it (mvn process-classes)");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return read(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The catalogue from its properties: a setting's fields under "key.field" ({@link ShippedSettingsResource#text}). */
    static Map<String, ShippedSetting> read(Properties properties) {
        Map<String, ShippedSetting> catalogue = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.endsWith(".category")) {
                String key = name.substring(0, name.length() - ".category".length());
                String choices = field(properties, key, "choices");
                SettingDefinition definition = new SettingDefinition(key, SettingCategory.valueOf(field(properties, key, "category")),
                        SettingKind.valueOf(field(properties, key, "kind")), new BigDecimal(field(properties, key, "min")),
                        new BigDecimal(field(properties, key, "max")), choices.isEmpty() ? List.of() : Arrays.asList(choices.split(",")),
                        field(properties, key, "unit"), field(properties, key, "rule"));
                catalogue.put(key, new ShippedSetting(definition, properties.getProperty(key + ".default")));
            }
        }
        return Map.copyOf(catalogue);
    }

    private static String field(Properties properties, String key, String field) {
        String value = properties.getProperty(key + "." + field);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no " + field + " for the setting " + key);
        }
        return value;
    }
}
