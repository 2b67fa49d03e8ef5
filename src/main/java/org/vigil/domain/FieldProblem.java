package org.vigil.domain;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with one field of a form, shown next to that field. A form's check returns a
 * list of these (empty when the form may be saved), so the user sees every problem at once.
 *
 * @param field which field: an enum of the form's fields ({@code PatientField},
 *     {@code ScreeningField}, {@code CourseField}, {@code VitalField}), or the 1-based item number of a rating scale
 * @param refusal rule ID, message key and arguments
 */
public record FieldProblem<F>(F field, Refusal refusal) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(refusal, "refusal");
    }

    public static <F> FieldProblem<F> of(F field, String ruleId, String messageKey, Object... args) {
        return new FieldProblem<>(field, Refusal.of(ruleId, messageKey, args));
    }

    /** Whether any of the problems concerns this field. */
    public static <F> boolean concerns(List<FieldProblem<F>> problems, F field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
