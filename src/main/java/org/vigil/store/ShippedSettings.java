package org.vigil.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.ShippedSetting;

/**
 * The setting definitions and defaults this version of Vigil ships (SET-2), read from the
 * program's own migrations run once into a private in-memory database, never from the clinic's
 * file: whoever can edit that file can widen a range there as easily as change a value. The
 * migrations stay the one place the numbers are written (clinical-rules.md → migration).
 */
final class ShippedSettings {

    private ShippedSettings() {}

    /** The catalogue, by key; built on first use (a fraction of a second) and kept for the process. */
    static Map<String, ShippedSetting> catalogue() {
        return Holder.CATALOGUE;
    }

    private static final class Holder {
        static final Map<String, ShippedSetting> CATALOGUE = build();
    }

    private static Map<String, ShippedSetting> build() {
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
            org.slf4j.LoggerFactory.getLogger(ShippedSettings.class).warn("Could not drop the shipped-settings database", e);
        }
        return catalogue;
    }
}
