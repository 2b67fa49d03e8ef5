-- Issue 14, item 3: encrypted backups under a passphrase an administrator sets (SETUP-2).
-- The passphrase protects every copy of the clinic's records that leaves the machine, offline and
-- for years: at least as long as a login password. Neither it nor its key is kept in the database.
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('backup.passphraseMinLength', 'SYSTEM', 'INTEGER', 12, 128, '', 'chars', 'SETUP-2');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('backup.passphraseMinLength', '15')
) AS v(k, dflt) ON v.k = d.setting_key;
