-- Issue 4: the PRE-1 fasting and nasal-spray intervals, and the IV infusion duration limits the
-- prescriber's authorisation is checked against (ADM-4). Defaults from clinical-rules.md.

INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('pre.fastingFoodMinutes', 'PROTOCOL', 'INTEGER', 0, 480, '', 'min', 'PRE-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('pre.fastingLiquidMinutes', 'PROTOCOL', 'INTEGER', 0, 240, '', 'min', 'PRE-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('pre.nasalSprayMinutes', 'PROTOCOL', 'INTEGER', 0, 240, '', 'min', 'PRE-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.iv.infusionMinutesMin', 'PROTOCOL', 'INTEGER', 1, 240, '', 'min', 'ADM-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.iv.infusionMinutesMax', 'PROTOCOL', 'INTEGER', 1, 480, '', 'min', 'ADM-4');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('pre.fastingFoodMinutes', '120'),
    ('pre.fastingLiquidMinutes', '30'),
    ('pre.nasalSprayMinutes', '60'),
    ('adm.iv.infusionMinutesMin', '20'),
    ('adm.iv.infusionMinutesMax', '120')
) AS v(k, dflt) ON v.k = d.setting_key;
