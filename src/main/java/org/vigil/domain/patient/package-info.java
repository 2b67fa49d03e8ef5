/**
 * Patients and their screening, as pure values and checks (no I/O, no clock).
 *
 * <ul>
 *   <li>{@link org.vigil.domain.patient.Patient} — the registration record;
 *       {@link org.vigil.domain.patient.PatientCheck#problems} validates it field by field against
 *       {@link org.vigil.domain.patient.PatientLimits} (weight limits BP-8, ID format per
 *       {@link org.vigil.domain.patient.ClinicCountry}, CD-3);
 *       {@link org.vigil.domain.patient.DuplicateCheck#find} looks for the same MRN, ID number, or
 *       name and date of birth.</li>
 *   <li>{@link org.vigil.domain.patient.Screening} — contraindications (PAT-1, PAT-2), pregnancy and
 *       breastfeeding (PAT-4), overrides and age decisions (PAT-3); checked by
 *       {@link org.vigil.domain.patient.ScreeningCheck}. What it means for a course is decided by
 *       {@code org.vigil.domain.course.Enrolment}.</li>
 *   <li>{@link org.vigil.domain.patient.PatientFlag#of} — the header flags.</li>
 * </ul>
 *
 * Forms get a list of {@link org.vigil.domain.FieldProblem}s (field + refusal); every
 * number comes from settings through a {@code from(Settings)} factory, with keys in
 * {@link org.vigil.domain.patient.PatientSettingKeys}.
 */
package org.vigil.domain.patient;
