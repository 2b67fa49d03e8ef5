-- Issue 15, item 3: chairs are physical, so each tile of the chair board keeps its place. The
-- order is the chairs' own numbers as the room is laid out (e.g. 1,2,3 by the window, then 6,5,4
-- along the wall); chairs the setting does not list follow in their natural order. Default: the
-- natural order of the six chairs a new clinic starts with.
INSERT INTO setting_definition (setting_key, category, kind, min_value, max_value, choices, unit, rule_id) VALUES ('clinic.chairOrder', 'SYSTEM', 'INTEGER_ORDER', 1, 40, '', '', 'SCH-6');

INSERT INTO setting_value (setting_key, version, setting_value, changed_at, changed_by, reason)
VALUES ('clinic.chairOrder', 1, '1,2,3,4,5,6', CURRENT_TIMESTAMP, NULL, 'Default: the chairs in their natural order');
