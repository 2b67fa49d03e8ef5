-- Issue 14, item 7: every input survives fuzzing. An infusion rate had no upper limit: "1e3990"
-- mL/h was stored and "1e4000" failed the write. The fastest rate a nurse may record is a
-- protocol setting (PROD-2), well above any esketamine infusion and below what a pump delivers.
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.iv.infusionRateMaxMlPerHour', 'PROTOCOL', 'DECIMAL', 10, 2000, '', 'mL/h', 'PROD-2');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('adm.iv.infusionRateMaxMlPerHour', '500')
) AS v(k, dflt) ON v.k = d.setting_key;
