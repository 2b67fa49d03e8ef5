-- Issue 16, item 4: what a screen reads must not grow with the clinic's history. Every lookup the
-- day list, the duplicate check and the patient screen make is served by an index (foreign keys
-- already have one in H2); these are the lookups that read whole tables before.

-- REG: the duplicate check at registration finds the patients who share an MRN or ID number
-- compared as DuplicateCheck compares them (fullwidth folded, no spaces, upper case). Those
-- comparison keys are kept beside the typed values and indexed, so the check reads the few
-- patients who share a key instead of every patient on file. They are computed by the same Java
-- function the check uses (IdNumberFormat.comparable), here for the patients already registered
-- and by PatientStore for every patient saved from now on, so the check finds what it found.
-- A key can be longer than the value: upper case lengthens some letters ("ß" is "SS").
ALTER TABLE patient ADD COLUMN mrn_key VARCHAR(160);
ALTER TABLE patient ADD COLUMN id_number_key VARCHAR(160);
CREATE ALIAS vigil_comparable_v20 FOR 'org.vigil.domain.patient.IdNumberFormat.comparable';
UPDATE patient SET mrn_key = vigil_comparable_v20(mrn), id_number_key = vigil_comparable_v20(id_number);
DROP ALIAS vigil_comparable_v20;
CREATE INDEX patient_mrn_key ON patient (mrn_key);
CREATE INDEX patient_id_number_key ON patient (id_number_key);

-- SCH-6: the day list reads the courses that have not ended. A course ends by a decision (an END,
-- or a week-4 review that stopped it), and the decisions stay the record; the day it ended is
-- also kept on the course, so that the open courses are found by index rather than by reading
-- every course the clinic ever gave and looking up its decisions.
ALTER TABLE treatment_course ADD COLUMN ended_on DATE;
UPDATE treatment_course c SET ended_on = (
    SELECT MAX(d.decided_on) FROM course_decision d
    WHERE d.course_id = c.id AND (d.kind = 'END' OR (d.kind = 'REVIEW' AND d.review_decision = 'STOP')));
CREATE INDEX treatment_course_open ON treatment_course (ended_on, id);
