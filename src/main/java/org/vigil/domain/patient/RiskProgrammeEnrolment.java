package org.vigil.domain.patient;

/**
 * Enrolment in the national risk programme (for example the US REMS), PAT-6: the patient's
 * enrolment number and the day of enrolment.
 */
public record RiskProgrammeEnrolment(String number, java.time.LocalDate enrolledOn) {

    public RiskProgrammeEnrolment {
        number = number == null ? "" : number.strip();
    }
}
