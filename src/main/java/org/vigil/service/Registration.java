package org.vigil.service;

import java.util.List;
import org.vigil.domain.patient.PossibleDuplicate;

/**
 * What a registration or an edit of a patient did when no rule refused it and every field was
 * valid: saved, or nothing saved because a possible duplicate is a question back to the user.
 * That question is not a refusal: the answer offers the existing patients to open and, for a
 * same name and birth date, lets the user register anyway ({@code differentPerson}).
 */
public sealed interface Registration {

    record Saved(PatientView patient) implements Registration {}

    /**
     * Patients who may be the same person. A same MRN or ID number blocks; a same name and date of
     * birth may be registered anyway once the user confirms it is a different person.
     */
    record PossibleDuplicates(List<PossibleDuplicate> candidates, boolean confirmable) implements Registration {}
}
