package org.vigil.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.domain.SettingFault;
import org.vigil.domain.SettingValue;
import org.vigil.domain.SettingsInForce;
import org.vigil.domain.ShippedSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Setting definitions and their versioned values. Versions are only ever appended. */
public final class SettingStore {

    private static final Logger log = LoggerFactory.getLogger(SettingStore.class);
    /** Faults already logged in this process: every action reads the settings, the log says it once. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    /**
     * The definitions Vigil checks against: the shipped ones (SET-2). The database's rows are
     * not trusted for this, a widened range there must not let a value through the Settings screen.
     */
    public List<SettingDefinition> definitions(Transaction tx) {
        return ShippedSettings.catalogue().values().stream().map(ShippedSetting::definition)
                .sorted(Comparator.comparing((SettingDefinition d) -> d.category().name()).thenComparing(SettingDefinition::ruleId)
                        .thenComparing(SettingDefinition::key))
                .toList();
    }

    /** The definitions as the database holds them, to compare with the shipped ones. */
    List<SettingDefinition> storedDefinitions(Transaction tx) {
        return tx.select("SELECT * FROM setting_definition ORDER BY category, rule_id, setting_key").map(row -> {
            String choices = row.getColumn("choices", String.class);
            return new SettingDefinition(row.getColumn("setting_key", String.class), row.getColumn("category", SettingCategory.class),
                    row.getColumn("kind", SettingKind.class), row.getColumn("min_value", BigDecimal.class),
                    row.getColumn("max_value", BigDecimal.class), choices.isEmpty() ? List.of() : Arrays.asList(choices.split(",")),
                    row.getColumn("unit", String.class), row.getColumn("rule_id", String.class));
        }).list();
    }

    /**
     * SET-2: what is wrong with the settings as stored now: values that are not used (replaced by
     * their default) and definitions that differ from the shipped ones. Empty when all is well.
     */
    public List<SettingFault> faults(Transaction tx) {
        Map<String, SettingDefinition> stored = new HashMap<>();
        storedDefinitions(tx).forEach(d -> stored.put(d.key(), d));
        return checked(stored(tx), stored).faults();
    }

    /**
     * The version in force of every setting, as Vigil may use it: a stored value outside its
     * shipped range is replaced by the shipped default (SET-2; see {@link #faults}).
     */
    public Map<String, SettingValue> current(Transaction tx) {
        return checked(stored(tx), Map.of()).values();
    }

    private static SettingsInForce checked(Map<String, SettingValue> stored, Map<String, SettingDefinition> storedDefinitions) {
        SettingsInForce checked = SettingsInForce.check(stored, storedDefinitions, ShippedSettings.catalogue());
        for (SettingFault fault : checked.faults()) {
            if (LOGGED.add(fault.key() + " " + fault.mark())) {
                log.error("SET-2: setting {} is not used as stored ({}: {}); allowed {}, using the default {}", fault.key(),
                        fault.kind(), fault.kind() == SettingFault.Kind.DEFINITION_CHANGED ? fault.storedRange() : fault.storedValue(),
                        fault.allowed(), fault.shipped().defaultValue());
            }
        }
        return checked;
    }

    /**
     * The latest version of every setting exactly as the database holds it, unchecked: only for
     * telling whether a change changes anything, never for use.
     */
    public Map<String, SettingValue> asStored(Transaction tx) {
        return stored(tx);
    }

    /** Whether the audit trail already holds this fault, so that it is recorded once, not on every read. */
    public boolean faultRecorded(Transaction tx, String action, SettingFault fault) {
        return tx.select("SELECT COUNT(*) FROM audit_event WHERE action = ? AND entity_type = 'setting' AND entity_id = ? AND CAST(old_value AS VARCHAR(1000000)) = ?",
                action, fault.key(), fault.mark()).mapTo(Integer.class).one() > 0;
    }

    private Map<String, SettingValue> stored(Transaction tx) {
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
        return checked(result, Map.of()).values();
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
