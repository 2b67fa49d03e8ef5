-- Settings with their allowed ranges and the defaults from clinical-rules.md.
-- Clinical numbers live here, never in code; a change appends a version (audited).

INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('security.idleLockMinutes', 'SYSTEM', 'INTEGER', 1, 120, '', 'min', 'SEC-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('security.passwordMinLength', 'SYSTEM', 'INTEGER', 8, 64, '', 'chars', 'PWD-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('security.passwordMaxLength', 'SYSTEM', 'INTEGER', 64, 256, '', 'chars', 'PWD-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('security.loginMaxFailures', 'SYSTEM', 'INTEGER', 3, 20, '', '', 'PWD-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('security.loginLockoutMinutes', 'SYSTEM', 'INTEGER', 1, 1440, '', 'min', 'PWD-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('security.resetCodeValidHours', 'SYSTEM', 'INTEGER', 1, 72, '', 'h', 'PWD-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.baseline.sbpAbove', 'PROTOCOL', 'INTEGER', 100, 200, '', 'mmHg', 'BP-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.baseline.dbpAbove', 'PROTOCOL', 'INTEGER', 60, 130, '', 'mmHg', 'BP-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.check.minutesAfterDevice', 'PROTOCOL', 'INTEGER', 10, 120, '', 'min', 'BP-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.check.anchor', 'PROTOCOL', 'CHOICE', 0, 0, 'FIRST_DEVICE,LAST_DEVICE', '', 'BP-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.check.windowMinutes', 'PROTOCOL', 'INTEGER', 0, 30, '', 'min', 'BP-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.recheck.sbpAbove', 'PROTOCOL', 'INTEGER', 120, 220, '', 'mmHg', 'BP-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.recheck.dbpAbove', 'PROTOCOL', 'INTEGER', 70, 140, '', 'mmHg', 'BP-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.recheck.intervalMinutes', 'PROTOCOL', 'INTEGER', 5, 60, '', 'min', 'BP-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.alarm.sustained.sbpAtLeast', 'PROTOCOL', 'INTEGER', 140, 260, '', 'mmHg', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.alarm.sustained.dbpAtLeast', 'PROTOCOL', 'INTEGER', 90, 160, '', 'mmHg', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.alarm.sustained.minutesApart', 'PROTOCOL', 'INTEGER', 1, 30, '', 'min', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.alarm.single.sbpAtLeast', 'PROTOCOL', 'INTEGER', 160, 300, '', 'mmHg', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.alarm.single.dbpAtLeast', 'PROTOCOL', 'INTEGER', 100, 200, '', 'mmHg', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('vitals.alarm.spo2Below', 'PROTOCOL', 'INTEGER', 80, 100, '', '%', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('vitals.alarm.heartRateAbove', 'PROTOCOL', 'INTEGER', 80, 200, '', '/min', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('vitals.alarm.heartRateSustainedMinutes', 'PROTOCOL', 'INTEGER', 1, 30, '', 'min', 'BP-5');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.rise.sbpFlag', 'PROTOCOL', 'INTEGER', 10, 100, '', 'mmHg', 'BP-6');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.rise.dbpFlag', 'PROTOCOL', 'INTEGER', 10, 80, '', 'mmHg', 'BP-6');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('bp.discharge.readingWithinMinutes', 'PROTOCOL', 'INTEGER', 5, 60, '', 'min', 'BP-7');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.sbp.min', 'PROTOCOL', 'INTEGER', 30, 100, '', 'mmHg', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.sbp.max', 'PROTOCOL', 'INTEGER', 200, 350, '', 'mmHg', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.dbp.min', 'PROTOCOL', 'INTEGER', 10, 60, '', 'mmHg', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.dbp.max', 'PROTOCOL', 'INTEGER', 120, 250, '', 'mmHg', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.heartRate.min', 'PROTOCOL', 'INTEGER', 10, 60, '', '/min', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.heartRate.max', 'PROTOCOL', 'INTEGER', 150, 300, '', '/min', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.spo2.min', 'PROTOCOL', 'INTEGER', 30, 90, '', '%', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.spo2.max', 'PROTOCOL', 'INTEGER', 100, 100, '', '%', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.weightKg.min', 'PROTOCOL', 'INTEGER', 20, 60, '', 'kg', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.weightKg.max', 'PROTOCOL', 'INTEGER', 150, 400, '', 'kg', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.temperatureC.min', 'PROTOCOL', 'DECIMAL', 25, 35, '', '°C', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.temperatureC.max', 'PROTOCOL', 'DECIMAL', 40, 47, '', '°C', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('limits.readingFutureMinutes', 'PROTOCOL', 'INTEGER', 0, 10, '', 'min', 'BP-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.nasal.mgPerDevice', 'PROTOCOL', 'INTEGER', 28, 28, '', 'mg', 'PROD-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.nasal.maxDoseMg', 'PROTOCOL', 'INTEGER', 28, 84, '', 'mg', 'ADM-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.nasal.firstTrdDoseMg', 'PROTOCOL', 'INTEGER', 28, 84, '', 'mg', 'ADM-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.nasal.firstTrdDoseElderlyMg', 'PROTOCOL', 'INTEGER', 28, 84, '', 'mg', 'ADM-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.elderlyAgeYears', 'PROTOCOL', 'INTEGER', 60, 80, '', 'y', 'PAT-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.deviceRestMinutes', 'PROTOCOL', 'INTEGER', 1, 15, '', 'min', 'ADM-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.iv.warnAboveMgPerKg', 'PROTOCOL', 'DECIMAL', 0.1, 1, '', 'mg/kg', 'ADM-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.iv.vialMg', 'PROTOCOL', 'INTEGER', 10, 500, '', 'mg', 'PROD-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('adm.iv.vialMl', 'PROTOCOL', 'DECIMAL', 0.5, 50, '', 'mL', 'PROD-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.iv.minMgPerKg', 'PROTOCOL', 'DECIMAL', 0.05, 1, '', 'mg/kg', 'SCH-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.iv.maxMgPerKg', 'PROTOCOL', 'DECIMAL', 0.05, 1, '', 'mg/kg', 'SCH-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.iv.inductionSessionsPerWeek', 'PROTOCOL', 'INTEGER', 1, 3, '', '/week', 'SCH-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.ppd.minMgPerKg', 'PROTOCOL', 'DECIMAL', 0.05, 1, '', 'mg/kg', 'SCH-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.ppd.maxMgPerKg', 'PROTOCOL', 'DECIMAL', 0.05, 1, '', 'mg/kg', 'SCH-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('pat.adultAgeYears', 'PROTOCOL', 'INTEGER', 16, 21, '', 'y', 'PAT-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('pat.contraceptionWeeksAfterLastDose', 'PROTOCOL', 'INTEGER', 0, 26, '', 'weeks', 'PAT-4');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('pat.riskProgrammeRequired', 'PROTOCOL', 'CHOICE', 0, 0, 'YES,NO', '', 'PAT-6');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('obs.minimumMinutes', 'PROTOCOL', 'INTEGER', 60, 480, '', 'min', 'OBS-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('obs.hepaticExtraMinutes', 'PROTOCOL', 'INTEGER', 0, 240, '', 'min', 'OBS-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('obs.sedationCheckMinutes', 'PROTOCOL', 'INTEGER_LIST', 1, 480, '', 'min', 'OBS-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('obs.sedationAlarmAtOrBelow', 'PROTOCOL', 'INTEGER', 0, 4, '', 'MOAA/S', 'OBS-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('dis.minimumSpo2', 'PROTOCOL', 'INTEGER', 85, 100, '', '%', 'DIS-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('dis.requiredMoaas', 'PROTOCOL', 'INTEGER', 4, 5, '', 'MOAA/S', 'DIS-1');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('alm.ackPauseMinutes', 'PROTOCOL', 'INTEGER', 1, 10, '', 'min', 'ALM-2');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('alm.mediumEscalateMinutes', 'PROTOCOL', 'INTEGER', 1, 30, '', 'min', 'ALM-3');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.monitoring.drugScreenDays', 'PROTOCOL', 'INTEGER', 7, 365, '', 'days', 'SCH-7');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.monitoring.liverFunctionDays', 'PROTOCOL', 'INTEGER', 7, 365, '', 'days', 'SCH-7');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.monitoring.cognitiveDays', 'PROTOCOL', 'INTEGER', 7, 365, '', 'days', 'SCH-7');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.monitoring.urinaryDays', 'PROTOCOL', 'INTEGER', 7, 365, '', 'days', 'SCH-7');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('sch.monitoring.withdrawalFollowUpDays', 'PROTOCOL', 'INTEGER', 7, 90, '', 'days', 'SCH-7');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('cd.retentionYears', 'PROTOCOL', 'INTEGER', 2, 30, '', 'y', 'CD-8');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('cd.loss.noticeBusinessDays', 'PROTOCOL', 'INTEGER', 1, 30, '', 'days', 'CD-6');
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('cd.loss.formDays', 'PROTOCOL', 'INTEGER', 1, 120, '', 'days', 'CD-6');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
SELECT setting_key, 1, v.dflt, CURRENT_TIMESTAMP, NULL, 'Default from clinical-rules.md' FROM setting_definition d JOIN (VALUES
    ('security.idleLockMinutes', '10'),
    ('security.passwordMinLength', '15'),
    ('security.passwordMaxLength', '256'),
    ('security.loginMaxFailures', '5'),
    ('security.loginLockoutMinutes', '15'),
    ('security.resetCodeValidHours', '24'),
    ('bp.baseline.sbpAbove', '140'),
    ('bp.baseline.dbpAbove', '90'),
    ('bp.check.minutesAfterDevice', '40'),
    ('bp.check.anchor', 'FIRST_DEVICE'),
    ('bp.check.windowMinutes', '5'),
    ('bp.recheck.sbpAbove', '160'),
    ('bp.recheck.dbpAbove', '100'),
    ('bp.recheck.intervalMinutes', '15'),
    ('bp.alarm.sustained.sbpAtLeast', '180'),
    ('bp.alarm.sustained.dbpAtLeast', '110'),
    ('bp.alarm.sustained.minutesApart', '5'),
    ('bp.alarm.single.sbpAtLeast', '200'),
    ('bp.alarm.single.dbpAtLeast', '120'),
    ('vitals.alarm.spo2Below', '93'),
    ('vitals.alarm.heartRateAbove', '120'),
    ('vitals.alarm.heartRateSustainedMinutes', '5'),
    ('bp.rise.sbpFlag', '40'),
    ('bp.rise.dbpFlag', '25'),
    ('bp.discharge.readingWithinMinutes', '15'),
    ('limits.sbp.min', '50'),
    ('limits.sbp.max', '300'),
    ('limits.dbp.min', '20'),
    ('limits.dbp.max', '200'),
    ('limits.heartRate.min', '20'),
    ('limits.heartRate.max', '250'),
    ('limits.spo2.min', '50'),
    ('limits.spo2.max', '100'),
    ('limits.weightKg.min', '30'),
    ('limits.weightKg.max', '300'),
    ('limits.temperatureC.min', '30'),
    ('limits.temperatureC.max', '45'),
    ('limits.readingFutureMinutes', '2'),
    ('adm.nasal.mgPerDevice', '28'),
    ('adm.nasal.maxDoseMg', '84'),
    ('adm.nasal.firstTrdDoseMg', '56'),
    ('adm.nasal.firstTrdDoseElderlyMg', '28'),
    ('adm.elderlyAgeYears', '65'),
    ('adm.deviceRestMinutes', '5'),
    ('adm.iv.warnAboveMgPerKg', '0.5'),
    ('adm.iv.vialMg', '50'),
    ('adm.iv.vialMl', '2'),
    ('sch.iv.minMgPerKg', '0.2'),
    ('sch.iv.maxMgPerKg', '0.4'),
    ('sch.iv.inductionSessionsPerWeek', '2'),
    ('sch.ppd.minMgPerKg', '0.1'),
    ('sch.ppd.maxMgPerKg', '0.5'),
    ('pat.adultAgeYears', '18'),
    ('pat.contraceptionWeeksAfterLastDose', '6'),
    ('pat.riskProgrammeRequired', 'NO'),
    ('obs.minimumMinutes', '120'),
    ('obs.hepaticExtraMinutes', '60'),
    ('obs.sedationCheckMinutes', '15,30,60,90,120'),
    ('obs.sedationAlarmAtOrBelow', '2'),
    ('dis.minimumSpo2', '93'),
    ('dis.requiredMoaas', '5'),
    ('alm.ackPauseMinutes', '2'),
    ('alm.mediumEscalateMinutes', '5'),
    ('sch.monitoring.drugScreenDays', '90'),
    ('sch.monitoring.liverFunctionDays', '180'),
    ('sch.monitoring.cognitiveDays', '180'),
    ('sch.monitoring.urinaryDays', '90'),
    ('sch.monitoring.withdrawalFollowUpDays', '14'),
    ('cd.retentionYears', '5'),
    ('cd.loss.noticeBusinessDays', '1'),
    ('cd.loss.formDays', '45')
) AS v(k, dflt) ON v.k = d.setting_key;
