package org.vigil.domain.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.FieldProblem;

/**
 * Validation of the screening form. What the screening means for a course (hard stop, override
 * needed) is decided at enrolment, in {@code org.vigil.domain.course.Enrolment}.
 */
public final class ScreeningCheck {

    /** The screening.guardian_name column's size. */
    public static final int GUARDIAN_NAME_MAX = 200;
    /** The screening.guardian_relationship column's size. */
    public static final int GUARDIAN_RELATIONSHIP_MAX = 100;

    private ScreeningCheck() {}

    public static List<FieldProblem<ScreeningField>> problems(Screening s, Patient patient, LocalDate today) {
        List<FieldProblem<ScreeningField>> problems = new ArrayList<>();
        if (s.screenedOn() == null) {
            problems.add(FieldProblem.of(ScreeningField.SCREENED_ON, PatientCheck.REGISTRATION, "screening.date.required"));
        } else if (s.screenedOn().isAfter(today)) {
            problems.add(FieldProblem.of(ScreeningField.SCREENED_ON, PatientCheck.REGISTRATION, "patient.date.future", today));
        }
        // PAT-4: pregnancy status is asked whenever pregnancy is possible.
        if (patient.childbearing().pregnancyPossible() && patient.sex() != Sex.MALE
                && s.pregnancy() == PregnancyStatus.NOT_ASKED) {
            problems.add(FieldProblem.of(ScreeningField.PREGNANCY, "PAT-4", "screening.pregnancy.required"));
        }
        s.overrides().forEach((c, decision) -> {
            if (c.absolute()) {
                // PAT-1: absolute contraindications are a hard stop; nobody can override them.
                problems.add(FieldProblem.of(ScreeningField.OVERRIDES, "PAT-1", "screening.override.absolute"));
            } else {
                decision.check("PAT-2").ifPresent(r -> problems.add(new FieldProblem<>(ScreeningField.OVERRIDES, r)));
            }
        });
        // PAT-3: the guardian's name and relationship fit the screening's columns (issue 14: a 201-character name failed the write).
        s.minorConsent().ifPresent(m -> {
            if (m.guardianName().length() > GUARDIAN_NAME_MAX) {
                problems.add(FieldProblem.of(ScreeningField.MINOR_CONSENT, "PAT-3", "input.text.tooLong", GUARDIAN_NAME_MAX));
            } else if (m.guardianRelationship().length() > GUARDIAN_RELATIONSHIP_MAX) {
                problems.add(FieldProblem.of(ScreeningField.MINOR_CONSENT, "PAT-3", "input.text.tooLong", GUARDIAN_RELATIONSHIP_MAX));
            }
        });
        // PAT-3: the consent record, when given, must be complete.
        s.minorConsent().filter(m -> !m.complete()).ifPresent(m ->
                problems.add(FieldProblem.of(ScreeningField.MINOR_CONSENT, "PAT-3", "screening.minorConsent.incomplete")));
        s.minorConsent().ifPresent(m -> {
            if (afterToday(m.patientConsentOn(), today) || afterToday(m.guardianConsentOn(), today)) {
                problems.add(FieldProblem.of(ScreeningField.MINOR_CONSENT, "PAT-3", "patient.date.future", today));
            }
        });
        s.olderAdultConfirmation().flatMap(d -> d.check("PAT-3")).ifPresent(r ->
                problems.add(new FieldProblem<>(ScreeningField.OLDER_ADULT_CONFIRMATION, r)));
        return List.copyOf(problems);
    }

    private static boolean afterToday(LocalDate day, LocalDate today) {
        return day != null && day.isAfter(today);
    }
}
