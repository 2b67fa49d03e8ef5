-- Issue 10, point 3: a request id is bound to what it carried. The action and a SHA-256 of its
-- inputs (session, actor and values; never a password) are kept with the event the request
-- stored, so a reused id with other content is refused instead of silently answered. Rows from
-- before this version have neither; they are matched on the session alone.
ALTER TABLE session_event ADD COLUMN request_action VARCHAR(60);
ALTER TABLE session_event ADD COLUMN request_hash VARCHAR(64);

-- Issue 10, point 5: an IV dose is mg/kg × a recent weight (PROD-2, ADM-4); an older weight is
-- refused and a new one asked for.
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.iv.weightMaxAgeDays', 'PROTOCOL', 'INTEGER', 1, 365, '', 'days', 'ADM-4');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('adm.iv.weightMaxAgeDays', '30')
) AS v(k, dflt) ON v.k = d.setting_key;
