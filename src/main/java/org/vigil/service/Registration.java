package org.vigil.service;

import java.util.List;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.patient.PatientField;
import org.vigil.domain.patient.PossibleDuplicate;

/** What happened to a registration or an edit of a patient. */
public sealed interface Registration {

    record Saved(PatientView patient) implements Registration {}

    /** Fields to correct, each with its message; nothing was saved. */
    record Invalid(List<FieldProblem<PatientField>> problems) implements Registration {}

    /**
     * Patients who may be the same person. A same MRN or ID number blocks; a same name and date of
     * birth may be registered anyway once the user confirms it is a different person.
     */
    record PossibleDuplicates(List<PossibleDuplicate> candidates, boolean confirmable) implements Registration {}
}
