package org.vigil.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PatientFlag;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Weight;

/**
 * A patient as every screen shows them: the record, the flags for the header (allergy,
 * contraindication, pregnancy, age), the latest screening and the weights over time.
 *
 * @param age whole years today
 * @param weights newest first
 */
public record PatientView(long id, Patient patient, boolean active, String inactiveReason, int age, Set<PatientFlag> flags,
                          Optional<Screening> latestScreening, List<Weight> weights) {

    public PatientView {
        flags = Set.copyOf(flags);
        weights = List.copyOf(weights);
    }

    /** Family name first, as clinic lists sort: 张伟 written together, others "Okafor, Grace". */
    public String displayName() {
        String family = patient.name().family();
        String given = patient.name().given();
        boolean chinese = !family.isEmpty() && !given.isEmpty() && isHan(family.charAt(family.length() - 1)) && isHan(given.charAt(0));
        if (chinese || given.isEmpty()) {
            return family + given;
        }
        return family.isEmpty() ? given : family + ", " + given;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
