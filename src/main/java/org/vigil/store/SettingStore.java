package org.vigil.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.domain.SettingValue;

/** Setting definitions and their versioned values. Versions are only ever appended. */
public final class SettingStore {

    public List<SettingDefinition> definitions(Transaction tx) {
        return tx.select("SELECT * FROM setting_definition ORDER BY category, rule_id, setting_key").map(row -> {
            String choices = row.getColumn("choices", String.class);
            return new SettingDefinition(row.getColumn("setting_key", String.class), row.getColumn("category", SettingCategory.class),
                    row.getColumn("kind", SettingKind.class), row.getColumn("min_value", BigDecimal.class),
                    row.getColumn("max_value", BigDecimal.class), choices.isEmpty() ? List.of() : Arrays.asList(choices.split(",")),
                    row.getColumn("unit", String.class), row.getColumn("rule_id", String.class));
        }).list();
    }

    /** The version in force of every setting. */
    public Map<String, SettingValue> current(Transaction tx) {
        Map<String, SettingValue> result = new HashMap<>();
        tx.select("""
                SELECT v.* FROM setting_value v
                JOIN (SELECT setting_key, MAX(version) AS version FROM setting_value GROUP BY setting_key) latest
                  ON latest.setting_key = v.setting_key AND latest.version = v.version""")
                .map(SettingStore::read)
                .forEach(value -> result.put(value.key(), value));
        return result;
    }

    /**
     * The version of every setting in force at a moment: the latest changed at or before it. A
     * setting first written after that moment (a database created after the records it holds, as
     * the demo's history is) counts with its first version, the one the records were made under.
     */
    public Map<String, SettingValue> asOf(Transaction tx, Instant moment) {
        Map<String, SettingValue> result = new HashMap<>();
        tx.select("SELECT * FROM setting_value ORDER BY setting_key, version").map(SettingStore::read).forEach(value -> {
            SettingValue held = result.get(value.key());
            if (held == null || !value.changedAt().isAfter(moment)) {
                result.put(value.key(), value);
            }
        });
        return result;
    }

    public List<SettingValue> history(Transaction tx, String key) {
        return tx.select("SELECT * FROM setting_value WHERE setting_key = ? ORDER BY version DESC", key).map(SettingStore::read).list();
    }

    public SettingValue append(Transaction tx, String key, int version, String value, Instant now, String changedBy, String reason) {
        tx.update("""
                INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
                VALUES (?, ?, ?, ?, ?, ?)""", key, version, value, now, changedBy, reason);
        return new SettingValue(key, version, value, ColumnTypes.stored(now), changedBy, reason);
    }

    /** Straight from the result set: every action reads the settings in force, and Jdbi's per-column lookup showed in its time. */
    private static SettingValue read(ResultSet rs, StatementContext context) throws SQLException {
        return new SettingValue(rs.getString("setting_key"), rs.getInt("version"), rs.getString("setting_value"),
                ColumnTypes.instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("reason"));
    }
}
