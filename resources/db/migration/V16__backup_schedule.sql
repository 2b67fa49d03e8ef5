-- Issue 14: backups while Vigil is open. The running Vigil takes a daily backup into a folder the
-- administrator chooses, at a local time of day, and keeps only its own newest files there.
-- backup.folder is empty until an administrator chooses one: no schedule writes anywhere unasked.
-- The schedule is ON by default so that choosing a folder is the one step that starts it; 22:00
-- is after a clinic day, and a machine switched off by then takes the backup at its next start.

INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('backup.folder', 'SYSTEM', 'FOLDER', 0, 0, '', '', 'SETUP-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('backup.schedule.enabled', 'SYSTEM', 'CHOICE', 0, 0, 'ON,OFF', '', 'SETUP-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('backup.schedule.time', 'SYSTEM', 'TIME_OF_DAY', 0, 0, '', '', 'SETUP-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('backup.keep', 'SYSTEM', 'INTEGER', 1, 365, '', 'files', 'SETUP-1');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default: ' || v.shown FROM setting_definition d JOIN (VALUES
    ('backup.folder', '', 'none (no automatic backup)'),
    ('backup.schedule.enabled', 'ON', 'ON'),
    ('backup.schedule.time', '22:00', '22:00'),
    ('backup.keep', '14', '14')
) AS v(k, dflt, shown) ON v.k = d.setting_key;

-- The schedule reads its own history (written, failed, missed, acknowledged) from the audit trail
-- every half minute: an index by action keeps that read small in a clinic-year of events.
CREATE INDEX audit_event_action ON audit_event (action, seq);
