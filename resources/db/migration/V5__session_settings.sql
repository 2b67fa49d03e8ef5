-- Settings for the session engine's timers that clinical-rules.md leaves to the clinic: how
-- long after a prompt falls due it counts as late (ALM-4 shows that lateness). Read by
-- SessionProtocol together with the BP, ADM, OBS and DIS settings of V2.

INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.nextDeviceOverdueMinutes', 'PROTOCOL', 'INTEGER', 1, 30, '', 'min', 'ADM-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('obs.sedationCheckWindowMinutes', 'PROTOCOL', 'INTEGER', 1, 15, '', 'min', 'OBS-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('obs.endReviewOverdueMinutes', 'PROTOCOL', 'INTEGER', 5, 60, '', 'min', 'OBS-1');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('adm.nextDeviceOverdueMinutes', '5'),
    ('obs.sedationCheckWindowMinutes', '5'),
    ('obs.endReviewOverdueMinutes', '15')
) AS v(k, dflt) ON v.k = d.setting_key;
