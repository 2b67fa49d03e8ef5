package org.vigil.domain.course;

/** The fields of the new-course form that a {@code FieldProblem} can point at. */
public enum CourseField {
    INDICATION,
    ROUTE,
    OTHER_INDICATION,
    PLANNED_START
}
