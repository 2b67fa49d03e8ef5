package org.vigil.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.ShippedSetting;

/**
 * A build step, never part of a start: runs the program's migrations into a private in-memory
 * database and writes the setting definitions and defaults they seed into the classes folder as
 * {@value ShippedSettings#RESOURCE}, which {@link ShippedSettings} reads at start. Bound to Maven's
 * process-classes phase (pom.xml); ShippedSettingsTest fails if the file and the migrations differ.
 */
public final class ShippedSettingsResource {

    private ShippedSettingsResource() {}

    /** Public for exec-maven-plugin only. The argument is the classes folder. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(ShippedSettings.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(ShippedSettings.RESOURCE), text(fromMigrations()), StandardCharsets.UTF_8);
    }

    /** The catalogue as the migrations seed it. */
    static Map<String, ShippedSetting> fromMigrations() {
        JdbcDataSource source = new JdbcDataSource();
        // DB_CLOSE_DELAY=-1 keeps the private database between Flyway's connection and ours; it is dropped below.
        source.setURL("jdbc:h2:mem:shipped-settings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        source.setUser("vigil");
        source.setPassword("");
        Flyway.configure().dataSource(source).locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
        Jdbi jdbi = Jdbi.create(source);
        ColumnTypes.install(jdbi);
        Map<String, ShippedSetting> catalogue = jdbi.withHandle(handle -> {
            // Only read: no rows are written here, so nothing to seal.
            Transaction tx = new Transaction(handle, null);
            SettingStore reader = new SettingStore();
            Map<String, String> defaults = new LinkedHashMap<>();
            handle.createQuery("SELECT setting_key, setting_value FROM setting_value WHERE version = 1")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> defaults.put(e.getKey(), e.getValue()));
            Map<String, ShippedSetting> shipped = new LinkedHashMap<>();
            for (SettingDefinition definition : reader.storedDefinitions(tx)) {
                shipped.put(definition.key(), new ShippedSetting(definition, defaults.get(definition.key())));
            }
            return Map.copyOf(shipped);
        });
        try (java.sql.Connection connection = source.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            // Only memory is at stake: the private database goes with the process anyway.
            org.slf4j.LoggerFactory.getLogger(ShippedSettingsResource.class).warn("Could not drop the shipped-settings database", e);
        }
        return catalogue;
    }

    /**
     * The catalogue as properties, a setting's fields under "key.field". Bounds keep the scale the
     * database gave them ("60.000"), so that what is read back equals what the migrations seeded.
     */
    static String text(Map<String, ShippedSetting> catalogue) {
        Properties properties = new Properties();
        catalogue.forEach((key, shipped) -> {
            SettingDefinition d = shipped.definition();
            properties.setProperty(key + ".category", d.category().name());
            properties.setProperty(key + ".kind", d.kind().name());
            properties.setProperty(key + ".min", d.min().toPlainString());
            properties.setProperty(key + ".max", d.max().toPlainString());
            properties.setProperty(key + ".choices", String.join(",", d.choices()));
            properties.setProperty(key + ".unit", d.unit());
            properties.setProperty(key + ".rule", d.ruleId());
            if (shipped.defaultValue() != null) {
                properties.setProperty(key + ".default", shipped.defaultValue());
            }
        });
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties sorts its keys; without the date line it writes, the same migrations give the same file.
        return out.toString().lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
    }
}
