-- Issue 13: every printed report (the register, session reports, the monitoring form, manager
-- reports, the daily log) fits the clinic's paper. A4 is the default: it is the paper of every
-- jurisdiction Vigil ships a register layout for except the US, whose clinics choose LETTER.

INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('print.paperSize', 'SYSTEM', 'CHOICE', 0, 0, 'A4,LETTER', '', 'SIG-4');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default: A4' FROM setting_definition d JOIN (VALUES
    ('print.paperSize', 'A4')
) AS v(k, dflt) ON v.k = d.setting_key;
