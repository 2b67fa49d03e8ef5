package org.vigil.domain.patient;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.domain.Refusal;

/** A registered patient who may be the one being registered, and why. */
public record PossibleDuplicate(KnownPatient existing, Set<DuplicateReason> reasons) {

    public PossibleDuplicate {
        reasons = Set.copyOf(reasons);
    }

    /** Whether registration must be refused (same MRN or ID number). */
    public boolean blocks() {
        return reasons.stream().anyMatch(DuplicateReason::blocks);
    }

    /** One message per reason, in a stable order, naming the existing patient. */
    public List<Refusal> refusals() {
        Patient p = existing.patient();
        return EnumSet.copyOf(reasons).stream()
                .map(r -> Refusal.of(PatientCheck.REGISTRATION, r.messageKey(), p.mrn(), p.name().family(), p.name().given()))
                .toList();
    }
}
