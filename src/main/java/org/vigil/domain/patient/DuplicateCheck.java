package org.vigil.domain.patient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds registered patients who may be the patient being registered or edited: same MRN, same
 * ID number, or same name and date of birth. The service passes the candidates (all patients,
 * or those a query found) without the patient being edited itself.
 */
public final class DuplicateCheck {

    private DuplicateCheck() {}

    public static List<PossibleDuplicate> find(Patient candidate, Collection<KnownPatient> others, IdNumberFormat idFormat) {
        List<PossibleDuplicate> found = new ArrayList<>();
        for (KnownPatient other : others) {
            Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
            Patient p = other.patient();
            if (!candidate.mrn().isEmpty() && mrnKey(candidate.mrn()).equals(mrnKey(p.mrn()))) {
                reasons.add(DuplicateReason.SAME_MRN);
            }
            String id = idFormat.normalise(candidate.idNumber());
            if (!id.isEmpty() && id.equals(idFormat.normalise(p.idNumber()))) {
                reasons.add(DuplicateReason.SAME_ID_NUMBER);
            }
            if (candidate.dateOfBirth() != null && candidate.dateOfBirth().equals(p.dateOfBirth())
                    && !candidate.name().family().isEmpty() && candidate.name().sameAs(p.name())) {
                reasons.add(DuplicateReason.SAME_NAME_AND_BIRTH_DATE);
            }
            if (!reasons.isEmpty()) {
                found.add(new PossibleDuplicate(other, reasons));
            }
        }
        return List.copyOf(found);
    }

    /** The MRN as two spellings of one record number compare: fullwidth folded (NFKC), without spaces, upper case. */
    public static String mrnKey(String mrn) {
        return IdNumberFormat.comparable(mrn);
    }
}
