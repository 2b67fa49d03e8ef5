package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.domain.SettingValue;

/** Setting definitions and their versioned values. Versions are only ever appended. */
public final class SettingStore {

    public List<SettingDefinition> definitions(Connection c) throws SQLException {
        List<SettingDefinition> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM setting_definition ORDER BY category, rule_id, setting_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String choices = rs.getString("choices");
                result.add(new SettingDefinition(rs.getString("setting_key"), SettingCategory.valueOf(rs.getString("category")),
                        SettingKind.valueOf(rs.getString("kind")), rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"),
                        choices.isEmpty() ? List.of() : Arrays.asList(choices.split(",")), rs.getString("unit"),
                        rs.getString("rule_id")));
            }
        }
        return result;
    }

    /** The version in force of every setting. */
    public Map<String, SettingValue> current(Connection c) throws SQLException {
        Map<String, SettingValue> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT v.* FROM setting_value v
                JOIN (SELECT setting_key, MAX(version) AS version FROM setting_value GROUP BY setting_key) latest
                  ON latest.setting_key = v.setting_key AND latest.version = v.version""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                SettingValue value = read(rs);
                result.put(value.key(), value);
            }
        }
        return result;
    }

    public List<SettingValue> history(Connection c, String key) throws SQLException {
        List<SettingValue> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM setting_value WHERE setting_key = ? ORDER BY version DESC")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        return result;
    }

    public SettingValue append(Connection c, String key, int version, String value, Instant now, String changedBy, String reason)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, key);
            s.setInt(2, version);
            s.setString(3, value);
            Timestamps.set(s, 4, now);
            s.setString(5, changedBy);
            s.setString(6, reason);
            s.executeUpdate();
        }
        return new SettingValue(key, version, value, Timestamps.stored(now), changedBy, reason);
    }

    private static SettingValue read(ResultSet rs) throws SQLException {
        return new SettingValue(rs.getString("setting_key"), rs.getInt("version"), rs.getString("setting_value"),
                Timestamps.get(rs, "changed_at"), rs.getString("changed_by"), rs.getString("reason"));
    }
}
