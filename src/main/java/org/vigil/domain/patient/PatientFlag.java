package org.vigil.domain.patient;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The warnings the patient header shows on every screen. Message key {@code flag.<NAME>}.
 */
public enum PatientFlag {
    ALLERGY("REG"),
    ALLERGIES_NOT_RECORDED("REG"),
    ABSOLUTE_CONTRAINDICATION("PAT-1"),
    RELATIVE_CONTRAINDICATION("PAT-2"),
    PREGNANT("PAT-4"),
    BREASTFEEDING("PAT-4"),
    UNDER_ADULT_AGE("PAT-3"),
    OLDER_ADULT("PAT-3");

    private final String ruleId;

    PatientFlag(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }

    public String messageKey() {
        return "flag." + name();
    }

    /**
     * The flags for a patient, from the registration record and the latest screening.
     *
     * @param latestScreening empty before the first screening
     */
    public static Set<PatientFlag> of(Patient patient, Optional<Screening> latestScreening, AgeLimits ages, LocalDate today) {
        Set<PatientFlag> flags = EnumSet.noneOf(PatientFlag.class);
        if (patient.allergies().any()) {
            flags.add(ALLERGY);
        } else if (!patient.allergies().recorded()) {
            flags.add(ALLERGIES_NOT_RECORDED);
        }
        latestScreening.ifPresent(s -> {
            if (s.anyAbsolute()) {
                flags.add(ABSOLUTE_CONTRAINDICATION);
            }
            if (s.anyRelative()) {
                flags.add(RELATIVE_CONTRAINDICATION);
            }
            if (s.pregnancy() == PregnancyStatus.PREGNANT) {
                flags.add(PREGNANT);
            }
            if (s.breastfeeding()) {
                flags.add(BREASTFEEDING);
            }
        });
        if (patient.dateOfBirth() != null) {
            switch (ages.band(patient.dateOfBirth(), today)) {
                case UNDER_ADULT_AGE -> flags.add(UNDER_ADULT_AGE);
                case OLDER_ADULT -> flags.add(OLDER_ADULT);
                case ADULT -> { }
            }
        }
        return flags;
    }
}
