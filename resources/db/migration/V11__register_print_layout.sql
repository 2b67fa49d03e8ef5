-- Issue 12, item 9: the printed controlled-drug register (CD-7) follows the layout of the
-- clinic's jurisdiction. CN is the default because its columns hold everything the UK and US
-- layouts print as well (lot, quantities in and out, balances, patient and ID number, prescriber,
-- handler and checker): a clinic that has not chosen yet prints too much rather than too little.

INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('cd.registerLayout', 'PROTOCOL', 'CHOICE', 0, 0, 'CN,UK,US', '', 'CD-7');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('cd.registerLayout', 'CN')
) AS v(k, dflt) ON v.k = d.setting_key;
