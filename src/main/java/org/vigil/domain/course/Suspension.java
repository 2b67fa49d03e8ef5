package org.vigil.domain.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.Screening;

/**
 * PAT-1 is re-checked before every dose, not only at enrolment: while the patient's latest
 * screening records an absolute contraindication, treatment is suspended and booking, check-in
 * and dose authorisation are refused. Enrolment already refuses a course on such a screening, so
 * a suspension means the finding came after the course began.
 *
 * <p>Nothing overrides it. A screening's prescriber overrides are for relative contraindications
 * (PAT-2) and are deliberately not consulted here, so an override stored against an absolute one
 * (which {@code ScreeningCheck} refuses anyway) still cannot lift the stop.
 *
 * <p>It lasts until a prescriber ends the course, or until a later screening no longer records the
 * finding: the latest screening is the clinic's current, signed and audited view of the patient,
 * so a finding entered by mistake is corrected by screening again, not by an override.
 *
 * @param screenedOn the day of the screening that records it
 * @param absolute the absolute contraindications it records, in declaration order
 */
public record Suspension(LocalDate screenedOn, List<Contraindication> absolute) {

    public Suspension {
        absolute = List.copyOf(absolute);
        if (absolute.isEmpty()) {
            throw new IllegalArgumentException("a suspension needs an absolute contraindication");
        }
    }

    /** Before a dose (booking, check-in, authorisation): the patient's latest screening decides. */
    public static Optional<Suspension> beforeDose(Optional<Screening> latestScreening) {
        Objects.requireNonNull(latestScreening, "latestScreening");
        return latestScreening.filter(Screening::anyAbsolute).map(s -> new Suspension(s.screenedOn(),
                s.contraindications().stream().filter(Contraindication::absolute).toList()));
    }

    /** A course shows the suspension until a prescriber ends it: an ended course has no dose left to stop. */
    public static Optional<Suspension> of(TreatmentCourse course, Optional<Screening> latestScreening) {
        return course.active() ? beforeDose(latestScreening) : Optional.empty();
    }

    /** What every refused dose step says; it names the first finding, the course shows them all. */
    public Refusal refusal() {
        return Refusal.of("PAT-1", absolute.getFirst().suspendedKey(), screenedOn);
    }
}
