-- Settings for patients, treatment courses, the clinic's schedule and outcome scales, with
-- their allowed ranges and the defaults from clinical-rules.md (PAT, SCH) and the scales'
-- usual definitions of response and remission. Read by PatientLimits, ScheduleRules,
-- MonitoringRules, EnrolmentRules and ScaleThresholds.

INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('clinic.country', 'SYSTEM', 'CHOICE', 0, 0, 'CN,US,GB,OTHER', '', 'CD-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('pat.idNumberRequired', 'PROTOCOL', 'CHOICE', 0, 0, 'YES,NO', '', 'CD-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.trd.inductionWeeks', 'PROTOCOL', 'INTEGER', 1, 8, '', 'weeks', 'SCH-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.trd.inductionFrequency', 'PROTOCOL', 'CHOICE', 0, 0, 'THREE_TIMES_WEEKLY,TWICE_WEEKLY,WEEKLY', '', 'SCH-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.trd.optimisationWeeks', 'PROTOCOL', 'INTEGER', 0, 12, '', 'weeks', 'SCH-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.trd.optimisationFrequency', 'PROTOCOL', 'CHOICE', 0, 0, 'TWICE_WEEKLY,WEEKLY,EVERY_TWO_WEEKS', '', 'SCH-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.trd.maintenanceFrequency', 'PROTOCOL', 'CHOICE', 0, 0, 'WEEKLY,EVERY_TWO_WEEKS', '', 'SCH-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.mdsi.weeks', 'PROTOCOL', 'INTEGER', 1, 8, '', 'weeks', 'SCH-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.mdsi.frequency', 'PROTOCOL', 'CHOICE', 0, 0, 'TWICE_WEEKLY,WEEKLY', '', 'SCH-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.review.afterWeek', 'PROTOCOL', 'INTEGER', 1, 12, '', 'week', 'SCH-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.other.frequency', 'PROTOCOL', 'CHOICE', 0, 0, 'THREE_TIMES_WEEKLY,TWICE_WEEKLY,WEEKLY,EVERY_TWO_WEEKS', '', 'SCH-6');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.monitoring.withdrawalCheckEveryDays', 'PROTOCOL', 'INTEGER', 1, 14, '', 'days', 'SCH-7');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('scale.responseReductionPercent', 'PROTOCOL', 'INTEGER', 25, 75, '', '%', 'SCALE');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('scale.phq9.remissionBelow', 'PROTOCOL', 'INTEGER', 1, 10, '', 'points', 'SCALE');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('scale.madrs.remissionAtOrBelow', 'PROTOCOL', 'INTEGER', 4, 20, '', 'points', 'SCALE');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('clinic.country', 'OTHER'),
    ('pat.idNumberRequired', 'YES'),
    ('sch.trd.inductionWeeks', '4'),
    ('sch.trd.inductionFrequency', 'TWICE_WEEKLY'),
    ('sch.trd.optimisationWeeks', '4'),
    ('sch.trd.optimisationFrequency', 'WEEKLY'),
    ('sch.trd.maintenanceFrequency', 'WEEKLY'),
    ('sch.mdsi.weeks', '4'),
    ('sch.mdsi.frequency', 'TWICE_WEEKLY'),
    ('sch.review.afterWeek', '4'),
    ('sch.other.frequency', 'WEEKLY'),
    ('sch.monitoring.withdrawalCheckEveryDays', '7'),
    ('scale.responseReductionPercent', '50'),
    ('scale.phq9.remissionBelow', '5'),
    ('scale.madrs.remissionAtOrBelow', '10')
) AS v(k, dflt) ON v.k = d.setting_key;
